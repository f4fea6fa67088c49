import Foundation
import JixiaoYAML
import Testing

/// Runs the loader over the official YAML test suite (a copy lives in
/// `<repo>/../shared/yaml-test-suite`):
/// - a case with `in.json` must load, and its documents must equal that JSON
///   under the YAML 1.2 core schema;
/// - a case with an `error` file must fail to load;
/// - any other case must at least load.
/// Cases libyaml 0.2.5 gets wrong are listed below and must keep failing, so the
/// list shows up as soon as a libyaml upgrade fixes one.
@Suite struct YAMLTestSuiteConformanceTests {
    /// Case id → why libyaml 0.2.5 gets it wrong. Each entry was checked against
    /// libyaml's raw event stream: the events differ from the suite's `test.event`
    /// (or libyaml errors / does not error), so the fault is libyaml's, not this module's.
    static let knownLibyamlDeviations: [String: String] = [
        "2JQS": "rejects valid input “Block Mapping with Missing Keys”: did not find expected key",
        "2LFX": "rejects valid input “Spec Example 6.13. Reserved Directives [1.3]”: found unknown directive name",
        "2SXE": "rejects valid input “Anchors With Colon in Name”: mapping values are not allowed in this context",
        "4ABK": "rejects valid input “Flow Mapping Separate Values”: found unexpected ':'",
        "4MUZ/00": "rejects valid input “Flow mapping colon on line after key”: did not find expected ',' or '}'",
        "4MUZ/01": "rejects valid input “Flow mapping colon on line after key”: did not find expected ',' or '}'",
        "4MUZ/02": "rejects valid input “Flow mapping colon on line after key”: did not find expected ',' or '}'",
        "58MP": "rejects valid input “Flow mapping edge cases”: did not find expected node content",
        "5MUD": "rejects valid input “Colon and adjacent value on next line”: did not find expected ',' or '}'",
        "5T43": "rejects valid input “Colon at the beginning of adjacent flow scalar”: did not find expected node content",
        "652Z": "wrong result: drops the “?” of the plain flow key “?foo”, reading “foo”",
        "6BCT": "rejects valid input “Spec Example 6.3. Separation Spaces”: found character that cannot start any token",
        "6CA3": "rejects valid input “Tab indented top flow”: found character that cannot start any token",
        "6LVF": "rejects valid input “Spec Example 6.13. Reserved Directives”: found unknown directive name",
        "6M2F": "rejects valid input “Aliases in Explicit Block Mapping”: did not find expected key",
        "7Z25": "rejects valid input “Bare document after document end marker”: did not find expected <document start>",
        "8XYN": "rejects valid input “Anchor with unicode character”: did not find expected alphabetic or numeric character",
        "96NN/00": "rejects valid input “Leading tab content in literals”: found a tab character where an indentation space is expected",
        "96NN/01": "rejects valid input “Leading tab content in literals”: found a tab character where an indentation space is expected",
        "9C9N": "accepts invalid input “Wrong indented flow sequence”",
        "9HCY": "accepts invalid input “Need document footer before directives”",
        "9JBA": "accepts invalid input “Invalid comment after end of flow sequence”",
        "9SA2": "rejects valid input “Multiline double quoted flow mapping key”: did not find expected ',' or '}'",
        "A2M4": "rejects valid input “Spec Example 6.2. Indentation Indicators”: found character that cannot start any token",
        "BEC7": "rejects valid input “Spec Example 6.14. “YAML” directive”: found incompatible YAML document",
        "CFD4": "rejects valid input “Empty implicit key in single pair flow sequences”: did not find expected node content",
        "CVW2": "accepts invalid input “Invalid comment after comma”",
        "DBG4": "rejects valid input “Spec Example 7.10. Plain Characters”: did not find expected node content",
        "DK3J": "rejects valid input “Zero indented block scalar with line that looks like a comment”: did not find expected <document start>",
        "DK95/00": "rejects valid input “Tabs that look like indentation”: found character that cannot start any token",
        "DK95/01": "accepts invalid input “Tabs that look like indentation”",
        "DK95/03": "rejects valid input “Tabs that look like indentation”: found character that cannot start any token",
        "DK95/04": "rejects valid input “Tabs that look like indentation”: found a tab character that violates indentation",
        "EB22": "accepts invalid input “Missing document-end marker before directive”",
        "FP8R": "rejects valid input “Zero indented block scalar”: did not find expected <document start>",
        "FRK4": "rejects valid input “Spec Example 7.3. Completely Empty Flow Nodes”: found unexpected ':'",
        "G5U8": "accepts invalid input “Plain dashes in flow sequence”",
        "HM87/00": "rejects valid input “Scalars in flow start with syntax char”: did not find expected node content",
        "HM87/01": "wrong result: reads “[?x]” as a flow mapping {x: null} instead of the plain scalar “?x”",
        "HWV9": "rejects valid input “Document-end marker”: did not find expected node content",
        "JEF9/02": "wrong result: keep-chomped literal “|+” followed only by a whitespace line gives “” instead of “\n”",
        "K3WX": "rejects valid input “Colon and adjacent value after comment on next line”: did not find expected ',' or '}'",
        "L24T/01": "wrong result: literal scalar ending in a line of spaces loses its final line break",
        "M2N8/00": "rejects valid input “Question mark edge cases”: did not find expected key",
        "M7A3": "rejects valid input “Spec Example 9.3. Bare Documents”: did not find expected <document start>",
        "MUS6/00": "accepts invalid input “Directive variants”",
        "MUS6/01": "accepts invalid input “Directive variants”",
        "MUS6/05": "rejects valid input “Directive variants”: found unknown directive name",
        "MUS6/06": "rejects valid input “Directive variants”: found unknown directive name",
        "NHX8": "rejects valid input “Empty Lines at End of Document”: did not find expected key",
        "NJ66": "rejects valid input “Multiline plain flow mapping key”: did not find expected ',' or '}'",
        "NKF9": "rejects valid input “Empty keys in block and flow mapping”: did not find expected key",
        "Q5MG": "rejects valid input “Tab at beginning of line followed by a flow mapping”: found character that cannot start any token",
        "QB6E": "accepts invalid input “Wrong indented multiline quoted scalar”",
        "QT73": "rejects valid input “Comment and document-end marker”: did not find expected node content",
        "R4YG": "rejects valid input “Spec Example 8.2. Block Indentation Indicator”: found a tab character where an indentation space is expected",
        "RHX7": "accepts invalid input “YAML directive without document end marker”",
        "S3PD": "rejects valid input “Spec Example 8.18. Implicit Block Mapping Entries”: did not find expected key",
        "S98Z": "accepts invalid input “Block scalar with more spaces than first content line”",
        "SM9W/01": "rejects valid input “Single character streams”: did not find expected key",
        "SU5Z": "accepts invalid input “Comment without whitespace after doublequoted scalar”",
        "UKK6/00": "rejects valid input “Syntax character edge cases”: did not find expected key",
        "UT92": "rejects valid input “Spec Example 9.4. Explicit Documents”: did not find expected ',' or '}'",
        "VJP3/01": "rejects valid input “Flow collections over many lines”: did not find expected ',' or '}'",
        "W4TN": "rejects valid input “Spec Example 9.5. Directives Documents”: could not find expected directive name",
        "W5VH": "rejects valid input “Allowed characters in alias”: did not find expected alphabetic or numeric character",
        "X4QW": "accepts invalid input “Comment without whitespace after block scalar indicator”",
        "Y2GN": "wrong result: ends the anchor name at “:” (YAML 1.1 rule), so “&an:chor value” becomes anchor “an”, value “:chor value”",
        "Y79Y/001": "rejects valid input “Tabs in various contexts”: found a tab character where an indentation space is expected",
        "Y79Y/003": "accepts invalid input “Tabs in various contexts”",
        "Y79Y/010": "rejects valid input “Tabs in various contexts”: found character that cannot start any token",
        "YJV2": "accepts invalid input “Dash in flow sequence”",
    ]

    enum Outcome {
        case pass
        case fail(String)
    }

    struct TestCase {
        var id: String
        var directory: URL
    }

    /// The suite is a sibling folder, not part of the repository: a fresh clone without it skips this test
    /// (reported as skipped, with the reason); under CI (`CI=true`) the folder must be there and its absence fails.
    static let runs = suiteDirectory() != nil || ProcessInfo.processInfo.environment["CI"] == "true"

    @Test(.enabled(if: runs, "跳过：找不到 YAML 测试套件 <repo>/../shared/yaml-test-suite（不随仓库分发）；CI=true 时缺少它会使测试失败"))
    func matchesYAMLTestSuite() throws {
        let suiteDirectory = try #require(
            Self.suiteDirectory(),
            "找不到 YAML 测试套件目录 <repo>/../shared/yaml-test-suite；一致性测试不能在缺少它时通过"
        )
        let cases = try Self.cases(in: suiteDirectory)
        #expect(cases.count > 300, "测试套件只找到 \(cases.count) 个用例，目录不完整？")

        let ids = Set(cases.map(\.id))
        for id in Self.knownLibyamlDeviations.keys.sorted() {
            #expect(ids.contains(id), "已知偏差列表中的用例 \(id) 不在测试套件里")
        }

        var passed = 0
        var knownDeviations = 0
        for testCase in cases {
            let outcome = Self.run(testCase)
            switch (outcome, Self.knownLibyamlDeviations[testCase.id]) {
            case (.pass, nil):
                passed += 1
            case (.fail(let reason), nil):
                Issue.record("用例 \(testCase.id) 失败：\(reason)")
            case (.pass, .some):
                Issue.record("用例 \(testCase.id) 列为 libyaml 已知偏差，但现在通过了；请从列表中删除")
            case (.fail, .some):
                knownDeviations += 1
            }
        }
        print("YAML 测试套件：共 \(cases.count) 个用例，通过 \(passed) 个，已知 libyaml 偏差 \(knownDeviations) 个")
        #expect(passed + knownDeviations == cases.count)
    }

    /// `<repo>/../shared/yaml-test-suite`, found from this file's real path
    /// (symlinks resolved, so scratch packages that link to the tests work too);
    /// `JIXIAO_YAML_TEST_SUITE` names another folder (a missing one simulates a clone without it).
    static func suiteDirectory() -> URL? {
        if let override = ProcessInfo.processInfo.environment["JIXIAO_YAML_TEST_SUITE"] {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: override, isDirectory: &isDirectory) && isDirectory.boolValue
            return exists ? URL(fileURLWithPath: override) : nil
        }
        let testFile = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        let repository = testFile
            .deletingLastPathComponent() // JixiaoYAMLTests
            .deletingLastPathComponent() // Tests
            .deletingLastPathComponent()
        let suite = repository.deletingLastPathComponent()
            .appendingPathComponent("shared")
            .appendingPathComponent("yaml-test-suite")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: suite.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return nil
        }
        return suite
    }

    /// Every directory holding an `in.yaml`, one level deep or two (`2G84/00`).
    static func cases(in suite: URL) throws -> [TestCase] {
        let fileManager = FileManager.default
        var cases: [TestCase] = []
        for name in try fileManager.contentsOfDirectory(atPath: suite.path).sorted() {
            let directory = suite.appendingPathComponent(name)
            if fileManager.fileExists(atPath: directory.appendingPathComponent("in.yaml").path) {
                cases.append(TestCase(id: name, directory: directory))
                continue
            }
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                continue
            }
            for sub in try fileManager.contentsOfDirectory(atPath: directory.path).sorted() {
                let subdirectory = directory.appendingPathComponent(sub)
                if fileManager.fileExists(atPath: subdirectory.appendingPathComponent("in.yaml").path) {
                    cases.append(TestCase(id: "\(name)/\(sub)", directory: subdirectory))
                }
            }
        }
        return cases
    }

    static func run(_ testCase: TestCase) -> Outcome {
        let fileManager = FileManager.default
        let yamlPath = testCase.directory.appendingPathComponent("in.yaml").path
        let jsonPath = testCase.directory.appendingPathComponent("in.json").path
        let expectsError = fileManager.fileExists(atPath: testCase.directory.appendingPathComponent("error").path)
        guard let yamlData = fileManager.contents(atPath: yamlPath) else { return .fail("读不到 in.yaml") }

        let documents: [Node]
        do {
            documents = try YAMLLoader().loadAll(bytes: [UInt8](yamlData), file: yamlPath)
        } catch {
            return expectsError ? .pass : .fail("加载出错：\(error)")
        }
        if expectsError { return .fail("应当报错，却加载成功") }

        guard let jsonData = fileManager.contents(atPath: jsonPath) else { return .pass }
        do {
            let expected = try JSONSequenceParser.parseAll(String(decoding: jsonData, as: UTF8.self))
            let actual = try documents.map(CoreSchemaJSON.convert)
            return actual == expected ? .pass : .fail("结果不符\n  期望：\(expected)\n  实际：\(actual)")
        } catch {
            return .fail("转换为 JSON 失败：\(error)")
        }
    }
}
