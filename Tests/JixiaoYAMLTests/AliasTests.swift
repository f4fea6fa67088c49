import JixiaoYAML
import Testing

@Suite struct AliasTests {
    @Test func aliasIsExpandedToACopyWithTheAnchorsLocation() throws {
        let root = try loadYAML("base: &b {x: 1, y: [2, 3]}\ncopy: *b\n")
        let copy = try #require(root["copy"])
        #expect(copy["x"]?.scalar?.text == "1")
        #expect(copy["y"]?.sequence?.compactMap { $0.scalar?.text } == ["2", "3"])
        // b a s e : ␠ → the anchored node (which starts at '&') is at column 7.
        #expect(root["base"]?.location == at(1, 7))
        #expect(copy.location == at(1, 7))
    }

    @Test func laterAnchorWithSameNameWins() throws {
        let root = try loadYAML("- &a 1\n- *a\n- &a 2\n- *a\n")
        #expect(root.sequence?.compactMap { $0.scalar?.text } == ["1", "1", "2", "2"])
    }

    @Test func mergeKeyIsAnOrdinaryKey() throws {
        let root = try loadYAML("base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\n")
        let derived = try #require(root["derived"])
        #expect(derived.pairs?.map { $0.key.scalar?.text } == ["<<", "y"])
        #expect(derived["x"] == nil)
        #expect(derived["<<"]?["x"]?.scalar?.text == "1")
    }

    @Test func unknownAliasIsAnError() throws {
        let error = try #require(loadError("a: *missing"))
        #expect(error.location == at(1, 4))
        #expect(error.message.contains("*missing"))
    }

    @Test func aliasInsideItsOwnAnchorIsUnknown() throws {
        // a : ␠ & x ␠ [ → the alias starts at column 8; the anchor only exists once its node is complete.
        let error = try #require(loadError("a: &x [*x]"))
        #expect(error.location == at(1, 8))
    }

    @Test func anchorsDoNotCrossDocuments() throws {
        let error = try #require(loadError(Array("a: &x 1\n---\nb: *x\n".utf8)))
        #expect(error.location == at(3, 4))
    }

    /// Nine levels of nine aliases would expand to 9^9 ≈ 387 million nodes.
    @Test func billionLaughsIsRejectedQuickly() throws {
        let bomb = """
            a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
            g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
            h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
            i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
            """
        let clock = ContinuousClock()
        var error: YAMLError?
        let elapsed = clock.measure { error = loadError(bomb) }
        let thrown = try #require(error)
        // Subtree sizes: a = 1 + 9 = 10, b = 1 + 9·10 = 91, c = 820, d = 7381, e = 66430, f = 597871.
        // Before line g: root 1 + keys a…f 6 + 10 + 91 + 820 + 7381 + 66430 + 597871 = 672610.
        // Line g: key 1 + sequence 1 = 672612; the first *f adds 597871 → 1270483 > 1000000.
        // g : ␠ & g ␠ [ → that first *f is at column 8.
        #expect(thrown.location == at(7, 8))
        #expect(thrown.message == "别名展开超出节点上限（1000000），可能是别名炸弹")
        #expect(elapsed < .seconds(5))
    }
}
