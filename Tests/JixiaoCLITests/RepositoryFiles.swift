import Foundation
import JixiaoEngine

/// Paths of the shipped rubrics and submissions, found from this file's location.
enum RepositoryFiles {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static let seedSubmission = path("submissions/changsha-xinfang-2023.yaml")
    static let rubricsDirectory = path("rubrics")

    /// Scores the seed submission against the rubrics it names, as `jixiao score` does.
    static func scoreSeed() throws -> SubmissionResult {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: seedSubmission)))
        let scorer = SubmissionScorer(catalog: RubricCatalog(searchDirectories: [rubricsDirectory]))
        return try scorer.score(bytes: bytes, file: "submissions/changsha-xinfang-2023.yaml")
    }
}

extension SubmissionResult {
    func result(_ rubricId: String) -> RubricResult? { results.first { $0.rubric.id == rubricId } }
}

extension RubricResult {
    func indicator(_ id: String) -> IndicatorResult? { allIndicators.first { $0.id == id } }
    func metric(_ id: String) -> MetricResult? { metrics.first { $0.id == id } }
    func group(_ id: String) -> GroupResult? { groups.first { $0.id == id } }
}

extension RepositoryFiles {
    /// Scores one shipped submission (path relative to the repository) against the rubrics it names.
    static func score(_ relative: String) throws -> SubmissionResult {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path(relative))))
        let scorer = SubmissionScorer(catalog: RubricCatalog(searchDirectories: [rubricsDirectory]))
        return try scorer.score(bytes: bytes, file: relative)
    }

    /// Runs the statement relations of a submission in the repository, as `jixiao check` does for them.
    static func checkStatements(_ relative: String) throws -> [CheckResult] {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path(relative))))
        let submission = try SubmissionLoader().load(bytes: bytes, file: relative)
        return StatementChecker().check(submission.statements)
    }
}

extension Array where Element == CheckResult {
    func verdict(_ id: String) -> CheckResult.Verdict? { first { $0.id == id }?.verdict }
    func ids(with verdict: CheckResult.Verdict) -> Set<String> { Set(filter { $0.verdict == verdict }.map(\.id)) }
}

extension RepositoryFiles {
    /// Scores the forms of a submission in the repository with the shipped rubric `project-self-assessment-100`.
    static func scoreForms(_ relative: String) throws -> [RubricResult] {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path(relative))))
        let scorer = SubmissionScorer(catalog: RubricCatalog(searchDirectories: [rubricsDirectory]))
        return try scorer.score(bytes: bytes, file: relative, rubrics: ["project-self-assessment-100"]).results
    }
}
