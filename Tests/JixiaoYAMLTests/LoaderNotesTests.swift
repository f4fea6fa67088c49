import JixiaoYAML
import Testing

/// What the loader notes while it builds a tree, so that readers need not walk the tree again.
@Suite struct LoaderNotesTests {
    private func mayHaveMergeKeys(_ text: String) throws -> Bool {
        try YAMLLoader().loadDocument(bytes: Array(text.utf8), file: "test.yaml").mayHaveMergeKeys
    }

    @Test func aPlainMergeKeyAnywhereIsNoted() throws {
        #expect(try mayHaveMergeKeys("base: &b {x: 1}\nitem:\n  <<: *b\n"))
        #expect(try mayHaveMergeKeys("- [1, {<<: 2}]\n"))
        // Inside a complex key too: the note may say yes where no reader looks, never no where one is.
        #expect(try mayHaveMergeKeys("? {<<: 1}\n: v\n"))
    }

    @Test func quotedOrTaggedOrOtherKeysAreNotMergeKeys() throws {
        #expect(try !mayHaveMergeKeys("'<<': 1\n"))
        #expect(try !mayHaveMergeKeys("\"<<\": 2\n"))
        #expect(try !mayHaveMergeKeys("!!str <<: 1\n"))
        #expect(try !mayHaveMergeKeys("<<<: 1\n<: 2\nv: <<\n"))
    }

    @Test func theRootIsTheSameAsLoadGives() throws {
        let document = try YAMLLoader().loadDocument(bytes: Array("甲: [1, 2]\n".utf8), file: "test.yaml")
        #expect(document.root["甲"]?.sequence?.count == 2)
        #expect(document.root["甲"]?.location == at(1, 4))
    }

    @Test func textsOfASCIIAndIdeographsAreComparedByBytes() {
        #expect("万元".isASCIIOrCJKIdeographs)
        #expect("amount".isASCIIOrCJKIdeographs)
        #expect("".isASCIIOrCJKIdeographs)
        // Full-width parentheses (U+FF08, U+FF09), an accented letter, hiragana: compared as Strings.
        #expect(!"台（套）".isASCIIOrCJKIdeographs)
        #expect(!"é".isASCIIOrCJKIdeographs)
        #expect(!"かな".isASCIIOrCJKIdeographs)
    }
}
