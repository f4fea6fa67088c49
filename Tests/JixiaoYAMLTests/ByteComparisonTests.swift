import JixiaoYAML
import Testing

/// Byte-for-byte comparisons, made in the texts' storage: short texts (held inside the String) and long ones
/// (held in a buffer of their own), at both ends of a text.
@Suite struct ByteComparisonTests {
    @Test func sameBytes() {
        #expect("section".hasSameBytes(as: "section"))
        #expect(!"section".hasSameBytes(as: "sectioN"))
        #expect(!"section".hasSameBytes(as: "sections"))
        #expect("".hasSameBytes(as: ""))
        let long = "一般公共预算财政拨款收入合计"  // 42 bytes, stored out of line
        #expect(long.hasSameBytes(as: "一般公共预算" + "财政拨款收入合计"))
        #expect(!long.hasSameBytes(as: "一般公共预算财政拨款支出合计"))
        // Canonically equivalent, different bytes: é precomposed and e with a combining accent.
        #expect("\u{E9}" == "e\u{301}")
        #expect(!"\u{E9}".hasSameBytes(as: "e\u{301}"))
    }

    @Test func textsAndBuffers() {
        func equal(_ a: String, _ b: String) -> Bool {
            Array(a.utf8).withUnsafeBufferPointer { a in Array(b.utf8).withUnsafeBufferPointer { a.hasSameBytes(as: $0) } }
        }
        #expect(equal("", ""))
        #expect(equal("t03.rows.2.total", "t03.rows.2.total"))
        #expect(!equal("t03.rows.2.total", "t03.rows.2.totals"))
        #expect(!equal("t03.rows.2.total", "t03.rows.3.total"))
        #expect(!equal("", "a"))
        #expect(equal("公用经费", "公用经费"))
        #expect(!equal("公用经费", "公务经费"))
        // A text against bytes: its length is told first, then its bytes.
        #expect(Array("收入".utf8).withUnsafeBufferPointer { "收入".hasSameBytes(as: $0) })
        #expect(!Array("收入".utf8).withUnsafeBufferPointer { "收入合计".hasSameBytes(as: $0) })
        #expect(!Array("收入合计".utf8).withUnsafeBufferPointer { "收入".hasSameBytes(as: $0) })
    }

    @Test func prefixesAndSuffixes() {
        let text = "公务接待费（含外事接待）合计"
        #expect(text.hasBytePrefix("公务"))
        #expect(text.hasBytePrefix(""))
        #expect(text.hasBytePrefix(text))
        #expect(!text.hasBytePrefix("公务接待费（含外事接待）合计。"))
        #expect(!text.hasBytePrefix("公车"))
        #expect(text.hasByteSuffix("合计"))
        #expect(text.hasByteSuffix(""))
        #expect(text.hasByteSuffix(text))
        #expect(!text.hasByteSuffix("小计"))
        #expect("38400元".hasByteSuffix("元"))
        #expect(!"38400元".hasByteSuffix("万元"))
        // 文 (E6 96 87) and 斈 (E6 96 88) share their first two bytes: the last one decides.
        #expect(!"文档".hasBytePrefix("斈"))
        #expect(!"档文".hasByteSuffix("斈"))
        // An empty text has every empty part and no other.
        #expect("".hasBytePrefix("") && "".hasByteSuffix(""))
        #expect(!"".hasBytePrefix("公") && !"".hasByteSuffix("公"))
    }
}
