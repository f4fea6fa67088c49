import JixiaoYAML

/// Scores one submission file against the rubrics it names (or the ones given instead).
public struct SubmissionScorer: Sendable {
    public let catalog: RubricCatalog
    public let submissionLoader: SubmissionLoader

    public init(catalog: RubricCatalog, submissionLoader: SubmissionLoader = SubmissionLoader()) {
        self.catalog = catalog
        self.submissionLoader = submissionLoader
    }

    /// - Parameters:
    ///   - rubrics: rubric ids or paths overriding the submission's own `rubrics:` field.
    ///   - formChecks: a form rubric whose checks (not its scores) the file's self-assessment forms get when none of
    ///     the rubrics scores forms: `jixiao check` verifies a form's 执行率, row scores and 总分 as it verifies
    ///     statements. Skipped when the rubric cannot be found.
    public func score(bytes: [UInt8], file: String, rubrics override: [String] = [],
                      formChecks: String? = nil) throws(DiagnosticError) -> SubmissionResult {
        let submission = try submissionLoader.load(bytes: bytes, file: file)
        // A file that names no rubric is still checked: what it states needs no rubric to verify.
        var references = override.isEmpty ? submission.rubrics : override
        if references.isEmpty { references = [Rubric.checksOnlyId] }
        var results: [RubricResult] = []
        // The figures are listed in the walk that finds the implausible facts.
        let (figures, implausibleFacts) = FigureCoverageCounter(submission: submission).figuresAndImplausibleFacts()
        var diagnostics: [Diagnostic] = implausibleFacts
        if override.isEmpty {
            // A submission names rubric ids; which files those are is the command line's business, so a
            // submission cannot bring its own rubric or read a file outside the rubrics folder.
            let paths = references.filter(RubricCatalog.isPath)
            diagnostics += paths.map { path in
                Diagnostic(location: submission.rubricsLocation ?? SourceLocation(file: file, line: 1, column: 1),
                           path: "rubrics",
                           message: "“\(path.abbreviated())”是文件路径：提交文件的 rubrics 只能写规则标识（如 dept-overall-100）；规则文件由命令行的 --rubric 或 --rubrics-dir 指定")
            }
            if !paths.isEmpty { throw DiagnosticError(diagnostics) }
        }
        let tree = SubmissionTree(submission: submission)
        for reference in references {
            do {
                let rubric = try catalog.rubric(reference, requestedAt: override.isEmpty ? submission.rubricsLocation : nil)
                if let rules = rubric.form {
                    results += try FormScorer(rubric: rubric, rules: rules).score(submission)
                } else {
                    results.append(try Scorer(rubric: rubric).score(submission, figures: figures, tree: tree))
                }
            } catch {
                diagnostics += error.diagnostics
            }
        }
        let rubrics = references.compactMap { try? catalog.rubric($0) }
        if let formChecks, !submission.forms.isEmpty, !rubrics.contains(where: { $0.form != nil }),
           let rubric = try? catalog.rubric(formChecks), let rules = rubric.form {
            // A file holding forms only: the checks-only rubric has nothing of its own to check, and saying so
            // beside the forms' checks would only confuse.
            if submission.statements.isEmpty, submission.facts == nil {
                results.removeAll { $0.rubric.checksOnly && $0.coverage.nothingVerified }
            }
            results += try FormScorer(rubric: rubric, rules: rules).score(submission).map(\.checksOnly)
        }
        diagnostics += unknownCauses(submission, rubrics: rubrics)
        diagnostics += ScoreTableChecks.problems(submission, scored: rubrics, named: submission.rubrics)
        if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
        return SubmissionResult(path: file, sha256: submission.sha256, department: submission.department,
                                year: submission.year, results: results)
    }

    /// A cause given for a finding no rubric defines would silently go unused.
    private func unknownCauses(_ submission: Submission, rubrics: [Rubric]) -> [Diagnostic] {
        let ids = Set(rubrics.flatMap { $0.findings.map(\.id) })
        return submission.causes.keys.sorted().compactMap { key in
            let base = key.split(separator: "[").first.map(String.init) ?? key
            guard !ids.contains(base) else { return nil }
            return Diagnostic(location: submission.causesLocation ?? SourceLocation(file: submission.file, line: 1, column: 1),
                              path: "causes.\(key)", message: "没有标识为“\(base)”的问题模板，这条原因不会被使用",
                              hint: Suggestion.didYouMean(base, among: ids.sorted()))
        }
    }
}
