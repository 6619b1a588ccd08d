import Foundation
import PanelData

/// Opens a CSV file for the byte reader, deciding its encoding (see ``TextDecoding``).
enum CSVFileOpening {
    /// How many bytes are sniffed to decide between UTF-8 and GB18030.
    static let sniffBytes = 1 << 20

    static func open(path: String, choice: TextEncodingChoice) throws -> (ByteCSVReader, TextDecoding.Detected) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw Diagnostic(file: path, line: 1, column: 1, problem: "cannot read the data file",
                             hint: "check that the path is right and the file is readable")
        }
        let head = (try? handle.read(upToCount: sniffBytes)) ?? Data()
        try? handle.close()
        return try open(head: head, file: path, choice: choice, whole: {
            do {
                return try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw Diagnostic(file: path, line: 1, column: 1, problem: "cannot read the data file",
                                 hint: "check that the path is right and the file is readable")
            }
        }, streaming: { try ByteCSVReader(path: path, file: path) })
    }

    /// The same decision for bytes in memory.
    static func open(data: Data, file: String, choice: TextEncodingChoice) throws -> (ByteCSVReader, TextDecoding.Detected) {
        try open(head: data.prefix(sniffBytes), file: file, choice: choice, whole: { data },
                 streaming: { ByteCSVReader(data: data, file: file) })
    }

    private static func open(head: Data, file path: String, choice: TextEncodingChoice, whole: () throws -> Data,
                             streaming: () throws -> ByteCSVReader) throws -> (ByteCSVReader, TextDecoding.Detected) {
        let isEmpty = head.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
            || head == Data([0xEF, 0xBB, 0xBF])
        if isEmpty {
            throw Diagnostic(file: path, line: 1, column: 1, problem: "the data file is empty",
                             hint: "the file needs a header row and at least one data row")
        }
        let hasUTF16Mark = head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF])
        let hasUTF8Mark = head.starts(with: [0xEF, 0xBB, 0xBF])
        let headIsUTF8 = head.withUnsafeBytes { raw in
            UTF8Scan.validPrefix(raw.bindMemory(to: UInt8.self), from: 0, final: head.count < sniffBytes).1 == nil
        }
        let readAsUTF8: Bool
        switch choice {
        case .utf8: readAsUTF8 = !hasUTF16Mark
        case .gb18030: readAsUTF8 = false
        case .auto: readAsUTF8 = !hasUTF16Mark && (hasUTF8Mark || headIsUTF8)
        }
        if readAsUTF8 {
            return (try streaming(), hasUTF8Mark ? .utf8WithBOM : .utf8)
        }
        let data = try whole()
        let (text, detected) = try TextDecoding.decode(data, file: path, choice: choice)
        var utf8 = Data(text.utf8)
        if utf8.starts(with: [0xEF, 0xBB, 0xBF]) { utf8.removeFirst(3) }
        return (ByteCSVReader(data: utf8, file: path), detected)
    }
}
