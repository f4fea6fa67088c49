import JixiaoEngine
import JixiaoRender

/// Scores each file and prints it, going on past bad files: the loop `score` and `check` share.
struct ScoringRun {
    enum Format: String, CaseIterable {
        case text, json, markdown
    }

    let rubrics: [String]
    let rubricsDirectory: String?
    let format: Format
    let strict: Bool
    /// The form rubric whose checks a file's forms get when no rubric given scores them (`check`).
    var formChecks: String? = nil
    /// Terminal width, rules and `--explain` for the text format.
    var textStyle = TextStyle()

    func run(_ files: [String]) throws {
        var failed = 0
        var gateFailures = 0
        for (index, file) in files.enumerated() {
            do {
                let (bytes, extracted) = try DocumentInput.bytes(file)
                let scorer = SubmissionScorer(catalog: RubricCatalogs.catalog(for: file, directory: rubricsDirectory))
                var result = try scorer.score(bytes: bytes, file: InputFiles.displayName(file), rubrics: rubrics, formChecks: formChecks)
                if let extracted { DocumentInput.relocate(&result, extracted, file: file) }
                print(render(result, pretty: files.count == 1), terminator: "")
                if Self.failsGate(result) { gateFailures += 1 }
                if format != .json && index < files.count - 1 { print("") }
            } catch {
                failed += 1
                StandardError.write(error.description)
            }
        }
        if failed > 0 {
            if files.count > 1 { StandardError.write("共 \(files.count) 个文件，\(failed) 个未能处理。") }
            throw ExitCodes.badInput
        }
        if strict && gateFailures > 0 {
            StandardError.write("数据核对未通过：\(gateFailures) 个文件存在不一致、数据不足，或没有任何数据得到核对（--strict）。")
            throw ExitCodes.gateFailed
        }
    }

    /// A gate passes only on figures that were actually verified: a mismatch, missing data, or a file of which
    /// no rubric verified anything fails it.
    static func failsGate(_ result: SubmissionResult) -> Bool {
        result.results.filter(\.rubric.checksFigures).allSatisfy(\.coverage.nothingVerified)
            || result.results.contains { $0.checks.contains { $0.verdict == .mismatch || $0.verdict == .insufficientData } }
    }

    private func render(_ result: SubmissionResult, pretty: Bool) -> String {
        switch format {
        case .text: TextRenderer(style: textStyle).render(result)
        case .markdown: MarkdownRenderer().render(result)
        case .json: JSONRenderer(engineVersion: Jixiao.version).render(result, pretty: pretty) + "\n"
        }
    }
}
