/// How the text of one cell becomes a number, a year or "missing".
///
/// Missing: an empty cell, `NA`, `N/A`, `NaN` (any case) or `.`.
/// Numbers (strict, the default): optional sign, digits, optional decimal point and
/// exponent, surrounding spaces allowed, nothing else; a value that overflows to
/// infinity, or the words `inf`/`infinity`, are errors. Lenient (`lenientNumbers:
/// true`): thousands separators (`1,234.5`) and a trailing percent sign (`12.3%`, read
/// as 12.3) are also accepted.
public enum CellParsing {
    /// The result of reading a numeric cell.
    public enum NumberCell: Equatable, Sendable {
        case value(Double)
        case missing
        /// Not a number; `lenientWouldRead` says whether `lenientNumbers: true` would read it.
        case notANumber(lenientWouldRead: Bool)
        /// Infinite, or too large for a Double.
        case infinite
    }

    public static func isMissing(_ text: Substring) -> Bool {
        switch text.count {
        case 0: return true
        case 1: return text == "."
        case 2: return text.lowercased() == "na"
        case 3: let lower = text.lowercased(); return lower == "nan" || lower == "n/a"
        default: return false
        }
    }

    public static func number(_ raw: String, lenient: Bool) -> NumberCell {
        let text = trimmed(raw)
        if isMissing(text) { return .missing }
        if let value = strictNumber(text) { return value.isFinite ? .value(value) : .infinite }
        let lower = text.lowercased()
        if ["inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"].contains(lower) { return .infinite }
        let relaxed = lenientForm(text)
        if let relaxed, let value = strictNumber(relaxed[...]) {
            guard value.isFinite else { return .infinite }
            return lenient ? .value(value) : .notANumber(lenientWouldRead: true)
        }
        return .notANumber(lenientWouldRead: false)
    }

    /// A year: an integer, optionally with surrounding spaces.
    public static func year(_ raw: String) -> Int? {
        let text = trimmed(raw)
        guard !text.isEmpty, text.count <= 6, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    static func trimmed(_ raw: String) -> Substring {
        var text = raw[...]
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text
    }

    /// Digits with optional sign, decimal point and exponent; nothing else.
    static func strictNumber(_ text: Substring) -> Double? {
        var sawDigit = false
        var previous: Unicode.Scalar?
        for character in text.unicodeScalars {
            switch character {
            case "0"..."9": sawDigit = true
            case ".", "e", "E": break
            case "+", "-": guard previous == nil || previous == "e" || previous == "E" else { return nil }
            default: return nil
            }
            previous = character
        }
        guard sawDigit else { return nil }
        return Double(text)
    }

    /// The cell with thousands separators and a trailing `%` removed, if it has either.
    static func lenientForm(_ text: Substring) -> String? {
        var body = text
        var changed = false
        if body.hasSuffix("%") { body = body.dropLast(); changed = true }
        body = trimmed(String(body))
        if body.contains(",") {
            // Thousands separators: groups of exactly three digits after the first comma.
            let parts = body.split(separator: ",", omittingEmptySubsequences: false)
            let integerPart = parts.dropFirst().dropLast()
            let leadingDigits = parts.first.map { $0.drop { $0 == "-" || $0 == "+" } } ?? ""
            guard (1...3).contains(leadingDigits.count), leadingDigits.allSatisfy({ $0.isASCII && $0.isNumber }),
                  integerPart.allSatisfy({ $0.count == 3 }),
                  let last = parts.last, last.prefix(while: { $0.isNumber }).count == 3 else { return nil }
            body = Substring(parts.joined())
            changed = true
        }
        return changed ? String(body) : nil
    }
}
