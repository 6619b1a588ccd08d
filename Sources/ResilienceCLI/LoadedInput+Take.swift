import PanelData

extension LoadedInput {
    /// Moves the panel out (leaving an empty one), so the analysis owns the only copy and
    /// can standardise it in place without duplicating a large panel in memory.
    mutating func takePanel() -> Panel {
        let panel = panel
        self.panel = .empty
        return panel
    }
}
