/// Finds the year in a sheet name, a file name or a column header with the configured
/// regular expression (`yearPattern:`, default `(\d{4})`).
///
/// The first match anywhere in the name counts; its first capture group is the year, or
/// the whole match when the pattern has no group. The year must then be an integer
/// (digits only, as in a `year` column): `(\d{4})` finds 2019 in `2019`, `Y2019`,
/// `2019年` and `panel-2019`, and nothing in `Notes`.
struct YearPattern {
    let source: String
    private let regex: Regex<AnyRegexOutput>

    init(_ source: String) throws {
        self.source = source
        regex = try Regex(source)
    }

    /// What is wrong with `pattern`, or nil when it compiles.
    static func problem(with pattern: String) -> String? {
        do {
            _ = try Regex(pattern)
            return pattern.isEmpty ? "it is empty" : nil
        } catch {
            return "\(error)"
        }
    }

    /// The year in `name`, or nil when the pattern does not match or what it matches is
    /// not an integer.
    func year(in name: String) -> Int? {
        guard let match = try? regex.firstMatch(in: name) else { return nil }
        let output = match.output
        let text = output.count > 1 ? output[1].substring : output[0].substring
        return text.flatMap { CellParsing.year(String($0)) }
    }
}
