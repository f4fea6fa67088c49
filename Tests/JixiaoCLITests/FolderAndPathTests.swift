import Foundation
import Testing

/// `compare --rubric` with a folder, and messages that name folders as the user gave them (issue 11, item 8).
extension CommandLineTests {
    @Test func compareRubricWithAFolderLeavesOutFilesThatDoNotNameIt() throws {
        // submissions/changsha-xinfang-2022.yaml names only changsha-xinfang-overall-100: it is left out, not an error.
        let run = try jixiao(["compare", "submissions", "--rubric", "changsha-annual-130"])
        #expect(run.status == 0)
        #expect(run.errors.contains("说明：以下文件未采用规则“changsha-annual-130”，不参与对比：submissions/changsha-xinfang-2022.yaml"))
        #expect(!run.errors.contains("错误"))
        // Ten 2023 files name changsha-annual-130.
        #expect(run.output.contains("共 10 个评价对象参与排名"))
    }

    @Test func rubricSearchMessageHasNoAbsolutePath() throws {
        let run = try jixiao(["score", "--rubric", "nosuch", "submissions/furong-xinfang-2023.yaml"])
        #expect(run.status == 2)
        // Run from the repository root: ./rubrics and submissions/../rubrics are the same folder, named once.
        #expect(run.errors.contains("找不到规则“nosuch”（已查找：rubrics）"))
        #expect(!run.errors.contains(RepositoryFiles.root.path))
    }
}
