import Testing
@testable import JixiaoEngine

/// The byte comparisons the path tables and record readers rely on.
@Suite("Byte runs")
struct ByteRunsTests {
    private func equal(_ a: String, _ b: String) -> Bool {
        Array(a.utf8).withUnsafeBufferPointer { a in Array(b.utf8).withUnsafeBufferPointer { b in ByteRuns.equal(a, b) } }
    }

    @Test("equal exactly when the bytes are")
    func equality() {
        #expect(equal("", ""))
        #expect(equal("t03.rows.2.total", "t03.rows.2.total"))
        #expect(!equal("t03.rows.2.total", "t03.rows.2.totals"))
        #expect(!equal("t03.rows.2.total", "t03.rows.3.total"))
        #expect(!equal("", "a"))
        #expect(equal("公用经费", "公用经费"))
        #expect(!equal("公用经费", "公务经费"))
        // A text against bytes: its length is told first, then its bytes.
        #expect(Array("收入".utf8).withUnsafeBufferPointer { ByteRuns.equal("收入", $0) })
        #expect(!Array("收入".utf8).withUnsafeBufferPointer { ByteRuns.equal("收入合计", $0) })
    }
}
