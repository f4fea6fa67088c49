import JixiaoEngine
import JixiaoRender
import Testing

/// The narrative says only what the file supports (issue 11, item 3).
@Suite("问题草稿：只写文件能支持的内容")
struct NarrativeFaithfulnessTests {
    let seed: SubmissionResult

    init() throws {
        seed = try RepositoryFiles.scoreSeed()
    }

    @Test func defaultNarrativeCoversTheBudgetRubricOnly() throws {
        let text = NarrativeRenderer().render(seed, format: .text)
        // The annual assessment's problems (网上信访, 接访下访, 重点领域) are not in the report's sections …
        #expect(!text.contains("网上信访"))
        #expect(!text.contains("接访下访"))
        // … but come, apart and marked, with the option.
        let withAssessment = NarrativeRenderer(assessment: true).render(seed, format: .text)
        #expect(withAssessment.contains("附：年度考核反映的问题（不属于自评报告正文）"))
        #expect(withAssessment.contains("该考核规则为重构模型"))
        let json = JSONRenderer(engineVersion: "test").narrativeJSON(seed).serialized(pretty: false)
        #expect(json.contains(#""rubrics":["changsha-xinfang-overall-100"]"#))
        #expect(json.contains(#""assessment":null"#))
    }

    @Test func reconstructedTargetIsNotCalledARequirement() throws {
        let text = NarrativeRenderer(assessment: true).render(seed, format: .text)
        #expect(!text.contains("的要求"))
        #expect(text.contains("少于本重构考核模型设定的全年120次"))
        // The trigger only shows the figure is absent; the draft no longer describes what the material lists.
        #expect(!text.contains("只列出网上群众工作荣誉"))
    }

    @Test func amountsCannotBeMisread() throws {
        let text = NarrativeRenderer().render(seed, format: .text)
        // 行政运行: 1435.88 − 1365.06 = 70.82 over the initial budget, stated as a difference.
        #expect(text.contains("行政运行支出决算1435.88万元，比年初预算1365.06万元多70.82万元，为年初预算的105.19%"))
        #expect(!text.contains("超出年初预算1365.06万元"))
    }

    @Test func mismatchesAreInReadersWords() throws {
        let narrative = NarrativeRenderer.narrative(of: seed)
        let quality = try #require(narrative.problems.first { $0.title == "决算数据存在不一致" })
        let evidence = quality.evidence.joined()
        #expect(evidence.contains("第三部分 五（三）所列信访事务完成预算的百分比为48.53%，按文件中的相关数据计算应为49.12%"))
        // A statement relation: the subject and measure, without the formula "= 本年 − 上年".
        #expect(evidence.contains("附件 自评报告 二（一）2所列公车运行维护费较上年增减额为0.88万元"))
        // 160 人次 printed in the 自评 against 99 in 说明七（二）: named by what the figure is.
        #expect(evidence.contains("附件 自评报告 二（一）2所列公务接待费人次为160"))
        // No formula from the check definitions.
        #expect(!evidence.contains(" = ") && !evidence.contains("÷") && !evidence.contains("×") && !evidence.contains("与前文"))
    }

    @Test func titlesFollowTheFigures() throws {
        // 开福区: 公用经费 rose, “三公” fell (4.23 from 4.35): only the rise is a problem, under its own title.
        let kaifu = try RepositoryFiles.score("submissions/kaifu-xinfang-2023.yaml")
        let titles = NarrativeRenderer.narrative(of: kaifu).problems.map(\.title)
        #expect(titles.contains("机关运行经费较上年增长"))
        #expect(!titles.contains { $0.contains("三公") })
    }
}
