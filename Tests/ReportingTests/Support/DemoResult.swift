import DemoPanel
import PanelIO
import Resilience

/// The analysis of the embedded synthetic demo panel (277 units, 2009-2023), computed
/// once and shared by the tests that need a whole run.
enum DemoResult {
    static let shared = Task<AnalysisResult, Error> {
        try await Analysis.run(panel: DemoPanel.make(), configuration: .study, source: "demo", synthetic: true)
    }

    static func get() async throws -> AnalysisResult { try await shared.value }
}
