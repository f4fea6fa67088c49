@testable import JixiaoRender
import Testing

/// The eight-byte tests the JSON and terminal scanners skip text with: a zero answer must mean no byte matches.
@Suite("八个字节一起检验")
struct ByteWordTests {
    /// Eight bytes as the little-endian word a scanner loads: the first byte is the lowest.
    private func word(_ bytes: [UInt8]) -> UInt64 {
        bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
    }

    @Test("低于界限的字节：有则非零，无则为零")
    func bytesBelowABound() {
        #expect(ByteWord.bytes(of: word(Array("abcdefgh".utf8)), below: 0x20) == 0)
        // "\n" (0x0A) third: its high bit, 0x80 in the third byte, is set.
        #expect(ByteWord.bytes(of: word([0x61, 0x62, 0x0A, 0x63, 0x64, 0x65, 0x66, 0x67]), below: 0x20) != 0)
        // 0x20 itself is not below 0x20; the bytes of 信 (E4 BF A1) are not either.
        #expect(ByteWord.bytes(of: word([0x20, 0xE4, 0xBF, 0xA1, 0x20, 0x7E, 0x21, 0x30]), below: 0x20) == 0)
        #expect(ByteWord.bytes(of: word([0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x1F]), below: 0x20) == 0x8000_0000_0000_0000)
    }

    @Test("等于某个字节：有则非零，无则为零")
    func bytesEqualToOne() {
        let quote = UInt8(ascii: "\"")
        #expect(ByteWord.bytes(of: word(Array("abcdefgh".utf8)), equalTo: quote) == 0)
        // The quote fifth: 0x80 in the fifth byte.
        #expect(ByteWord.bytes(of: word(Array("abcd\"fgh".utf8)), equalTo: quote) == 0x0000_0080_0000_0000)
        // 0xC2 among the bytes of “（” (EF BC 88) and 信: none; then one in the first byte.
        #expect(ByteWord.bytes(of: word([0xEF, 0xBC, 0x88, 0xE4, 0xBF, 0xA1, 0xC3, 0xC1]), equalTo: 0xC2) == 0)
        #expect(ByteWord.bytes(of: word([0xC2, 0x85, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66]), equalTo: 0xC2) == 0x80)
    }
}
