import PanelData

/// A streaming writer of pretty-printed JSON that keeps keys in the order they are
/// written (groups in configured order, schema keys in schema order).
///
/// Text is handed to `sink` in chunks of about 1 MB, so a results.json of any size is
/// written without holding it in memory. Numbers use ``NumberText/roundTrip(_:)``; a
/// non-finite number is written as `null` (the pipeline never produces one; a test scans
/// the output).
public struct JSONWriter {
    private var buffer = ""
    private let sink: (String) throws -> Void
    private var indent = 0
    /// For each open container: whether it already has an element.
    private var hasElement: [Bool] = []
    /// Inside a container written on one line.
    private var compactDepth = 0

    public init(sink: @escaping (String) throws -> Void) {
        self.sink = sink
        buffer.reserveCapacity(1 << 20)
    }

    // MARK: - Containers

    public mutating func beginObject(_ key: String? = nil, compact: Bool = false) throws {
        try open("{", key: key, compact: compact)
    }

    public mutating func endObject() throws { try close("}") }

    public mutating func beginArray(_ key: String? = nil, compact: Bool = false) throws {
        try open("[", key: key, compact: compact)
    }

    public mutating func endArray() throws { try close("]") }

    // MARK: - Values

    public mutating func number(_ key: String? = nil, _ value: Double?) throws {
        try element(key)
        buffer += value.flatMap(NumberText.roundTrip) ?? "null"
        try flushIfLarge()
    }

    public mutating func integer(_ key: String? = nil, _ value: Int) throws {
        try element(key)
        buffer += String(value)
    }

    public mutating func string(_ key: String? = nil, _ value: String?) throws {
        try element(key)
        if let value { JSONWriter.appendQuoted(value, to: &buffer) } else { buffer += "null" }
        try flushIfLarge()
    }

    public mutating func bool(_ key: String? = nil, _ value: Bool) throws {
        try element(key)
        buffer += value ? "true" : "false"
    }

    public mutating func null(_ key: String? = nil) throws {
        try element(key)
        buffer += "null"
    }

    /// Writes `text`, a JSON value already written out on one line (a record built in one
    /// go; not escaped here), as the next element of the open array.
    mutating func rawValue(_ text: String) throws {
        try element(nil)
        buffer += text
        try flushIfLarge()
    }

    /// Writes `{"name": number, ...}` in the given order.
    public mutating func numberMap(_ key: String, _ entries: [(String, Double?)], compact: Bool = false) throws {
        try beginObject(key, compact: compact)
        for (name, value) in entries { try number(name, value) }
        try endObject()
    }

    /// Writes everything still buffered to the sink. Call once at the end.
    public mutating func finish() throws {
        buffer += "\n"
        try sink(buffer)
        buffer = ""
    }

    // MARK: - Internals

    private mutating func open(_ bracket: String, key: String?, compact: Bool) throws {
        try element(key)
        buffer += bracket
        hasElement.append(false)
        indent += 1
        if compact || compactDepth > 0 { compactDepth += 1 }
    }

    private mutating func close(_ bracket: String) throws {
        let hadElements = hasElement.removeLast()
        indent -= 1
        if compactDepth > 0 {
            compactDepth -= 1
        } else if hadElements {
            newline()
        }
        buffer += bracket
        try flushIfLarge()
    }

    private mutating func element(_ key: String?) throws {
        if let last = hasElement.last {
            if last { buffer += compactDepth > 0 ? ", " : "," }
            hasElement[hasElement.count - 1] = true
            if compactDepth == 0 { newline() }
        }
        if let key {
            JSONWriter.appendQuoted(key, to: &buffer)
            buffer += ": "
        }
    }

    private mutating func newline() {
        buffer += "\n"
        buffer += String(repeating: "  ", count: indent)
    }

    private mutating func flushIfLarge() throws {
        if buffer.utf8.count >= 1 << 20 {
            try sink(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// Appends `text` as a JSON string literal; text without quotes, backslashes or
    /// control characters (nearly all) is copied as it is.
    static func appendQuoted(_ text: String, to buffer: inout String) {
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            buffer += "\""
            buffer += text
            buffer += "\""
        } else {
            buffer += quoted(text)
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
