import JixiaoCompare
import JixiaoEngine
import JixiaoRender
import Testing

/// 浏阳市信访局 2023 did not keep the “五个不发生”: KV vetoes its 重点任务 (0 / 70 in `score`). The veto must
/// survive into compare (fresh and read back from JSON) and the narrative.
@Suite("浏阳 2023：一票否决在各输出中可见")
struct LiuyangVetoTests {
    let submission: SubmissionResult

    init() throws {
        submission = try RepositoryFiles.score("submissions/liuyang-xinfang-2023.yaml")
    }

    @Test func compareRowKeepsTheVeto() throws {
        let row = try #require(ComparisonRow.rows(from: submission).first { $0.rubricId == "changsha-annual-130" })
        #expect(row.groups.first { $0.id == "key_tasks" }?.vetoed == true)
        #expect(row.indicators.first { $0.id == "KV" }?.vetoTriggered == true)
        // K1 lacks 6 + 4 + 1 of its 15 checklist points: 4 earned, zeroed by the veto.
        let text = CompareTextRenderer().render(Comparison(rubricId: "changsha-annual-130", rows: [row]))
        #expect(text.contains("4（失 11；否决，计 0）"))
        #expect(text.contains("已触发否决"))
    }

    @Test func vetoSurvivesTheJSONRoundTrip() throws {
        let line = JSONRenderer(engineVersion: "test").render(submission, pretty: false)
        let (rows, errors) = ComparisonRowDecoder().rows(fromText: line)
        #expect(errors.isEmpty)
        let row = try #require(rows.first { $0.rubricId == "changsha-annual-130" })
        #expect(row.groups.first { $0.name == "重点任务" }?.vetoed == true)
        #expect(row.indicators.first { $0.id == "KV" }?.vetoTriggered == true)
        let budget = try #require(rows.first { $0.rubricId == "changsha-xinfang-overall-100" })
        #expect(!budget.anyVeto)
    }

    @Test func assessmentSectionLeadsWithTheVeto() throws {
        // The veto is in the annual assessment (changsha-annual-130), so it leads that section, not the report's.
        let narrative = NarrativeRenderer.assessmentNarrative(of: submission)
        let first = try #require(narrative.problems.first)
        #expect(first.title == "触发一票否决，“重点任务”得分归零")
        #expect(first.evidence.joined().contains("特护期未确保“五个不发生”"))
        let text = NarrativeRenderer(assessment: true).render(submission, format: .text)
        #expect(text.contains("（一）触发一票否决，“重点任务”得分归零"))
        #expect(!text.contains("未触发"))
    }
}
