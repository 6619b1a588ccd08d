import Foundation
import Inequality
import Testing

/// Compares a decomposition with one `yearly[]` record of a fixture's expected.json
/// (keys as in FORMATS.md), with the tolerances of fixtures/README.md:
///
/// - G and every decomposition term (within, between, totals, G_jj, G_jh, Gnb, Gt,
///   sources, twoWay): |a - e| <= max(1e-9 |e|, 1e-12 G), G the expected Gini of the year;
/// - D_jh (`affluence`): |a - e| <= max(1e-9 |e|, 1e-12);
/// - means (`mean`, `groupMeans`, `dimensionMeans`): |a - e| <= max(1e-9 |e|, 1e-12);
/// - an expected `null` must be nil.
///
/// Every key of the record is compared, except `year` (the match key) and those listed
/// in `skipping`; an unknown key is an issue, so nothing is left out silently.
struct ExpectedYear {
    var record: [String: Any]
    var groupNames: [String]
    var sourceNames: [String]
    var label: String

    private var pairNames: [String] {
        GroupPairs.pairs(groupCount: groupNames.count).map { "\(groupNames[$0.0])|\(groupNames[$0.1])" }
    }

    func expectMatch(_ result: YearDecomposition, skipping skipped: Set<String> = [],
                     sourceLocation: SourceLocation = #_sourceLocation) {
        guard let gini = record["gini"] as? Double else {
            Issue.record("\(label): no gini in the expected record", sourceLocation: sourceLocation)
            return
        }
        let termFloor = 1e-12 * gini
        for key in record.keys.sorted() where key != "year" && !skipped.contains(key) {
            let value = record[key]
            let path = "\(label) \(key)"
            switch key {
            case "mean":
                number(result.mean, value, floor: 1e-12, path, sourceLocation)
            case "groupMeans":
                table(result.groupMeans, names: groupNames, value, floor: 1e-12, path, sourceLocation)
            case "dimensionMeans":
                table(result.sourceMeans, names: sourceNames, value, floor: 1e-12, path, sourceLocation)
            case "gini":
                number(result.gini, value, floor: termFloor, path, sourceLocation)
            case "withinTotal":
                number(result.withinTotal, value, floor: termFloor, path, sourceLocation)
            case "betweenTotal":
                number(result.betweenTotal, value, floor: termFloor, path, sourceLocation)
            case "netBetween":
                number(result.netBetween, value, floor: termFloor, path, sourceLocation)
            case "transvariation":
                number(result.transvariation, value, floor: termFloor, path, sourceLocation)
            case "within":
                table(result.within, names: groupNames, value, floor: termFloor, path, sourceLocation)
            case "groupGini":
                table(result.groupGini, names: groupNames, value, floor: termFloor, path, sourceLocation)
            case "between":
                table(result.between, names: pairNames, value, floor: termFloor, path, sourceLocation)
            case "pairGini":
                table(result.pairGini, names: pairNames, value, floor: termFloor, path, sourceLocation)
            case "affluence":
                table(result.affluence, names: pairNames, value, floor: 1e-12, path, sourceLocation)
            case "sources":
                table(result.sources, names: sourceNames, value, floor: termFloor, path, sourceLocation)
            case "twoWay":
                guard let twoWay = value as? [String: Any],
                      let within = twoWay["within"] as? [String: Any],
                      let between = twoWay["between"] as? [String: Any], twoWay.count == 2 else {
                    Issue.record("\(path): not {within, between}", sourceLocation: sourceLocation)
                    continue
                }
                matrix(result.twoWayWithin, rows: groupNames, within, floor: termFloor, "\(path).within",
                       sourceLocation)
                matrix(result.twoWayBetween, rows: pairNames, between, floor: termFloor, "\(path).between",
                       sourceLocation)
            default:
                Issue.record("\(path): a key this comparison does not know", sourceLocation: sourceLocation)
            }
        }
    }

    private func number(_ actual: Double?, _ expected: Any?, floor: Double, _ path: String,
                        _ location: SourceLocation) {
        let expectedNumber = expected as? Double
        if expectedNumber == nil, !(expected is NSNull) {
            Issue.record("\(path): expected value \(String(describing: expected)) is not a number or null",
                         sourceLocation: location)
            return
        }
        let tolerance = max(1e-9 * abs(expectedNumber ?? 0), floor)
        expectClose(actual, expectedNumber, within: tolerance, path, sourceLocation: location)
    }

    private func table(_ actual: [Double?], names: [String], _ expected: Any?, floor: Double, _ path: String,
                       _ location: SourceLocation) {
        guard let expected = expected as? [String: Any], Set(expected.keys) == Set(names),
              actual.count == names.count else {
            Issue.record("\(path): expected keys \(names)", sourceLocation: location)
            return
        }
        for (index, name) in names.enumerated() {
            number(actual[index], expected[name], floor: floor, "\(path).\(name)", location)
        }
    }

    private func table(_ actual: [Double], names: [String], _ expected: Any?, floor: Double, _ path: String,
                       _ location: SourceLocation) {
        table(actual.map(Optional.some), names: names, expected, floor: floor, path, location)
    }

    private func matrix(_ actual: [[Double]], rows: [String], _ expected: [String: Any], floor: Double,
                        _ path: String, _ location: SourceLocation) {
        guard Set(expected.keys) == Set(rows), actual.count == rows.count else {
            Issue.record("\(path): expected rows \(rows)", sourceLocation: location)
            return
        }
        for (index, row) in rows.enumerated() {
            table(actual[index], names: sourceNames, expected[row], floor: floor, "\(path).\(row)", location)
        }
    }
}
