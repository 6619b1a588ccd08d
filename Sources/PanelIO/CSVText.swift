/// The CSV escaper for every CSV the program writes (RFC 4180): a field that holds a
/// comma, a double quote, a line break, or leading/trailing spaces is quoted, with
/// inner quotes doubled. Lines end with `\n`.
public enum CSVText {
    public static func field(_ text: String) -> String {
        let needsQuotes = text.utf8.contains { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One CSV line (with its `\n`).
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }
}
