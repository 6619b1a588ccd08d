/// One CSV record as byte ranges into a buffer owned by ``ByteCSVReader``; valid only
/// inside the callback that receives it.
///
/// A field is either a range of the input (unquoted, or quoted without escapes) or a range
/// of the reader's side buffer (a quoted field whose content had to be rebuilt).
public struct ByteRecord {
    let base: UnsafeMutablePointer<UInt8>
    let side: UnsafeMutablePointer<UInt8>
    let starts: UnsafeMutablePointer<Int>
    let ends: UnsafeMutablePointer<Int>
    let inSide: UnsafeMutablePointer<Bool>
    public let count: Int

    /// The bytes of field `index` (`0 <= index < count`).
    @inline(__always) public func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        precondition(index >= 0 && index < count, "field \(index) of a record with \(count)")
        let pointer = inSide[index] ? side : base
        return UnsafeBufferPointer(start: pointer + starts[index], count: ends[index] - starts[index])
    }

    /// Field `index` as a `String` (the bytes are valid UTF-8: the reader checked them).
    public func text(_ index: Int) -> String {
        String(decoding: bytes(index), as: UTF8.self)
    }

    /// All fields as strings (what yaslab/CSV.swift returns for the same record).
    public var texts: [String] { (0..<count).map(text) }
}
