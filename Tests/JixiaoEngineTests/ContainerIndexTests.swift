import Testing
import JixiaoYAML
@testable import JixiaoEngine

/// The open-addressed index of a submission's containers: every path found by its bytes and hash, through growth.
@Suite("容器索引")
struct ContainerIndexTests {
    func node(_ text: String) -> Node {
        Node(content: .scalar(Scalar(text: text, style: .plain)), location: SourceLocation(file: "t.yaml", line: 1, column: 1))
    }

    func position(of path: String, in index: ContainerIndex) -> Int? {
        Array(path.utf8).withUnsafeBufferPointer { index.position(of: $0[...], hash: ContainerIndex.hash(of: path.utf8)) }
    }

    @Test func pathsAreFoundThroughGrowthAndMissesAreNil() throws {
        var index = ContainerIndex()
        // 40 paths: the table of 16 slots grows twice (past 8 and past 16 entries).
        let paths = [""] + (0..<39).map { "t\($0 % 7).\($0)" }
        for (number, path) in paths.enumerated() {
            index.insert(path: Array(path.utf8), node: node(path), section: number.isMultiple(of: 2) ? "第\(number)节" : nil)
        }
        for (number, path) in paths.enumerated() {
            let found = try #require(position(of: path, in: index))
            #expect(found == number)
            #expect(index.node(at: found).scalar?.text == path)
            let section: String? = number.isMultiple(of: 2) ? "第\(number)节" : nil
            #expect(index[found].section == section)
        }
        #expect(position(of: "t0", in: index) == nil)
        #expect(position(of: "t0.0.", in: index) == nil)
        #expect(position(of: "t1.40", in: index) == nil)
    }

    @Test func aLaterEntryWithTheSamePathReplacesTheEarlier() {
        var index = ContainerIndex()
        index.insert(path: Array("a.b".utf8), node: node("first"), section: nil)
        index.insert(path: Array("a".utf8), node: node("a"), section: nil)
        index.insert(path: Array("a.b".utf8), node: node("second"), section: "后")
        let found = position(of: "a.b", in: index)
        #expect(found == 2 && index.node(at: 2).scalar?.text == "second" && index[2].section == "后")
        #expect(position(of: "a", in: index) == 1)
    }
}
