/// Reading cells straight from bytes, with the same results as ``CellParsing`` on the
/// same text (it falls back to ``CellParsing`` for anything but the common forms).
///
/// Fast path for numbers: `[sign] digits [. digits]` with at most 19 digits; when the
/// digits form an integer m <= 2^53 and there are k <= 22 decimals, `m / 10^k` is one
/// correctly rounded IEEE division of two exact values, hence the correctly rounded value
/// of the decimal (Clinger 1990), identical to `Double(String)`.
enum ByteCells {
    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 32 || bytes[start] == 9 { start += 1 }
        while end > start, bytes[end - 1] == 32 || bytes[end - 1] == 9 { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    static func number(_ raw: UnsafeBufferPointer<UInt8>, lenient: Bool) -> CellParsing.NumberCell {
        let bytes = trimmed(raw)
        let n = bytes.count
        if n == 0 { return .missing }
        var i = 0
        var negative = false
        if bytes[0] == 45 || bytes[0] == 43 { negative = bytes[0] == 45; i = 1 }
        var mantissa: UInt64 = 0
        var digits = 0, decimals = 0
        var sawPoint = false
        while i < n {
            let byte = bytes[i]
            if byte >= 48 && byte <= 57 {
                digits += 1
                if digits > 19 { break }
                mantissa = mantissa &* 10 &+ UInt64(byte - 48)
                if sawPoint { decimals += 1 }
            } else if byte == 46 && !sawPoint {
                sawPoint = true
            } else {
                break
            }
            i += 1
        }
        if i == n && digits > 0 && digits <= 19 && mantissa <= 1 << 53 && decimals <= 22 {
            let value = Double(mantissa) / powersOfTen[decimals]
            return .value(negative ? -value : value)
        }
        return CellParsing.number(String(decoding: raw, as: UTF8.self), lenient: lenient)
    }

    static func year(_ raw: UnsafeBufferPointer<UInt8>) -> Int? {
        let bytes = trimmed(raw)
        guard !bytes.isEmpty, bytes.count <= 6 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= 48 && byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }

    static func isBlank(_ raw: UnsafeBufferPointer<UInt8>) -> Bool { trimmed(raw).isEmpty }
}

/// A record's fields, read as text, numbers or years: implemented by `[String]` (the CSV
/// library and spreadsheets) and by ``ByteRecord`` (the fast reader), so that one panel
/// builder serves both and every check applies to both.
public protocol RecordFields {
    var count: Int { get }
    func text(_ index: Int) -> String
    func number(_ index: Int, lenient: Bool) -> CellParsing.NumberCell
    func year(_ index: Int) -> Int?
    /// The field with surrounding spaces and tabs removed.
    func trimmedText(_ index: Int) -> String
    /// True when the trimmed field is `text` byte for byte (a cheap check that lets the
    /// reader reuse the unit or group of the previous row; false may still be equal text).
    func trimmedTextIs(_ index: Int, _ text: String) -> Bool
    func isBlank(_ index: Int) -> Bool
}

extension Array: RecordFields where Element == String {
    public func text(_ index: Int) -> String { self[index] }
    public func number(_ index: Int, lenient: Bool) -> CellParsing.NumberCell { CellParsing.number(self[index], lenient: lenient) }
    public func year(_ index: Int) -> Int? { CellParsing.year(self[index]) }
    public func trimmedText(_ index: Int) -> String { String(CellParsing.trimmed(self[index])) }
    public func trimmedTextIs(_ index: Int, _ text: String) -> Bool { CellParsing.trimmed(self[index]).utf8.elementsEqual(text.utf8) }
    public func isBlank(_ index: Int) -> Bool { CellParsing.trimmed(self[index]).isEmpty }
}

extension ByteRecord: RecordFields {
    public func number(_ index: Int, lenient: Bool) -> CellParsing.NumberCell { ByteCells.number(bytes(index), lenient: lenient) }
    public func year(_ index: Int) -> Int? { ByteCells.year(bytes(index)) }
    public func trimmedText(_ index: Int) -> String { String(decoding: ByteCells.trimmed(bytes(index)), as: UTF8.self) }
    public func trimmedTextIs(_ index: Int, _ text: String) -> Bool { ByteCells.trimmed(bytes(index)).elementsEqual(text.utf8) }
    public func isBlank(_ index: Int) -> Bool { ByteCells.isBlank(bytes(index)) }
}
