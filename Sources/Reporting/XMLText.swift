/// The XML escaper: every label, attribute value and text that goes into an SVG chart or
/// map, or into report.html, passes through it.
///
/// Replaces the five characters XML reserves, `&` `<` `>` `"` `'`, by the entities
/// `&amp;` `&lt;` `&gt;` `&quot;` `&#39;`, which are valid both in XML (SVG files) and in
/// HTML (the report, where the same SVG is inlined), inside text and inside attribute
/// values quoted with either quote. Control characters other than tab, line feed and
/// carriage return are not allowed in XML 1.0 and are dropped. Nothing else changes.
public enum XMLText {
    public static func escape(_ text: String) -> String {
        // Fast path: most labels need no change.
        guard text.utf8.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || $0 == 39 || ($0 < 32 && $0 != 9 && $0 != 10 && $0 != 13) })
        else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 32 { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
