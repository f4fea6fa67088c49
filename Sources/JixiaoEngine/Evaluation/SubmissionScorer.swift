import JixiaoYAML

/// Scores one submission file against the rubrics it names (or the ones given instead).
public struct SubmissionScorer: Sendable {
    public let catalog: RubricCatalog
    public let submissionLoader: SubmissionLoader

    public init(catalog: RubricCatalog, submissionLoader: SubmissionLoader = SubmissionLoader()) {
        self.catalog = catalog
        self.submissionLoader = submissionLoader
    }

    /// - Parameter rubrics: rubric ids or paths overriding the submission's own `rubrics:` field.
    public func score(bytes: [UInt8], file: String, rubrics override: [String] = []) throws(DiagnosticError) -> SubmissionResult {
        let submission = try submissionLoader.load(bytes: bytes, file: file)
        let references = override.isEmpty ? submission.rubrics : override
        if references.isEmpty {
            throw DiagnosticError(Diagnostic(location: SourceLocation(file: file, line: 1, column: 1), path: "rubrics",
                                             message: "提交文件没有指定规则（rubrics），命令行也未给出 --rubric"))
        }
        var results: [RubricResult] = []
        var diagnostics: [Diagnostic] = []
        for reference in references {
            do {
                let rubric = try catalog.rubric(reference, requestedAt: override.isEmpty ? submission.rubricsLocation : nil)
                results.append(try Scorer(rubric: rubric).score(submission))
            } catch {
                diagnostics += error.diagnostics
            }
        }
        if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
        return SubmissionResult(path: file, sha256: submission.sha256, department: submission.department,
                                year: submission.year, results: results)
    }
}
