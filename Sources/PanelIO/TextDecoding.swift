import Foundation
import PanelData

/// Turns the bytes of a text file into a `String`, detecting the encoding.
///
/// `auto` (the default): a byte-order mark (UTF-8, UTF-16 LE/BE) decides; else the
/// bytes are decoded as strict UTF-8; else as GB18030, the encoding Chinese Excel uses
/// when it saves CSV. `utf-8` refuses anything that is not UTF-8 and names the byte
/// offset of the first bad byte; `gb18030` decodes GB18030 only.
public enum TextDecoding {
    /// GB18030 as a Foundation string encoding (kCFStringEncodingGB_18030_2000).
    public static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// The encoding that was used, for the input description.
    public enum Detected: String, Sendable {
        case utf8 = "UTF-8", utf8WithBOM = "UTF-8 (BOM)", utf16 = "UTF-16", gb18030 = "GB18030"
    }

    /// Decodes `data` from the file `file` (named in errors).
    public static func decode(_ data: Data, file: String, choice: TextEncodingChoice) throws -> (String, Detected) {
        let bytes = [UInt8](data.prefix(3))
        if choice != .gb18030 {
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                return (try strictUTF8(data.dropFirst(3), file: file, offsetBase: 3), .utf8WithBOM)
            }
            if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
                guard let text = String(data: data, encoding: .utf16) else {
                    throw Diagnostic(file: file, line: 1, column: 1, problem: "the file starts with a UTF-16 byte-order mark but is not valid UTF-16",
                                     hint: "save the file as UTF-8 CSV")
                }
                return (text, .utf16)
            }
        }
        switch choice {
        case .utf8:
            return (try strictUTF8(data[...], file: file, offsetBase: 0), .utf8)
        case .gb18030:
            return (try decodeGB18030(data, file: file), .gb18030)
        case .auto:
            if let text = validUTF8(data[...]) { return (text, .utf8) }
            return (try decodeGB18030(data, file: file), .gb18030)
        }
    }

    /// The byte offset of the first byte that is not part of valid UTF-8, or nil.
    public static func firstInvalidUTF8Offset(_ data: Data) -> Int? {
        data.withUnsafeBytes { raw -> Int? in
            var offset = 0
            var iterator = raw.makeIterator()
            var decoder = UTF8()
            while true {
                switch decoder.decode(&iterator) {
                case let .scalarValue(scalar):
                    offset += UTF8.width(scalar)
                case .emptyInput:
                    return nil
                case .error:
                    return offset
                }
            }
        }
    }

    private static func validUTF8(_ data: Data.SubSequence) -> String? {
        String(validating: data, as: UTF8.self)
    }

    private static func strictUTF8(_ data: Data.SubSequence, file: String, offsetBase: Int) throws -> String {
        if let text = validUTF8(data) { return text }
        let offset = firstInvalidUTF8Offset(Data(data)) ?? 0
        throw Diagnostic(file: file, line: lineOf(byteOffset: offset, in: data), column: 1,
                         problem: "the file is not valid UTF-8 at byte offset \(offset + offsetBase)",
                         hint: "save the file as UTF-8, or set `encoding: gb18030` in the configuration if it comes from Chinese Excel")
    }

    private static func decodeGB18030(_ data: Data, file: String) throws -> String {
        if let text = String(data: data, encoding: gb18030) { return text }
        let offset = firstInvalidUTF8Offset(data) ?? 0
        throw Diagnostic(file: file, line: lineOf(byteOffset: offset, in: data[...]), column: 1,
                         problem: "the file is neither UTF-8 (first bad byte at offset \(offset)) nor GB18030",
                         hint: "save the file as UTF-8 CSV")
    }

    private static func lineOf(byteOffset: Int, in data: Data.SubSequence) -> Int {
        1 + data.prefix(byteOffset).reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }
}
