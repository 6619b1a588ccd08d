import Foundation
import PanelData

/// A streaming CSV reader that works on bytes: the fast path for large files.
///
/// It splits records exactly as yaslab/CSV.swift does (``CSVRecordSource``), which the
/// tests check on a fuzz corpus, including that library's quirks: a field is quoted only
/// when its first character is `"`; inside a quoted field `""` is a quote, and a closing
/// quote followed by anything but a comma, a line break or the end of the file keeps the
/// quote and drops that one character; a record ends at CR, LF or CRLF; a blank line is a
/// record with one empty field; a trailing line break adds no record.
///
/// The file is read in chunks (``chunkSize``), so memory stays flat whatever the file
/// size; a record longer than ``maximumRecordBytes`` is an error naming its line, so a
/// hostile file cannot exhaust memory. UTF-8 is validated as the chunks arrive.
/// Throughput on this project's panels: see the README's benchmark table.
public final class ByteCSVReader {
    public static let chunkSize = 4 << 20
    /// The longest record accepted: 16 MiB.
    public static let maximumRecordBytes = 16 << 20

    private let file: String
    private let handle: FileHandle?
    private let chunkSize: Int
    /// The bytes not yet consumed (at most one partial record plus one chunk), in memory
    /// this reader owns: `bytes[..<byteCount]`.
    private var bytes: UnsafeMutablePointer<UInt8>
    private var byteCapacity: Int
    private var byteCount = 0
    private var position = 0
    private var atEndOfInput = false
    /// Bytes of the file before `bytes[0]`.
    private var consumedBytes = 0
    /// `bytes[..<validated]` is known to be valid UTF-8.
    private var validated = 0
    private var line = 1
    private var fields = FieldBuffers()
    /// The size of the input in bytes (of the file when it was opened), if known.
    public let byteSize: Int?
    /// The byte offset of the record being read (during ``forEachRecord(_:)``'s callback).
    public var recordOffset: Int { consumedBytes + position }

    /// Reads `path` (UTF-8, with or without a byte-order mark; see ``TextDecoding`` for
    /// other encodings, which are converted first and read with ``init(data:file:)``),
    /// `chunkSize` bytes at a time (the tests use small chunks to cross every boundary).
    public init(path: String, file: String, chunkSize: Int = ByteCSVReader.chunkSize) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw Diagnostic(file: file, line: 1, column: 1, problem: "cannot read the data file",
                             hint: "check that the path is right and the file is readable")
        }
        self.file = file
        self.handle = handle
        var status = stat()
        byteSize = fstat(handle.fileDescriptor, &status) == 0 ? Int(status.st_size) : nil
        self.chunkSize = max(1, chunkSize)
        byteCapacity = self.chunkSize + 1
        bytes = .allocate(capacity: byteCapacity)
    }

    /// Reads bytes already in memory (already UTF-8).
    public init(data: Data, file: String) {
        self.file = file
        handle = nil
        byteSize = data.count
        chunkSize = Self.chunkSize
        byteCapacity = max(1, data.count)
        bytes = .allocate(capacity: byteCapacity)
        byteCount = data.copyBytes(to: UnsafeMutableBufferPointer(start: bytes, count: byteCapacity))
        atEndOfInput = true
    }

    deinit {
        try? handle?.close()
        bytes.deallocate()
    }

    /// Calls `body` with each record and the line it starts on, until the end of the input
    /// or until `body` returns false.
    public func forEachRecord(_ body: (ByteRecord, Int) throws -> Bool) throws {
        try fill()
        while byteCount < 3 && !atEndOfInput { try fill() }  // enough bytes to see a byte-order mark
        if consumedBytes == 0 && position == 0 && byteCount >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            position = 3
        }
        while true {
            guard let end = try scanRecord() else { return }
            let recordLine = line
            line += end.lineBreaks
            let record = ByteRecord(base: bytes, side: fields.side, starts: fields.starts, ends: fields.ends,
                                    inSide: fields.inSide, count: fields.count)
            let keepGoing = try body(record, recordLine)
            position = end.next
            if !keepGoing { return }
        }
    }

    // MARK: - Reading chunks

    /// Appends the next chunk, keeping the unconsumed bytes; validates new UTF-8.
    private func fill() throws {
        guard !atEndOfInput, let handle else {
            try validate(final: true)
            return
        }
        if position > 0 {
            memmove(bytes, bytes + position, byteCount - position)
            byteCount -= position
            consumedBytes += position
            validated -= position
            position = 0
        }
        if byteCapacity - byteCount < chunkSize {
            byteCapacity = byteCount + chunkSize
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: byteCapacity)
            larger.update(from: bytes, count: byteCount)
            bytes.deallocate()
            bytes = larger
        }
        let read = try Self.read(handle.fileDescriptor, into: bytes + byteCount, count: chunkSize, file: file)
        if read == 0 { atEndOfInput = true } else { byteCount += read }
        try validate(final: atEndOfInput)
    }

    /// Reads up to `count` bytes (fewer only at the end of the file).
    private static func read(_ descriptor: Int32, into target: UnsafeMutablePointer<UInt8>, count: Int,
                             file: String) throws -> Int {
        var total = 0
        while total < count {
            let result = Foundation.read(descriptor, target + total, count - total)
            if result == 0 { break }
            if result < 0 {
                if errno == EINTR { continue }
                throw Diagnostic(file: file, line: 1, column: 1, problem: "cannot read the data file (\(String(cString: strerror(errno))))",
                                 hint: "check that the file is readable and the disk is healthy")
            }
            total += result
        }
        return total
    }

    private func validate(final: Bool) throws {
        let (validEnd, invalid) = UTF8Scan.validPrefix(UnsafeBufferPointer(start: bytes, count: byteCount),
                                                        from: validated, final: final)
        validated = validEnd
        if let invalid {
            let offset = consumedBytes + invalid
            let lineNumber = line + UnsafeBufferPointer(start: bytes + position, count: invalid - position)
                .reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
            throw Diagnostic(file: file, line: lineNumber, column: 1,
                             problem: "the file is not valid UTF-8 at byte offset \(offset)",
                             hint: "save the file as UTF-8, or set `encoding: gb18030` in the configuration if it comes from Chinese Excel")
        }
    }

    // MARK: - Scanning one record

    struct RecordEnd { var next: Int; var lineBreaks: Int }

    /// Scans the record at `position`, reading more input when it runs past the buffer.
    private func scanRecord() throws -> RecordEnd? {
        while true {
            let outcome = Self.scan(UnsafeBufferPointer(start: bytes, count: byteCount), from: position,
                                    final: atEndOfInput, validated: validated, into: &fields)
            switch outcome {
            case .noRecord:
                return nil
            case let .record(end):
                return end
            case .needMore:
                if byteCount - position > Self.maximumRecordBytes {
                    throw Diagnostic(file: file, line: line, column: 1,
                                     problem: "a record is longer than \(Self.maximumRecordBytes >> 20) MiB",
                                     hint: "check for an unclosed quote or a missing line break; split very long cells")
                }
                try fill()
            }
        }
    }

    enum ScanOutcome { case noRecord, record(RecordEnd), needMore }

    static let comma: UInt8 = 44, quote: UInt8 = 34, cr: UInt8 = 13, lf: UInt8 = 10

    /// The fields of the record being scanned, reused from record to record: where each
    /// starts and ends, and whether it lives in the side buffer (a quoted field whose
    /// content had to be rebuilt). Plain pointers, so appending a field is two stores and
    /// no copy-on-write check; not copyable, so the memory has one owner, which frees it.
    struct FieldBuffers: ~Copyable {
        private(set) var starts: UnsafeMutablePointer<Int>
        private(set) var ends: UnsafeMutablePointer<Int>
        private(set) var inSide: UnsafeMutablePointer<Bool>
        private(set) var count = 0
        private var capacity: Int
        private(set) var side: UnsafeMutablePointer<UInt8>
        private(set) var sideCount = 0
        private var sideCapacity: Int

        init(capacity: Int = 64) {
            self.capacity = capacity
            starts = .allocate(capacity: capacity)
            ends = .allocate(capacity: capacity)
            inSide = .allocate(capacity: capacity)
            sideCapacity = 256
            side = .allocate(capacity: sideCapacity)
        }

        deinit {
            starts.deallocate()
            ends.deallocate()
            inSide.deallocate()
            side.deallocate()
        }

        @inline(__always) mutating func reset() {
            count = 0
            sideCount = 0
        }

        @inline(__always) mutating func append(_ start: Int, _ end: Int, _ isSide: Bool) {
            if count == capacity { grow() }
            starts[count] = start
            ends[count] = end
            inSide[count] = isSide
            count += 1
        }

        private mutating func grow() {
            let larger = capacity * 2
            func moved<T>(_ old: UnsafeMutablePointer<T>) -> UnsafeMutablePointer<T> {
                let new = UnsafeMutablePointer<T>.allocate(capacity: larger)
                new.moveInitialize(from: old, count: count)
                old.deallocate()
                return new
            }
            starts = moved(starts)
            ends = moved(ends)
            inSide = moved(inSide)
            capacity = larger
        }

        @inline(__always) mutating func appendSide(_ byte: UInt8) {
            if sideCount == sideCapacity { growSide(to: sideCount + 1) }
            side[sideCount] = byte
            sideCount += 1
        }

        mutating func appendSide(_ run: UnsafeBufferPointer<UInt8>) {
            if sideCount + run.count > sideCapacity { growSide(to: sideCount + run.count) }
            if let base = run.baseAddress { (side + sideCount).update(from: base, count: run.count) }
            sideCount += run.count
        }

        private mutating func growSide(to needed: Int) {
            let larger = max(needed, sideCapacity * 2)
            let new = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
            new.update(from: side, count: sideCount)
            side.deallocate()
            side = new
            sideCapacity = larger
        }

        mutating func finishQuoted(_ contentStart: Int, _ end: Int, _ sideStart: Int) {
            if sideStart >= 0 {
                append(sideStart, sideCount, true)
            } else {
                append(contentStart, end, false)
            }
        }
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, final: Bool, validated: Int,
                             into fields: inout FieldBuffers) -> ScanOutcome {
        let n = final ? bytes.count : min(bytes.count, validated)
        fields.reset()
        var i = start
        var breaks = 0
        if i >= n { return final ? .noRecord : .needMore }
        while true {
            // Start of a field.
            if i >= n {
                if !final { return .needMore }
                fields.append(i, i, false)  // "a,b," at the end: a last empty field
                return .record(RecordEnd(next: i, lineBreaks: breaks))
            }
            if bytes[i] != Self.quote {
                let fieldStart = i
                i = separator(in: bytes, from: i, to: n)
                if i >= n {
                    if !final { return .needMore }
                    fields.append(fieldStart, i, false)
                    return .record(RecordEnd(next: i, lineBreaks: breaks))
                }
                fields.append(fieldStart, i, false)
                if bytes[i] == Self.comma { i += 1; continue }
                // CR, LF or CRLF ends the record.
                if bytes[i] == Self.cr {
                    if i + 1 >= n && !final { return .needMore }
                    i += (i + 1 < n && bytes[i + 1] == Self.lf) ? 2 : 1
                } else {
                    i += 1
                }
                return .record(RecordEnd(next: i, lineBreaks: breaks + 1))
            }
            // A quoted field.
            i += 1
            let contentStart = i
            var sideStart = -1  // once the content differs from the input, it is rebuilt in `side`
            while true {
                if i >= n {
                    if !final { return .needMore }
                    fields.finishQuoted(contentStart, i, sideStart)
                    return .record(RecordEnd(next: i, lineBreaks: breaks))
                }
                let byte = bytes[i]
                if byte != Self.quote {
                    if byte == Self.lf { breaks += 1 } else if byte == Self.cr, !(i + 1 < n && bytes[i + 1] == Self.lf) { breaks += 1 }
                    if sideStart >= 0 { fields.appendSide(byte) }
                    i += 1
                    continue
                }
                // A quote: look at the next character.
                if i + 1 >= n && !final { return .needMore }
                let next: UInt8? = i + 1 < n ? bytes[i + 1] : nil
                if next == nil || next == Self.cr || next == Self.lf {
                    fields.finishQuoted(contentStart, i, sideStart)
                    i += 1
                    if next == Self.cr {
                        if i + 1 >= n && !final { return .needMore }
                        i += (i + 1 < n && bytes[i + 1] == Self.lf) ? 2 : 1
                        return .record(RecordEnd(next: i, lineBreaks: breaks + 1))
                    }
                    if next == Self.lf { return .record(RecordEnd(next: i + 1, lineBreaks: breaks + 1)) }
                    return .record(RecordEnd(next: i, lineBreaks: breaks))
                }
                if next == Self.comma {
                    fields.finishQuoted(contentStart, i, sideStart)
                    i += 2
                    break
                }
                // `""` is a quote; `"x` keeps the quote and drops the character x.
                if sideStart < 0 {
                    sideStart = fields.sideCount
                    fields.appendSide(UnsafeBufferPointer(rebasing: bytes[contentStart..<i]))
                }
                fields.appendSide(Self.quote)
                if next == Self.quote {
                    i += 2
                } else {
                    let width = UTF8Scan.sequenceLength(leadByte: next!)
                    if i + 1 + width > n && !final { return .needMore }
                    if next == Self.lf || next == Self.cr { breaks += 1 }
                    i += 1 + width
                }
            }
        }
    }

}

extension ByteCSVReader {
    /// The index of the first comma, CR or LF in `bytes[start..<end]`, or `end`: eight
    /// bytes at a time, flagging the bytes equal to each separator with the zero-byte test
    /// `(v - 0x01...01) & ~v & 0x80...80` on `word ^ separator`. That test can flag a byte
    /// above a true zero byte, never below one, so the lowest flag is the first separator.
    @inline(__always)
    static func separator(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard let base = bytes.baseAddress else { return end }
        var i = start
        while i + 8 <= end {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            let flags = zeroBytes(word ^ 0x2C2C_2C2C_2C2C_2C2C) | zeroBytes(word ^ 0x0D0D_0D0D_0D0D_0D0D)
                | zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A)
            if flags != 0 { return i + flags.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < end, base[i] != comma, base[i] != cr, base[i] != lf { i += 1 }
        return i
    }

    @inline(__always)
    private static func zeroBytes(_ value: UInt64) -> UInt64 {
        (value &- 0x0101_0101_0101_0101) & ~value & 0x8080_8080_8080_8080
    }
}

/// UTF-8 validation over a byte buffer, ASCII runs eight bytes at a time.
enum UTF8Scan {
    /// The number of bytes of the sequence that starts with `leadByte` (1 for ASCII and
    /// for a byte that cannot start a sequence).
    static func sequenceLength(leadByte: UInt8) -> Int {
        switch leadByte {
        case 0xC2...0xDF: return 2
        case 0xE0...0xEF: return 3
        case 0xF0...0xF4: return 4
        default: return 1
        }
    }

    /// Validates `bytes[from...]`. Returns the end of the valid prefix (stopping before an
    /// incomplete sequence at the end when not `final`) and the offset of the first invalid
    /// byte, if any.
    static func validPrefix(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, final: Bool) -> (Int, Int?) {
        var i = from
        let n = bytes.count
        guard let base = bytes.baseAddress else { return (0, nil) }
        while i < n {
            if i + 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
            }
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            let width = sequenceLength(leadByte: lead)
            if width == 1 { return (i, i) }
            if i + width > n {
                // An incomplete sequence: wait for more input, unless this is the end.
                for k in (i + 1)..<n where bytes[k] & 0xC0 != 0x80 { return (i, i) }
                return final ? (i, i) : (i, nil)
            }
            for k in 1..<width where bytes[i + k] & 0xC0 != 0x80 { return (i, i) }
            let second = bytes[i + 1]
            if (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F)
                || (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F) {
                return (i, i)
            }
            i += width
        }
        return (n, nil)
    }
}
