import Foundation
import Testing
import JixiaoYAML
@testable import JixiaoEngine

/// Finding a submission's nodes by dotted path through the index made once per submission, which must give what
/// walking down from the root gives for every path, existing or not.
@Suite("Submission paths")
struct SubmissionTreeTests {
    static let submission = """
        department: 测试局
        year: 2023
        facts:
          section: 第一部分
          t01:
            section: 公开01表
            income: {total: 1717.31, general_budget: 1717.31}
            rows:
              - {code: "201", amount: 10}
              - {code: "202", amount: 20, section: 附表}
          plain: 5
          "a.b": 7
          a: {b: 8}
          stated: 9
        stated:
          explanation:
            section: 第三部分 情况说明
            total: 12.5
            items: [1, 2, 3]
          rate: "88.61%"
        """

    private func tree(_ yaml: String = Self.submission) throws -> SubmissionTree {
        SubmissionTree(submission: try loadSubmission(yaml))
    }

    @Test("figures, lists and sections found by hand-chosen paths")
    func handChosenPaths() throws {
        let tree = try tree()
        #expect(tree.node(at: "t01.income.total")?.scalar?.text == "1717.31")
        #expect(tree.section(of: "t01.income.total") == "公开01表")
        #expect(tree.node(at: "t01.rows.1.amount")?.scalar?.text == "20")
        #expect(tree.section(of: "t01.rows.1.amount") == "附表")
        #expect(tree.section(of: "t01.rows.0.amount") == "公开01表")
        #expect(tree.node(at: "plain")?.scalar?.text == "5")
        #expect(tree.section(of: "plain") == "第一部分")
        // A key holding a dot cannot be named by a path: `a.b` is key `b` under key `a`.
        #expect(tree.node(at: "a.b")?.scalar?.text == "8")
        // `stated.…` is the stated tree, never a `stated` key under facts.
        #expect(tree.node(at: "stated.rate")?.scalar?.text == "88.61%")
        #expect(tree.node(at: "stated.explanation.items.2")?.scalar?.text == "3")
        #expect(tree.section(of: "stated.explanation.total") == "第三部分 情况说明")
        #expect(tree.section(of: "stated.rate") == nil)
        // Missing paths: no node, the section of the deepest part that exists.
        #expect(tree.node(at: "t01.income.missing") == nil)
        #expect(tree.section(of: "t01.income.missing.deeper") == "公开01表")
        #expect(tree.node(at: "t01.rows.2.amount") == nil)
        #expect(tree.node(at: "plain.deeper") == nil)
        #expect(tree.section(of: "nothing.here") == "第一部分")
        // A list position written otherwise than in plain decimal still names the position.
        #expect(tree.node(at: "t01.rows.01.amount")?.scalar?.text == "20")
        #expect(tree.node(at: "t01.rows.+0.amount")?.scalar?.text == "10")
    }

    @Test("a submission without facts or stated finds nothing and says no section")
    func emptyTrees() throws {
        let tree = try tree("department: 测试局\nyear: 2023\n")
        #expect(tree.place(of: "t01.income.total").node == nil)
        #expect(tree.place(of: "stated.rate").section == nil)
        #expect(tree.place(of: "stated").node == nil)
    }

    @Test("paths the index does not name as written are walked")
    func canonicalPaths() {
        for path in ["", "a", "a.b", "t01.rows.0.amount", "t01.rows.10", "x.-1", "x.0a", "x.+", "x.-"] {
            #expect(SubmissionTree.isCanonical(path), "\(path)")
        }
        for path in [".a", "a.", "a..b", "x.01", "x.+1", "x.-0", "x.00", "x.-00"] {
            #expect(!SubmissionTree.isCanonical(path), "\(path)")
        }
    }

    @Test("the index and the walk agree on every path of the seed and on their variations")
    func indexAgreesWithWalk() throws {
        for tree in [try tree(), try seedTree()] {
            var compared = 0
            for path in Self.variedPaths(of: tree) {
                Self.expectSamePlace(tree.place(of: path), tree.placeByWalking(to: path), path: path)
                compared += 1
            }
            #expect(compared > 40)
        }
    }

    @Test("a rubric's fact paths put under their containers, worked out by hand")
    func factPathParents() {
        let table = FactPathParents(factPaths: ["t01.income.total", "t01.income.missing", "nothing.here.x",
                                                "plain.deeper", "stated.rate", "stated", "", "x.01", "top"])
        #expect(table.paths == ["", "t01", "t01.income", "nothing", "nothing.here", "plain", "stated"])
        #expect(table.parents == [nil, 0, 1, 0, 3, 0, nil])
        // `stated` and the empty path are roots; `x.01` is not canonical: all three are placed as written.
        #expect(table.parentOfFact == [2, 2, 4, 5, 6, nil, nil, nil, 0])
        #expect(table.nameOfFact == ["total", "missing", "x", "deeper", "rate", "", "", "", "top"])
    }

    @Test("facts placed in their containers, worked out by hand")
    func placesInContainers() throws {
        let tree = try tree()
        let table = FactPathParents(factPaths: ["t01.income.total", "t01.rows", "nothing.here.x", "plain.deeper",
                                                "stated.rate"])
        #expect(table.paths == ["", "t01", "t01.income", "nothing", "nothing.here", "plain", "stated"])
        let places = tree.places(of: table)
        func place(_ fact: Int) -> TreePlace? {
            guard case .indexed(let container) = places[table.parentOfFact[fact]!] else { return nil }
            return tree.place(of: table.nameOfFact[fact], inContainerAt: container)
        }
        /// The section of the fact's container when the submission holds nothing beneath it.
        func sectionOfEmptyContainer(_ fact: Int) -> String?? {
            guard case .empty(let section) = places[table.parentOfFact[fact]!] else { return nil }
            return section
        }
        #expect(place(0)?.node?.scalar?.text == "1717.31" && place(0)?.section == "公开01表")
        // A list is looked up as written: its own items may say another section.
        #expect(place(1) == nil && sectionOfEmptyContainer(1) == nil)
        // Below a missing container and below a figure: nothing, under the section of the deepest container.
        #expect(sectionOfEmptyContainer(2) == "第一部分")
        #expect(sectionOfEmptyContainer(3) == "第一部分")
        #expect(place(4)?.node?.scalar?.text == "88.61%" && place(4)?.section == nil)
    }

    @Test("placing in containers agrees with looking up every path of the seed and their variations")
    func containerPlacesAgreeWithLookup() throws {
        for tree in [try tree(), try seedTree()] {
            let paths = Array(Self.variedPaths(of: tree))
            let table = FactPathParents(factPaths: paths)
            let places = tree.places(of: table)
            var placedInContainer = 0
            for (fact, path) in paths.enumerated() {
                guard let parent = table.parentOfFact[fact] else { continue }
                switch places[parent] {
                case .empty(let section):
                    // Below a container the submission lacks, the fact is absent under that section.
                    Self.expectSamePlace(TreePlace(node: nil, section: section), tree.place(of: path), path: path)
                case .indexed(let container):
                    guard let placed = tree.place(of: table.nameOfFact[fact], inContainerAt: container) else { continue }
                    Self.expectSamePlace(placed, tree.place(of: path), path: path)
                }
                placedInContainer += 1
            }
            #expect(placedInContainer > 20)
        }
    }

    private func seedTree() throws -> SubmissionTree {
        let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("submissions/changsha-xinfang-2023.yaml")
        return SubmissionTree(submission: try SubmissionLoader().load(bytes: Array(try Data(contentsOf: seed)),
                                                                      file: "seed.yaml"))
    }

    /// Every path of `tree`, paths one and two segments below each, and some written oddly.
    private static func variedPaths(of tree: SubmissionTree) -> Set<String> {
        var paths = Set(tree.allPaths)
        for path in Array(paths) {
            paths.formUnion([path + ".0", path + ".1", path + ".missing", path + ".0.amount", path + ".01"])
        }
        paths.formUnion(["", "stated", "stated.", "nothing", "t01..income", ".t01", "stated.explanation.items.+1"])
        return paths
    }

    /// Two readings of `path` found the same node (by where it is written and what it says) and the same section.
    private static func expectSamePlace(_ found: TreePlace, _ expected: TreePlace,
                                        path: String) {
        #expect(found.node?.location == expected.node?.location, "\(path)")
        #expect(found.node?.scalar == expected.node?.scalar, "\(path)")
        #expect(found.section == expected.section, "\(path)")
    }
}
