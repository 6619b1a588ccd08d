import ArgumentParser
import Foundation
import PanelData
import PanelIO

/// `resilience convert`: read any accepted input and write it as the canonical long CSV,
/// so a user can see exactly what was read.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Read a panel (CSV, .xlsx workbook or folder of CSV files, in any layout) and write it as the canonical long CSV.",
        discussion: """
        The output has one row per unit and year: the unit, the group (with the column groups are mapped \
        from, when `groupFrom` is used), the year, the coordinates when known, then one column per \
        indicator. Missing cells are empty and numbers are in shortest round-trip form, exactly as read \
        (nothing is imputed). It reads back with the same configuration set to `layout: long` \
        (without `sheets` or `yearPattern`).
        Examples:
          resilience convert --data panel.xlsx --config config.yaml --out panel.csv
          resilience convert --data years/ --config wide.yaml | head
        """)

    @Option(name: .long, help: ArgumentHelp("The panel: a CSV file, an .xlsx workbook, or a folder of CSV files.", valueName: "file"))
    var data: String

    @Option(name: .long, help: ArgumentHelp("The configuration, YAML or JSON; its `layout` says how the input is laid out. Without it, the study's indicator system and the long layout.", valueName: "file"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp("The CSV file to write (replaced if it exists); `-` or no --out writes to standard output.", valueName: "file.csv"))
    var out: String?

    @Flag(name: .long, help: "Print nothing but errors (no summary of what was read).")
    var quiet = false

    func validate() throws {
        if let out, out != "-",
           URL(fileURLWithPath: out).standardizedFileURL.path == URL(fileURLWithPath: data).standardizedFileURL.path {
            throw ValidationError("--out names the input file \(data); write the long CSV to another file")
        }
    }

    func run() throws {
        do {
            let input = try DataOptions.load(data: data, config: config)
            var extraColumns: [(name: String, valueOfUnit: [String])] = []
            if case let .mapped(mapping) = input.configuration.groupSource,
               input.groupSourceValues.count == input.panel.units.count {
                extraColumns.append((mapping.column, input.groupSourceValues))
            }
            if let out, out != "-" {
                var text = ""
                try LongCSVWriter.write(input.panel, configuration: input.configuration, extraColumns: extraColumns) { text += $0 }
                do {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
                } catch {
                    throw Diagnostic(file: out, line: 1, column: 1, problem: "cannot write the output file",
                                     hint: "check that its folder exists and is writable")
                }
            } else {
                try LongCSVWriter.write(input.panel, configuration: input.configuration, extraColumns: extraColumns) { chunk in
                    FileHandle.standardOutput.write(Data(chunk.utf8))
                }
            }
            if !quiet {
                for warning in input.warnings { Console.note("warning: \(warning)") }
                let panel = input.panel
                let years = panel.years.first.map { first in "\(first)-\(panel.years.last ?? first)" } ?? "none"
                Console.note("read \(panel.units.count) units, \(panel.rowCount) unit-years (\(years)), \(panel.system.count) indicators, \(panel.missingCount) missing cells from \(data) (layout \(input.configuration.layout.rawValue))\(out.map { $0 == "-" ? "" : "; wrote \($0)" } ?? "")")
            }
        } catch {
            Failure.exit(error)
        }
    }
}
