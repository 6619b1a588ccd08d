import DemoPanel
import Foundation
import PanelData
import Resilience
import Testing

/// Issue 7, point 2: the years are decomposed concurrently (structured concurrency over
/// years), and the result is the same, to the last bit, as the serial run's.
@Suite("concurrent and serial runs agree")
struct ConcurrencyTests {
    /// results.json of a run, as text (every number in shortest round-trip form, so equal
    /// text means equal doubles).
    static func resultsJSON(parallel: Bool) async throws -> String {
        let result = try await Analysis.run(panel: DemoPanel.make(), configuration: .study, source: "demo", synthetic: true,
                                            options: Analysis.Options(parallel: parallel))
        var text = ""
        try ResultsJSON.write(result) { text += $0 }
        return text
    }

    @Test("the demo panel analysed on all cores gives the same results.json as on one")
    func demoPanel() async throws {
        let serial = try await Self.resultsJSON(parallel: false)
        #expect(serial.count > 100_000)
        #expect(try await Self.resultsJSON(parallel: true) == serial)
        #expect(try await Self.resultsJSON(parallel: true) == serial)
    }
}
