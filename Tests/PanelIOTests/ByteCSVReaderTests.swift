import Foundation
import Testing
@testable import PanelIO

/// The fast byte reader must split every input exactly as yaslab/CSV.swift does (issue 7:
/// "test it against the library on the fuzz corpus so they never disagree"), and read
/// numbers exactly as `Double(String)` does.
@Suite("byte CSV reader agrees with the CSV library")
struct ByteCSVReaderTests {
    /// Records and their starting lines, from the library (through ``CSVRecordSource``).
    static func libraryRecords(_ text: String) throws -> [[String]] {
        var source = try CSVRecordSource(text: text, file: "x.csv")
        var records: [[String]] = []
        while let (fields, line) = try source.next() { records.append(["\(line)"] + fields) }
        return records
    }

    static func byteRecords(_ text: String, chunked: Bool, chunkSize: Int = ByteCSVReader.chunkSize) throws -> [[String]] {
        var records: [[String]] = []
        let reader: ByteCSVReader
        if chunked {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("byte-csv-\(UUID().uuidString).csv")
            try Data(text.utf8).write(to: url)
            defer { try? FileManager.default.removeItem(at: url) }
            reader = try ByteCSVReader(path: url.path, file: "x.csv", chunkSize: chunkSize)
            try reader.forEachRecord { record, line in
                records.append(["\(line)"] + record.texts)
                return true
            }
            return records
        }
        reader = ByteCSVReader(data: Data(text.utf8), file: "x.csv")
        try reader.forEachRecord { record, line in
            records.append(["\(line)"] + record.texts)
            return true
        }
        return records
    }

    static let handPicked: [String] = [
        "", "a", "a,b\n", "a,b", "a,b,\n", "a,b,", "\n", "\n\n", "a\n\nb\n", "a\r\nb\r\n", "a\rb\r", "a\r\n\r\nb",
        "\"q\"", "\"q,1\",2\n", "\"a\"\"b\",c\n", "\"unterminated,\nx", "\"a\"b\",c\n", "\"a\"é\",c\n", "\"x\"\r\n",
        "\"x\"\ry", "\"line\nbreak\",2\n3,4\n", "\"crlf\r\ninside\",2\r\n", "a,\"\",b\n", "\"\"", "\"\"\"\"", "a\"b,c\n",
        "é,ü\n中,文\n", "\u{FEFF}a,b\n1,2\n", " a , b \n", "1,2\n3", ",\n,", "\"a\"\"\n",
    ]

    @Test("hand-picked inputs with the library's quirks", arguments: handPicked)
    func handPickedInputs(_ text: String) throws {
        let expected = try Self.libraryRecords(text)
        #expect(try Self.byteRecords(text, chunked: false) == expected)
        #expect(try Self.byteRecords(text, chunked: true) == expected)
    }

    @Test("5,000 random inputs over an alphabet of separators, quotes, line breaks and UTF-8")
    func randomInputs() throws {
        var generator = ByteReaderRandom(seed: 20_251_129)
        let alphabet: [String] = [",", "\"", "\n", "\r", "a", "1", ".", " ", "é", "中", "x", "\"\"", "\r\n"]
        for _ in 0..<5000 {
            let length = Int(generator.next() % 24)
            let text = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
            let expected = try Self.libraryRecords(text)
            let actual = try Self.byteRecords(text, chunked: false)
            #expect(actual == expected, "input \(text.debugDescription)")
            if actual != expected { break }
        }
    }

    @Test("read from a file in chunks of 1 to 13 bytes, every record splits as the library splits it",
          arguments: [1, 2, 3, 5, 8, 13])
    func smallChunks(_ chunkSize: Int) throws {
        var generator = ByteReaderRandom(seed: 20_261_202 + UInt64(chunkSize))
        let alphabet: [String] = [",", "\"", "\n", "\r", "a", "1", ".", " ", "é", "中", "x", "\"\"", "\r\n", "12.5", "abcdefghij"]
        for text in Self.handPicked + (0..<150).map({ _ in
            (0..<Int(generator.next() % 40)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
        }) {
            let expected = try Self.libraryRecords(text)
            let actual = try Self.byteRecords(text, chunked: true, chunkSize: chunkSize)
            #expect(actual == expected, "chunks of \(chunkSize), input \(text.debugDescription)")
            if actual != expected { break }
        }
    }

    @Test("the separator search (eight bytes at a time) finds the first comma, CR or LF at every offset")
    func separatorSearch() {
        var generator = ByteReaderRandom(seed: 44)
        let alphabet: [UInt8] = [44, 13, 10, 97, 48, 0x2B, 0x2D, 0x0B, 0x0C, 0xAC, 0x8D, 0x8A, 0xFF, 0x00, 0x01]
        for _ in 0..<5000 {
            let bytes = (0..<Int(generator.next() % 40)).map { _ in
                generator.next() % 3 == 0 ? alphabet[Int(generator.next() % UInt64(alphabet.count))] : 97
            }
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...bytes.count {
                    let expected = bytes[start...].firstIndex { $0 == 44 || $0 == 13 || $0 == 10 } ?? bytes.count
                    #expect(ByteCSVReader.separator(in: buffer, from: start, to: bytes.count) == expected, "\(bytes) from \(start)")
                }
            }
        }
    }

    @Test("numbers read from bytes equal Double(String) on 20,000 random decimals")
    func numbersMatch() {
        var generator = ByteReaderRandom(seed: 7)
        for _ in 0..<20_000 {
            let digits = 1 + Int(generator.next() % 20)
            var text = ["-", "+", "", "", " ", ""][Int(generator.next() % 6)]
            let point = Int(generator.next() % UInt64(digits + 1))
            for index in 0..<digits {
                if index == point && (index > 0 || digits % 3 == 0) { text += "." }  // "1.5", and ".5" now and then
                text += String(generator.next() % 10)
            }
            if point == digits && digits % 2 == 0 { text += "." }  // "15."
            let fast = Array(text.utf8).withUnsafeBufferPointer { ByteCells.number($0, lenient: false) }
            #expect(fast == CellParsing.number(text, lenient: false), "\(text)")
        }
    }

    @Test("a record longer than the cap is an error naming its line, not an exhausted memory")
    func recordCap() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("long-\(UUID().uuidString).csv")
        var data = Data("a,b\n1,2\n\"".utf8)
        data.append(Data(repeating: UInt8(ascii: "x"), count: ByteCSVReader.maximumRecordBytes + ByteCSVReader.chunkSize))
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let reader = try ByteCSVReader(path: url.path, file: "long.csv")
        #expect {
            try reader.forEachRecord { _, _ in true }
        } throws: { error in
            (error as? Diagnostic)?.description.hasPrefix("error: long.csv:3:1: a record is longer than 16 MiB") == true
        }
    }

    @Test("a bad UTF-8 byte after the first chunk is reported with its byte offset")
    func badByteLater() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).csv")
        var data = Data("a,b\n".utf8)
        let line = Data("1,2\n".utf8)
        while data.count < ByteCSVReader.chunkSize + 10 { data.append(line) }
        let offset = data.count
        data.append(contentsOf: [0x31, 0xFF, 0x0A])
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let reader = try ByteCSVReader(path: url.path, file: "bad.csv")
        #expect {
            try reader.forEachRecord { _, _ in true }
        } throws: { error in
            (error as? Diagnostic)?.description.contains("not valid UTF-8 at byte offset \(offset + 1)") == true
        }
    }
}

import PanelData


/// SplitMix64 (Steele, Lea and Flood 2014): a small seeded generator for the tests.
struct ByteReaderRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
