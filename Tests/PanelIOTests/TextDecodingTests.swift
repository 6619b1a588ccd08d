import Foundation
import PanelData
import PanelIO
import Testing

/// GB18030 bytes of the Chinese names used below (GB 18030-2005; the bytes are those
/// Python's `gb18030` codec gives): 石家庄 Shijiazhuang, 太原 Taiyuan, 华北 North China.
enum GB18030Bytes {
    static let shijiazhuang: [UInt8] = [0xCA, 0xAF, 0xBC, 0xD2, 0xD7, 0xAF]
    static let taiyuan: [UInt8] = [0xCC, 0xAB, 0xD4, 0xAD]
    static let northChina: [UInt8] = [0xBB, 0xAA, 0xB1, 0xB1]

    /// A long CSV with Chinese unit and group names, as Chinese Excel saves it.
    static let csv: [UInt8] = Array("city,region,year,a,b\n".utf8)
        + shijiazhuang + Array(",".utf8) + northChina + Array(",2019,1.5,2\n".utf8)
        + taiyuan + Array(",".utf8) + northChina + Array(",2019,3,4\n".utf8)
}

@Suite("Text decoding")
struct TextDecodingTests {
    @Test("a UTF-8 byte-order mark is removed and reported")
    func bom() throws {
        let (text, detected) = try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF] + Array("a,b\n".utf8)), file: "f.csv",
                                                       choice: .auto)
        #expect(text == "a,b\n")
        #expect(detected == .utf8WithBOM)
    }

    @Test("valid UTF-8 is read as UTF-8 under auto and utf-8", arguments: [TextEncodingChoice.auto, .utf8])
    func utf8(choice: TextEncodingChoice) throws {
        let (text, detected) = try TextDecoding.decode(Data("城市,年\nx,1\n".utf8), file: "f.csv", choice: choice)
        #expect(text == "城市,年\nx,1\n")
        #expect(detected == .utf8)
    }

    @Test("UTF-16 with a byte-order mark")
    func utf16() throws {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x61, 0x00, 0x2C, 0x00, 0x62, 0x00]  // "a,b" little-endian
        let (text, detected) = try TextDecoding.decode(Data(bytes), file: "f.csv", choice: .auto)
        #expect(text == "a,b")
        #expect(detected == .utf16)
    }

    /// Bytes that are not UTF-8 fall back to GB18030 under `auto`.
    @Test("GB18030 bytes are decoded under auto and gb18030", arguments: [TextEncodingChoice.auto, .gb18030])
    func gb18030(choice: TextEncodingChoice) throws {
        let (text, detected) = try TextDecoding.decode(Data(GB18030Bytes.csv), file: "f.csv", choice: choice)
        #expect(text == "city,region,year,a,b\n石家庄,华北,2019,1.5,2\n太原,华北,2019,3,4\n")
        #expect(detected == .gb18030)
    }

    /// `encoding: utf-8` refuses the GB18030 file and names the first bad byte. The
    /// header is 21 bytes; 石 is CA AF, which happens to be valid UTF-8 (110_01010
    /// 10_101111 = U+02AF), and 家's first byte BC at offset 23 is a continuation byte
    /// with no lead: the first invalid byte, on line 2.
    @Test("encoding utf-8 names the byte offset of the first invalid byte")
    func strictUTF8() throws {
        let found = try diagnostic { try TextDecoding.decode(Data(GB18030Bytes.csv), file: "f.csv", choice: .utf8) }
        #expect(found.problem.contains("not valid UTF-8 at byte offset 23"), "\(found)")
        #expect(Place(found) == Place(2, 1))
        #expect(found.file == "f.csv")
    }

    /// Offsets count from the start of the file, the byte-order mark included.
    @Test("the byte offset counts a byte-order mark")
    func offsetAfterBOM() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("ab\ncd".utf8) + [0xFF]
        let found = try diagnostic { try TextDecoding.decode(Data(bytes), file: "f.csv", choice: .utf8) }
        #expect(found.problem.contains("byte offset 8"), "3 (BOM) + 5 (ab, newline, cd): \(found)")
        #expect(Place(found) == Place(2, 1))
    }

    @Test("firstInvalidUTF8Offset", arguments: [
        ([0x61, 0x62] as [UInt8], nil as Int?),
        ([0x61, 0xFF], 1),
        ([0xE5, 0x9F, 0x8E, 0xC0, 0x80], 3),      // 城 then an overlong NUL
        ([0x61, 0xE5, 0x9F], 1),                  // truncated 3-byte sequence
        ([0xED, 0xA0, 0x80], 0),                  // a UTF-16 surrogate encoded in UTF-8
    ])
    func invalidOffset(bytes: [UInt8], offset: Int?) {
        #expect(TextDecoding.firstInvalidUTF8Offset(Data(bytes)) == offset)
    }
}
