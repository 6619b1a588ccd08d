import DemoPanel
import PanelIO
import Resilience

/// The analysis of the embedded synthetic demo panel with a small bootstrap: 39
/// replicates at level 0.9 (so k = 2: each bound is the second value from its end),
/// seed 1. Computed once and shared.
enum DemoBootstrapResult {
    static let options = BootstrapOptions(replicates: 39, level: 0.9, seed: 1)

    static let shared = Task<AnalysisResult, Error> {
        try await Analysis.run(panel: DemoPanel.make(), configuration: .study, source: "demo", synthetic: true,
                               options: Analysis.Options(bootstrap: options))
    }

    static func get() async throws -> AnalysisResult { try await shared.value }
}
