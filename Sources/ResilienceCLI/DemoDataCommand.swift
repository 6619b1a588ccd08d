import ArgumentParser
import DemoPanel
import Foundation
import PanelIO
import Resilience

/// `resilience demo-data`: write the synthetic demo panel as a long CSV, or, with
/// `--compare-study`, print how the demo's results compare with the study's published
/// figures.
struct DemoDataCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo-data",
        abstract: "Write the built-in SYNTHETIC demo panel (277 cities, 2009-2023) as a long CSV on standard output, or compare its results with the study's.",
        discussion: """
        The panel is generated (fixed seed), not real data; it is calibrated so that its results \
        track the study's published aggregates. Examples:
          resilience demo-data > panel.csv
          resilience analyze --data panel.csv --out results
          resilience demo-data --compare-study     # Markdown: the study's figures next to the demo's
        """)

    @Flag(name: .long, help: "Instead of the CSV, analyse the demo panel with the study's configuration and print a Markdown table of the study's published figures next to the demo's.")
    var compareStudy = false

    func run() async throws {
        let panel = DemoPanel.make()
        if compareStudy {
            do {
                let result = try await Analysis.run(panel: panel, configuration: .study, source: "demo", synthetic: true)
                Console.note("note: the demo panel is SYNTHETIC (generated, not real city data), calibrated to the study's published aggregates")
                Console.print(StudyComparison.markdown(other: StudyComparison.figures(of: result)))
            } catch {
                Failure.exit(error)
            }
            return
        }
        Console.note("note: writing the SYNTHETIC demo panel (generated, not real city data)")
        try LongCSVWriter.write(panel, configuration: .study,
                                extraColumns: [(name: "province", valueOfUnit: DemoPanel.cities.map(\.province))]) { chunk in
            FileHandle.standardOutput.write(Data(chunk.utf8))
        }
    }
}
