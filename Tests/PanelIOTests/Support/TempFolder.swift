import Foundation
import PanelData
import PanelIO
import Testing

/// A fresh folder under the system temporary directory for one test's files; the
/// readers take paths, so test inputs are written out as files.
struct TempFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("PanelIOTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `text` as UTF-8 to `name` and returns the file's path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    /// Writes raw bytes to `name` and returns the file's path.
    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file.path
    }
}

/// The diagnostics `body` throws: one for a ``Diagnostic``, all of a ``DiagnosticList``.
/// Records an issue (and returns []) when `body` succeeds or throws something else.
func diagnostics<T>(sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> T) -> [Diagnostic] {
    do {
        _ = try body()
        Issue.record("expected a diagnostic, but the call succeeded", sourceLocation: sourceLocation)
        return []
    } catch let diagnostic as Diagnostic {
        return [diagnostic]
    } catch let list as DiagnosticList {
        return list.diagnostics
    } catch {
        Issue.record("expected a diagnostic, got \(error)", sourceLocation: sourceLocation)
        return []
    }
}

/// The one diagnostic `body` throws; records an issue when there is not exactly one.
func diagnostic<T>(sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> T) throws -> Diagnostic {
    let all = diagnostics(sourceLocation: sourceLocation, body)
    try #require(all.count == 1, "expected one diagnostic, got \(all.map(\.description))", sourceLocation: sourceLocation)
    return all[0]
}

/// Line and column of a diagnostic, for compact comparisons.
struct Place: Equatable, CustomStringConvertible {
    var line: Int
    var column: Int
    init(_ line: Int, _ column: Int) { self.line = line; self.column = column }
    init(_ diagnostic: Diagnostic) { self.init(diagnostic.line, diagnostic.column) }
    var description: String { "\(line):\(column)" }
}

/// Two indicators `a` (positive) and `b` (negative) in one dimension.
let twoIndicators = IndicatorSystem(dimensions: ["D"], indicators: [
    Indicator(id: "a", name: "a", unit: "", direction: .positive, dimension: 0),
    Indicator(id: "b", name: "b", unit: "", direction: .negative, dimension: 0),
])

/// The configuration of most reader tests: `city,region,year,a,b`, groups North, South.
/// Built in code, so a missing column is reported at the data file's line 1.
func testConfiguration(groups: [String]? = ["North", "South"]) -> AnalysisConfiguration {
    AnalysisConfiguration(unitColumn: "city", yearColumn: "year", groupSource: .column("region"),
                          groups: groups, system: twoIndicators)
}
