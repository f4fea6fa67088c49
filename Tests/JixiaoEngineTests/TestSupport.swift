import Testing
import JixiaoExpression
import JixiaoYAML
@testable import JixiaoEngine

/// A rational from decimal text ("8.861", "88.61%"), for readable expectations; traps on a typo in the test.
func r(_ text: String) -> Rational {
    guard let value = Rational(decimalText: text) else { fatalError("测试里的数值写错了：\(text)") }
    return value
}

/// File name given to inline rubrics, so locations can be compared whole.
let rubricFile = "rubric.yaml"
/// File name given to inline submissions.
let submissionFile = "submission.yaml"

/// Loads an inline rubric; a test that expects success fails with every diagnostic printed.
func loadRubric(_ yaml: String) throws -> Rubric {
    try RubricLoader().load(bytes: Array(yaml.utf8), file: rubricFile)
}

/// Loads an inline submission.
func loadSubmission(_ yaml: String) throws -> Submission {
    try SubmissionLoader().load(bytes: Array(yaml.utf8), file: submissionFile)
}

/// The diagnostics an inline rubric is rejected with, or `[]` when it loads.
func rubricDiagnostics(_ yaml: String) -> [Diagnostic] {
    do {
        _ = try RubricLoader().load(bytes: Array(yaml.utf8), file: rubricFile)
        return []
    } catch {
        return error.diagnostics
    }
}

/// The diagnostics an inline submission is rejected with when it loads, or `[]` when it loads.
func submissionDiagnostics(_ yaml: String) -> [Diagnostic] {
    do {
        _ = try SubmissionLoader().load(bytes: Array(yaml.utf8), file: submissionFile)
        return []
    } catch {
        return error.diagnostics
    }
}

/// The diagnostics scoring `submission` against `rubric` fails with, or `[]` when it scores.
func scoringDiagnostics(rubric: String, submission: String) throws -> [Diagnostic] {
    let rubric = try loadRubric(rubric)
    let submission = try loadSubmission(submission)
    do {
        _ = try Scorer(rubric: rubric).score(submission)
        return []
    } catch {
        return error.diagnostics
    }
}

/// Loads both documents and scores them.
func score(rubric: String, submission: String) throws -> RubricResult {
    try Scorer(rubric: try loadRubric(rubric)).score(try loadSubmission(submission))
}

/// `file:line:column` of a location in the inline rubric.
func at(_ line: Int, _ column: Int, file: String = rubricFile) -> JixiaoYAML.SourceLocation {
    JixiaoYAML.SourceLocation(file: file, line: line, column: column)
}

extension RubricResult {
    /// The indicator with `id`; records an issue when there is none.
    func indicator(_ id: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> IndicatorResult? {
        let found = allIndicators.first { $0.id == id }
        if found == nil { Issue.record("结果中没有指标 \(id)", sourceLocation: sourceLocation) }
        return found
    }

    /// The top-level or nested group with `id`.
    func group(_ id: String) -> GroupResult? {
        func search(_ groups: [GroupResult]) -> GroupResult? {
            for group in groups {
                if group.id == id { return group }
                if let found = search(group.groups) { return found }
            }
            return nil
        }
        return search(groups)
    }
}

/// Scores one method example built on the spot, for boundary cases the shipped examples do not cover.
func outcome(_ method: any ScoringMethod.Type, _ parameters: String, points: String,
             inputs: [String: String] = [:], manualScore: String? = nil) throws -> MethodOutcome {
    try MethodExample("边界", parameters: parameters, points: points, inputs: inputs,
                      manualScore: manualScore, expected: .notComputable).run(method)
}

/// The diagnostics a method's parameters are rejected with when loaded for an indicator worth `points`.
func parameterDiagnostics(_ method: any ScoringMethod.Type, _ parameters: String, points: String) -> [Diagnostic] {
    do {
        _ = try outcome(method, parameters, points: points)
        return []
    } catch let error as DiagnosticError {
        return error.diagnostics
    } catch {
        Issue.record("意外的错误类型：\(error)")
        return []
    }
}

/// The score of a scored outcome, nil for any other state.
extension MethodOutcome {
    var score: Rational? {
        if case .scored(let value) = kind { return value }
        return nil
    }
}

extension String {
    /// The text with the first occurrence of `target` replaced; traps when the test's template lacks it.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { fatalError("模板中没有“\(target)”") }
        return replacingCharacters(in: range, with: replacement)
    }
}
