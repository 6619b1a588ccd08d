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
    /// The bytes not yet consumed (at most one partial record plus one chunk).
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEndOfInput = false
    /// Bytes of the file before `buffer[0]`.
    private var consumedBytes = 0
    /// `buffer[..<validated]` is known to be valid UTF-8.
    private var validated = 0
    private var line = 1
    private var fields = FieldBuffers()

    /// Reads `path` (UTF-8, with or without a byte-order mark; see ``TextDecoding`` for
    /// other encodings, which are converted first and read with ``init(data:file:)``).
    public init(path: String, file: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw Diagnostic(file: file, line: 1, column: 1, problem: "cannot read the data file",
                             hint: "check that the path is right and the file is readable")
        }
        self.file = file
        self.handle = handle
    }

    /// Reads bytes already in memory (already UTF-8).
    public init(data: Data, file: String) {
        self.file = file
        handle = nil
        buffer = [UInt8](data)
        atEndOfInput = true
    }

    deinit { try? handle?.close() }

    /// Calls `body` with each record and the line it starts on, until the end of the input
    /// or until `body` returns false.
    public func forEachRecord(_ body: (ByteRecord, Int) throws -> Bool) throws {
        try fill()
        if consumedBytes == 0 && position == 0 && buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        while true {
            guard let end = try scanRecord() else { return }
            let recordLine = line
            line += end.lineBreaks
            let keepGoing = try buffer.withUnsafeBufferPointer { bytes in
                try fields.side.withUnsafeBufferPointer { sideBytes in
                    try fields.starts.withUnsafeBufferPointer { starts in
                        try fields.ends.withUnsafeBufferPointer { ends in
                            try fields.inSide.withUnsafeBufferPointer { inSide in
                                try body(ByteRecord(base: bytes.baseAddress!, side: sideBytes.baseAddress,
                                                    starts: starts, ends: ends, inSide: inSide), recordLine)
                            }
                        }
                    }
                }
            }
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
            buffer.removeSubrange(0..<position)
            consumedBytes += position
            validated -= position
            position = 0
        }
        let chunk = try handle.read(upToCount: Self.chunkSize) ?? Data()
        if chunk.isEmpty { atEndOfInput = true } else { buffer.append(contentsOf: chunk) }
        try validate(final: atEndOfInput)
    }

    private func validate(final: Bool) throws {
        let (validEnd, invalid) = buffer.withUnsafeBufferPointer { UTF8Scan.validPrefix($0, from: validated, final: final) }
        validated = validEnd
        if let invalid {
            let offset = consumedBytes + invalid
            let lineNumber = line + buffer[position..<invalid].reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
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
            let (start, final, validEnd) = (position, atEndOfInput, validated)
            let outcome: ScanOutcome = buffer.withUnsafeBufferPointer {
                Self.scan($0, from: start, final: final, validated: validEnd, into: &fields)
            }
            switch outcome {
            case .noRecord:
                return nil
            case let .record(end):
                return end
            case .needMore:
                if buffer.count - position > Self.maximumRecordBytes {
                    throw Diagnostic(file: file, line: line, column: 1,
                                     problem: "a record is longer than \(Self.maximumRecordBytes >> 20) MiB",
                                     hint: "check for an unclosed quote or a missing line break; split very long cells")
                }
                try fill()
            }
        }
    }

    enum ScanOutcome { case noRecord, record(RecordEnd), needMore }

    private static let comma: UInt8 = 44, quote: UInt8 = 34, cr: UInt8 = 13, lf: UInt8 = 10

    /// The fields of the record being scanned (reused from record to record).
    struct FieldBuffers {
        var starts: [Int] = [], ends: [Int] = [], inSide: [Bool] = []
        var side: [UInt8] = []

        mutating func reset() {
            starts.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            inSide.removeAll(keepingCapacity: true)
            side.removeAll(keepingCapacity: true)
        }

        mutating func append(_ start: Int, _ end: Int, _ isSide: Bool) {
            starts.append(start)
            ends.append(end)
            inSide.append(isSide)
        }

        mutating func finishQuoted(_ contentStart: Int, _ end: Int, _ sideStart: Int) {
            if sideStart >= 0 {
                append(sideStart, side.count, true)
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
                while i < n, bytes[i] != Self.comma, bytes[i] != Self.cr, bytes[i] != Self.lf { i += 1 }
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
                    if sideStart >= 0 { fields.side.append(byte) }
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
                    sideStart = fields.side.count
                    fields.side.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[contentStart..<i]))
                }
                fields.side.append(Self.quote)
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
