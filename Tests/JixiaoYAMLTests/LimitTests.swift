import JixiaoYAML
import Testing

@Suite struct LimitTests {
    @Test func defaultLimits() {
        #expect(YAMLLimits.default.maxBytes == 16 * 1024 * 1024)
        #expect(YAMLLimits.default.maxDepth == 128)
        #expect(YAMLLimits.default.maxNodes == 1_000_000)
    }

    @Test func flowDepthLimit() throws {
        let limits = YAMLLimits(maxBytes: 1024, maxDepth: 3, maxNodes: 100)
        #expect(loadError("[[[1]]]", limits: limits) == nil)
        let error = try #require(loadError("[[[[1]]]]", limits: limits))
        // The fourth '[' opens level 4.
        #expect(error.location == at(1, 4))
        #expect(error.message == "嵌套层数超出上限（3 层）")
    }

    @Test func blockDepthLimit() throws {
        let limits = YAMLLimits(maxBytes: 1024, maxDepth: 3, maxNodes: 100)
        // Mappings: root (1), under a (2), under b (3), under c (4) → the one at line 4, column 7.
        let error = try #require(loadError("a:\n  b:\n    c:\n      d: 1\n", limits: limits))
        #expect(error.location == at(4, 7))
    }

    @Test func defaultDepthLimitStopsDeepNesting() throws {
        let ok = String(repeating: "[", count: 128) + String(repeating: "]", count: 128)
        #expect(loadError(ok) == nil)
        let tooDeep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let error = try #require(loadError(tooDeep))
        #expect(error.location == at(1, 129))
    }

    @Test func nodeLimitWithoutAliases() throws {
        let limits = YAMLLimits(maxBytes: 1024, maxDepth: 10, maxNodes: 5)
        // Sequence + 4 items = 5 nodes; the fifth item (column 14) is node 6.
        let error = try #require(loadError("[1, 2, 3, 4, 5]", limits: limits))
        #expect(error.location == at(1, 14))
        #expect(error.message == "节点数超出上限（5）")
        #expect(loadError("[1, 2, 3, 4]", limits: limits) == nil)
    }

    @Test func fileSizeLimit() throws {
        let limits = YAMLLimits(maxBytes: 10, maxDepth: 10, maxNodes: 100)
        #expect(loadError("a: 1234567", limits: limits) == nil) // exactly 10 bytes
        let error = try #require(loadError("a: 12345678", limits: limits)) // 11 bytes
        #expect(error.location == at(1, 1))
        #expect(error.message == "文件过大：11 字节，上限 10 字节")
    }
}
