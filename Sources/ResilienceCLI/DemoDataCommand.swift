import ArgumentParser
import DemoPanel
import Foundation
import PanelIO

/// `resilience demo-data`: write the synthetic demo panel as a long CSV.
struct DemoDataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo-data",
        abstract: "Write the built-in SYNTHETIC demo panel (277 cities, 2009-2023) as a long CSV on standard output.",
        discussion: """
        The panel is generated (fixed seed), not real data. Example:
          resilience demo-data > panel.csv
          resilience analyze --data panel.csv --out results
        """)

    func run() throws {
        let panel = DemoPanel.make()
        Console.note("note: writing the SYNTHETIC demo panel (generated, not real city data)")
        try LongCSVWriter.write(panel, configuration: .study,
                                extraColumns: [(name: "province", valueOfUnit: DemoPanel.cities.map(\.province))]) { chunk in
            FileHandle.standardOutput.write(Data(chunk.utf8))
        }
    }
}
