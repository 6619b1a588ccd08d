import ArgumentParser
import Foundation
import PanelData
import PanelIO
import Reporting
import Resilience

/// `resilience decompose`: Gini, Dagum, source and two-way decompositions of any value
/// that is a sum of source columns (income by wage, farm, transfers; a score by dimension).
struct DecomposeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decompose",
        abstract: "Decompose the Gini coefficient of any value that is the sum of source columns, by group and by source.",
        discussion: """
        Each row is one unit; its value is the sum of the --sources columns (left to right).
        Examples:
          resilience decompose --data households.csv --group region --sources wage,business,transfer --year year
          resilience decompose --data scores.csv --group region --sources Resistance,Resilience,Adaptability \\
              --year year --groups East,Central,West,Northeast --out decomposition
        Writes results.json (yearly[] and summary.giniChange), gini.csv, regions.csv, sources.csv and twoway.csv.
        """)

    @Option(name: .long, help: ArgumentHelp("The CSV file.", valueName: "file"))
    var data: String

    @Option(name: .long, help: ArgumentHelp("The column holding each row's group.", valueName: "column"))
    var group: String

    @Option(name: .long, help: ArgumentHelp("Comma-separated source columns; the value is their sum.", valueName: "a,b,c"))
    var sources: String

    @Option(name: .long, help: ArgumentHelp("A year column: one decomposition per year.", valueName: "column"))
    var year: String?

    @Option(name: .long, help: ArgumentHelp("Comma-separated group order for tables and pair keys (default: first appearance).", valueName: "A,B,..."))
    var groups: String?

    @Option(name: .long, help: ArgumentHelp("The output folder.", valueName: "dir"))
    var out = "resilience-decomposition"

    @Flag(name: .long, help: "Read 1,234.5 and 12.3% as numbers.")
    var lenientNumbers = false

    @Flag(name: .long, help: "Replace --out even if it holds something resilience did not write.")
    var force = false

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        if sourceList.isEmpty { throw ValidationError("--sources needs at least one column name") }
        if let groupList, Set(groupList).count != groupList.count { throw ValidationError("--groups lists a group twice") }
    }

    var sourceList: [String] { sources.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
    var groupList: [String]? { groups.map { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } } }

    func run() async throws {
        do {
            let folder = try OutputFolder(path: out, force: force)
            do {
                let table = try SourceTableReader.readCSV(path: data, groupColumn: group, sourceColumns: sourceList,
                                                          yearColumn: year, groupOrder: groupList, lenientNumbers: lenientNumbers)
                let series = try await DecompositionSeries.decompose(table, sourceNames: sourceList, file: data)
                try folder.write("results.json") { sink in try series.writeJSON(to: sink) }
                for (file, csv) in DecompositionTables(series).csvFiles { try folder.write(file, CSVTableRenderer.render(csv)) }
                try folder.commit()
                if !quiet {
                    for warning in series.warnings { Console.note("warning: \(warning)") }
                    Console.print(DecompositionSummary.render(series))
                    Console.print("Wrote \(folder.destination.path)")
                }
            } catch {
                folder.discard()
                throw error
            }
        } catch {
            Failure.exit(error)
        }
    }
}
