import Foundation

/// Reading cells straight from bytes, with the same results as ``CellParsing`` on the
/// same text (it falls back to ``CellParsing`` for anything but the common forms).
///
/// Fast path for numbers: `[sign] digits [. digits]` with at most 19 digits; when the
/// digits form an integer m <= 2^53 and there are k <= 22 decimals, `m / 10^k` is one
/// correctly rounded IEEE division of two exact values, hence the correctly rounded value
/// of the decimal (Clinger 1990), identical to `Double(String)`.
enum ByteCells {
    /// 10^0 ... 10^22, each exact in a Double (a literal table, so reading it needs no
    /// lazy initialisation).
    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 32 || bytes[start] == 9 { start += 1 }
        while end > start, bytes[end - 1] == 32 || bytes[end - 1] == 9 { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    @inline(__always)
    static func number(_ raw: UnsafeBufferPointer<UInt8>, lenient: Bool) -> CellParsing.NumberCell {
        if let value = plainDecimal(raw) { return .value(value) }
        return otherNumber(raw, lenient: lenient)
    }

    /// The value of a cell that is exactly `[sign] digits [. digits]` with 1 to 19 digits
    /// forming an integer m <= 2^53, else nil: `m / 10^k` for k decimals (see above).
    @inline(__always)
    static func plainDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        let n = bytes.count
        guard n > 0, n <= 21, let base = bytes.baseAddress else { return nil }
        let negative = base[0] == 45
        let digitsStart = negative || base[0] == 43 ? 1 : 0
        var mantissa: UInt64 = 0
        var point = -1
        var i = digitsStart
        while i < n {
            let digit = base[i] &- 48
            if digit < 10 {
                mantissa = mantissa &* 10 &+ UInt64(digit)
            } else if base[i] == 46 && point < 0 {
                point = i
            } else {
                return nil
            }
            i += 1
        }
        let digits = n - digitsStart - (point < 0 ? 0 : 1)
        guard digits > 0, digits <= 19, mantissa <= 1 << 53 else { return nil }
        let value = Double(mantissa) / powersOfTen[point < 0 ? 0 : n - 1 - point]
        return negative ? -value : value
    }

    /// Every other cell: surrounding spaces, more digits, exponents, missing-value words
    /// and errors, read by ``CellParsing`` from the text.
    @inline(never)
    static func otherNumber(_ raw: UnsafeBufferPointer<UInt8>, lenient: Bool) -> CellParsing.NumberCell {
        let bytes = trimmed(raw)
        if bytes.isEmpty { return .missing }
        if bytes.count < raw.count, let value = plainDecimal(bytes) { return .value(value) }
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
    public func trimmedTextIs(_ index: Int, _ text: String) -> Bool {
        let field = ByteCells.trimmed(bytes(index))
        var text = text
        return text.withUTF8 { utf8 in
            utf8.count == field.count && (field.isEmpty || memcmp(utf8.baseAddress!, field.baseAddress!, field.count) == 0)
        }
    }
    public func isBlank(_ index: Int) -> Bool { ByteCells.isBlank(bytes(index)) }
}
