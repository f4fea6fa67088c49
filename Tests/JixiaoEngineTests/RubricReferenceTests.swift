import Foundation
import Testing
@testable import JixiaoEngine

/// A rubric reference is a file path when it holds a path separator or a YAML extension, or is `.`/`..`;
/// anything else is an id looked up in the rubrics folders.
@Suite("Rubric references")
struct RubricReferenceTests {
    @Test func idsAreNotPaths() {
        #expect(!RubricCatalog.isPath("dept-overall-100"))
        #expect(!RubricCatalog.isPath("changsha-annual-130"))
        #expect(!RubricCatalog.isPath("年度考核"))
        // An extension other than .yaml/.yml does not make a path.
        #expect(!RubricCatalog.isPath("annual.yaml.bak"))
        #expect(!RubricCatalog.isPath("..."))
    }

    @Test func separatorsMakePaths() {
        #expect(RubricCatalog.isPath("rubrics/dept-overall-100"))
        #expect(RubricCatalog.isPath("/rubrics"))
        #expect(RubricCatalog.isPath("rubrics\\annual"))
        #expect(RubricCatalog.isPath("规则/年度考核"))
    }

    @Test func yamlExtensionsAndDotsMakePaths() {
        #expect(RubricCatalog.isPath("annual.yaml"))
        #expect(RubricCatalog.isPath("annual.yml"))
        #expect(RubricCatalog.isPath("."))
        #expect(RubricCatalog.isPath(".."))
    }

    @Test func anIdIsLookedUpInTheFoldersOnceAndKeptForTheBatch() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("mini.yml")
        try Data("""
            id: mini
            title: 测试
            total: 5
            groups:
              - {id: g, name: 分组, indicators: [{id: I1, name: 甲, points: 5, method: manual}]}
            """.utf8).write(to: file)
        let catalog = RubricCatalog(searchDirectories: [folder.path])
        // No mini.yaml: the .yml spelling is found.
        #expect(try catalog.rubric("mini").id == "mini")
        // The file is gone, but the batch keeps the rubric it already found for that id.
        try FileManager.default.removeItem(at: file)
        #expect(try catalog.rubric("mini").total == r("5"))
        // An id never found is still refused, naming what was looked for.
        #expect(throws: DiagnosticError.self) { try catalog.rubric("other") }
    }
}
