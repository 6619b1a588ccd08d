import Foundation
import PanelData
import PanelIO

/// One fuzz input through the readers. The first byte picks the target:
/// 0 the long CSV panel reader (strict), 1 the same with `lenientNumbers`, 2 a YAML
/// configuration, 3 a JSON configuration, 4 the byte CSV reader against the CSV library
/// (they must split every UTF-8 input identically). Any outcome is fine except a crash,
/// a hang, a message that is not one line of the project's shape, or a disagreement.
enum FuzzTarget {
    static let configuration: AnalysisConfiguration = {
        var configuration = AnalysisConfiguration(groupSource: .column("region"), groups: nil,
                                                  system: IndicatorSystem(dimensions: ["d1", "d2"], indicators: [
                                                      Indicator(id: "a", name: "A", unit: "1", direction: .positive, dimension: 0),
                                                      Indicator(id: "b", name: "B", unit: "1", direction: .negative, dimension: 1),
                                                  ]))
        configuration.coordinates = (longitude: "lon", latitude: "lat")
        return configuration
    }()

    static func run(_ input: Data) {
        guard let selector = input.first else { return }
        let body = input.dropFirst()
        switch selector % 5 {
        case 0, 1:
            var configuration = Self.configuration
            configuration.lenientNumbers = selector % 5 == 1
            expectShape { _ = try LongPanelReader.readCSV(data: Data(body), file: "fuzz.csv", configuration: configuration) }
        case 2, 3:
            guard let text = String(data: body, encoding: .utf8) else { return }
            expectShape { _ = try ConfigurationLoader.parse(text: text, file: "fuzz.yaml", isJSON: selector % 5 == 3) }
        default:
            guard let text = String(data: body, encoding: .utf8) else { return }
            compareReaders(text)
        }
    }

    /// Errors must be diagnostics whose every line has the project's one shape.
    static func expectShape(_ body: () throws -> Void) {
        do {
            try body()
        } catch let diagnostic as Diagnostic {
            check(diagnostic.description)
        } catch let list as DiagnosticList {
            precondition(!list.diagnostics.isEmpty && list.diagnostics.count <= DiagnosticList.limit, "diagnostic count")
            for line in list.description.split(separator: "\n", omittingEmptySubsequences: false) { check(String(line)) }
        } catch {
            preconditionFailure("an error that is not a diagnostic: \(error)")
        }
    }

    static func check(_ line: String) {
        precondition(line.hasPrefix("error: ") && line.contains("; hint: ") && !line.contains("\n"),
                     "message shape: \(line)")
    }

    static func compareReaders(_ text: String) {
        var library: [[String]] = []
        guard var source = try? CSVRecordSource(text: text, file: "fuzz.csv") else { return }
        while let (fields, line) = try? source.next() { library.append(["\(line)"] + fields) }
        var bytes: [[String]] = []
        let reader = ByteCSVReader(data: Data(text.utf8), file: "fuzz.csv")
        do {
            try reader.forEachRecord { record, line in
                bytes.append(["\(line)"] + record.texts)
                return true
            }
        } catch {
            preconditionFailure("the byte reader failed on valid UTF-8: \(error)")
        }
        precondition(library == bytes, "the readers disagree on \(text.debugDescription): \(library) vs \(bytes)")
    }
}
