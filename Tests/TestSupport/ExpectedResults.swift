import Foundation

/// Compares a results.json with a fixture's expected.json by the rules of
/// `../shared/fixtures/README.md` (the same rules as `compare-results.py`):
///
/// - records are matched by key (weights by indicator, scores by unit and year, yearly by
///   year, imputed by unit/year/indicator, groups by name, indicators by id, dropped by
///   unit); a yearly entry without `year` is matched by position;
/// - every expected key must be present; extra keys are fine; extra records are not;
/// - expected `null`: actual null or absent;
/// - numbers pass when |a - e| <= max(1e-9 |e|, floor), the floor 1e-12 for weights,
///   scores, means, imputed values and growth rates, 1e-12 x G of that year for Gini and
///   every decomposition term, 1e-12 for D_jh (`affluence`).
public enum ExpectedResults {
    public static let relativeTolerance = 1e-9
    public static let absoluteFloor = 1e-12

    static let recordKeys: [String: [String]] = [
        "weights": ["indicator"], "scores": ["unit", "year"], "yearly": ["year"],
        "imputed": ["unit", "year", "indicator"], "groups": ["name"], "indicators": ["id"], "dropped": ["unit"],
    ]
    static let decompositionKeys: Set<String> = [
        "gini", "within", "between", "withinTotal", "betweenTotal", "groupGini", "pairGini", "netBetween",
        "transvariation", "sources", "indicatorSources", "twoWay",
    ]

    /// The differences, each with its JSON path; empty when everything matches.
    public static func differences(expected: Any, actual: Any, keys: Set<String>? = nil) -> [String] {
        var comparer = Comparer()
        guard let expected = expected as? [String: Any], let actual = actual as? [String: Any] else {
            return ["top level is not an object"]
        }
        for (key, value) in expected where keys == nil || keys!.contains(key) {
            comparer.compare(value, actual[key], path: key, floor: absoluteFloor, key: key)
        }
        comparer.scanNonFinite(actual, path: "")
        return comparer.problems
    }

    /// Parses a JSON file.
    public static func load(_ url: URL) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    }

    struct Comparer {
        var problems: [String] = []

        mutating func compare(_ expected: Any, _ actual: Any?, path: String, floor: Double, key: String) {
            if expected is NSNull {
                if let actual, !(actual is NSNull) { problems.append("\(path): expected null, got \(actual)") }
                return
            }
            guard let actual, !(actual is NSNull) else {
                problems.append("\(path): missing")
                return
            }
            switch expected {
            case let dictionary as [String: Any]:
                guard let other = actual as? [String: Any] else { problems.append("\(path): not an object"); return }
                var yearFloor = floor
                if path.hasPrefix("yearly["), let gini = dictionary["gini"] as? Double {
                    yearFloor = absoluteFloor * gini
                }
                for (name, value) in dictionary {
                    let childFloor = path.hasPrefix("yearly[") && Self.isDecompositionPath(name, parent: path)
                        ? yearFloor : floor
                    compare(value, other[name], path: "\(path).\(name)", floor: childFloor, key: name)
                }
            case let list as [Any]:
                guard let other = actual as? [Any] else { problems.append("\(path): not a list"); return }
                if let identifiers = ExpectedResults.recordKeys[key], list.first is [String: Any] {
                    compareRecords(list, other, identifiers: identifiers, path: path, floor: floor, key: key)
                } else {
                    guard list.count == other.count else {
                        problems.append("\(path): \(other.count) items, expected \(list.count)")
                        return
                    }
                    for (index, item) in list.enumerated() {
                        compare(item, other[index], path: "\(path)[\(index)]", floor: floor, key: key)
                    }
                }
            case let number as NSNumber where !String(describing: type(of: expected)).contains("Boolean"):
                guard let value = (actual as? NSNumber)?.doubleValue else { problems.append("\(path): not a number"); return }
                let target = number.doubleValue
                let tolerance = max(ExpectedResults.relativeTolerance * abs(target), floor)
                if !(abs(value - target) <= tolerance) {
                    problems.append("\(path): \(value) vs expected \(target) (tolerance \(tolerance))")
                }
            case let text as String:
                if (actual as? String) != text { problems.append("\(path): \(actual) vs expected \(text)") }
            default:
                if "\(expected)" != "\(actual)" { problems.append("\(path): \(actual) vs expected \(expected)") }
            }
        }

        static func isDecompositionPath(_ name: String, parent: String) -> Bool {
            // Inside a yearly entry: the keys of DECOMPOSITION_KEYS (and everything below them).
            if parent.split(separator: ".").count > 1 { return true }
            return ExpectedResults.decompositionKeys.contains(name)
        }

        mutating func compareRecords(_ expected: [Any], _ actual: [Any], identifiers: [String], path: String,
                                     floor: Double, key: String) {
            func identity(_ record: Any) -> String {
                guard let record = record as? [String: Any] else { return "?" }
                return identifiers.map { "\(record[$0] ?? "-")" }.joined(separator: "/")
            }
            var byIdentity: [String: Any] = [:]
            for record in actual {
                let id = identity(record)
                if byIdentity[id] != nil { problems.append("\(path): duplicate record \(id)") }
                byIdentity[id] = record
            }
            let positional = key == "yearly" && (expected.first as? [String: Any])?["year"] == nil
            if positional {
                guard expected.count == actual.count else {
                    problems.append("\(path): \(actual.count) entries, expected \(expected.count)")
                    return
                }
                for (index, record) in expected.enumerated() {
                    compare(record, actual[index], path: "\(path)[\(index)]", floor: floor, key: "")
                }
                return
            }
            for record in expected {
                let id = identity(record)
                compare(record, byIdentity[id], path: "\(path)[\(id)]", floor: floor, key: "")
            }
            if actual.count != expected.count {
                problems.append("\(path): \(actual.count) records, expected \(expected.count)")
            }
        }

        mutating func scanNonFinite(_ value: Any, path: String) {
            switch value {
            case let dictionary as [String: Any]:
                for (name, child) in dictionary { scanNonFinite(child, path: "\(path).\(name)") }
            case let list as [Any]:
                for (index, child) in list.enumerated() { scanNonFinite(child, path: "\(path)[\(index)]") }
            case let number as NSNumber:
                if !number.doubleValue.isFinite { problems.append("\(path): non-finite number") }
            default:
                break
            }
        }
    }
}
