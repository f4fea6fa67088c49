import JixiaoYAML
import Testing

@Suite struct ScalarAndNodeTests {
    static let document = """
        plain: 1717.31
        single: '1,717.31'
        double: "1,717.31\\t\\u4E2D"
        literal: |
          第一行
          第二行
        folded: >
          a
          b
        empty:
        tilde: ~
        quotedNull: "null"
        tagged: !!str 12
        list: [x, y]

        """

    @Test func scalarsKeepExactTextAndStyle() throws {
        let root = try loadYAML(Self.document)
        #expect(root["plain"]?.scalar == Scalar(text: "1717.31", style: .plain))
        #expect(root["single"]?.scalar == Scalar(text: "1,717.31", style: .singleQuoted))
        #expect(root["double"]?.scalar == Scalar(text: "1,717.31\t中", style: .doubleQuoted))
        #expect(root["literal"]?.scalar == Scalar(text: "第一行\n第二行\n", style: .literal))
        // Folding joins the two lines with a space; clip chomping keeps one final break.
        #expect(root["folded"]?.scalar == Scalar(text: "a b\n", style: .folded))
    }

    @Test func mappingKeepsSourceOrder() throws {
        let root = try loadYAML(Self.document)
        let keys = try #require(root.pairs).map { $0.key.scalar?.text }
        #expect(keys == ["plain", "single", "double", "literal", "folded", "empty", "tilde",
                         "quotedNull", "tagged", "list"])
    }

    @Test func nullOnlyForUntaggedPlainNullSpellings() throws {
        let root = try loadYAML(Self.document)
        #expect(root["empty"]?.isNull == true)
        #expect(root["tilde"]?.isNull == true)
        #expect(root["quotedNull"]?.isNull == false)
        #expect(root["plain"]?.isNull == false)
        let tagged = try loadYAML("!!str null")
        #expect(tagged.isNull == false)
        for spelling in ["null", "Null", "NULL"] {
            #expect(try loadYAML("v: \(spelling)")["v"]?.isNull == true)
        }
        #expect(try loadYAML("v: nULL")["v"]?.isNull == false)
        // Same lengths as the null spellings, other bytes.
        for other in ["0", "none", "nil~"] {
            #expect(try loadYAML("v: \(other)")["v"]?.isNull == false)
        }
    }

    @Test func tagsAreExpandedOrNil() throws {
        let root = try loadYAML(Self.document)
        #expect(root["tagged"]?.tag == "tag:yaml.org,2002:str")
        #expect(root["tagged"]?.scalar?.text == "12")
        #expect(root["plain"]?.tag == nil)
    }

    @Test func accessorsAndKindNames() throws {
        let root = try loadYAML(Self.document)
        let list = try #require(root["list"])
        #expect(list.sequence?.compactMap { $0.scalar?.text } == ["x", "y"])
        #expect(list.pairs == nil)
        #expect(list.scalar == nil)
        #expect(list["x"] == nil)
        #expect(root["missing"] == nil)
        #expect(root.kindName == "映射")
        #expect(list.kindName == "序列")
        #expect(root["plain"]?.kindName == "标量")
    }

    @Test func documentWithOnlyMarkerIsNull() throws {
        let root = try loadYAML("---\n")
        #expect(root.isNull)
    }
}
