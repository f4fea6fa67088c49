import Foundation
import JixiaoRender
import Testing

/// Strings are escaped eight bytes at a time where nothing needs escaping: every byte that must be escaped is,
/// wherever it falls in a word, and every other byte is copied as it is.
@Suite("JSON 字符串转义")
struct JSONEscapingTests {
    /// The control characters, the quote and the backslash, beside text that needs no escaping.
    static let escaped: [Unicode.Scalar] = (0..<0x20).map { Unicode.Scalar(UInt8($0)) } + ["\"", "\\"]

    @Test("每个须转义的字符在 8 字节字的每个位置上都被转义，读回与原文相同")
    func everyPosition() throws {
        for scalar in Self.escaped {
            for prefix in 0..<20 {
                let text = String(repeating: "a", count: prefix) + String(scalar) + "长沙市信访局" + String(scalar) + "b"
                let json = JSONValue.array([.string(text)]).serialized(pretty: false)
                // JSON text holds no raw control character; Foundation's own parser reads the original back.
                #expect(!json.unicodeScalars.contains { $0.value < 0x20 }, "\(scalar.value) at \(prefix)")
                let read = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]
                #expect(read == [text], "\(scalar.value) at \(prefix)")
            }
        }
    }

    @Test("无须转义的文本原样写出")
    func plainText() {
        // 0x7F (DEL) and the bytes of multi-byte UTF-8 need no escaping in JSON.
        let text = "预算执行率 = 支出 ÷ 预算 (100%) ~\u{7F}" + String(repeating: "财政拨款", count: 5)
        #expect(JSONValue.string(text).serialized(pretty: false) == "\"" + text + "\"")
        #expect(JSONValue.string("").serialized(pretty: false) == "\"\"")
        #expect(JSONValue.string("a\"b\\c\nd\te\u{1}").serialized(pretty: false) == #""a\"b\\c\nd\te\u0001""#)
    }
}
