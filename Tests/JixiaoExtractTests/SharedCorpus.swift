import Foundation
import JixiaoEngine
import JixiaoExtract
import Testing

/// The real pages in ../shared (beside the repository), read in place: their text is never copied into the project.
enum SharedCorpus {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")

    static var available: Bool {
        FileManager.default.fileExists(atPath: shared.appendingPathComponent("corpus/dev").path)
    }

    static let skipReason: Comment = "跳过：仓库旁没有 ../shared（真实语料与种子文档），无法读取真实页面"

    /// The dev corpus page whose name starts with `prefix` (“05_”).
    static func page(_ prefix: String) throws -> String {
        let folder = shared.appendingPathComponent("corpus/dev")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        guard let name = names.first(where: { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") }) else {
            throw CorpusError("找不到语料 \(prefix)")
        }
        return folder.appendingPathComponent(name).path
    }

    static var seed: String { shared.appendingPathComponent("seed/000_8fabc10d5478d4ee.txt").path }

    /// Extracts the document and runs the statement relations on what was extracted, as `jixiao check DOCUMENT` does.
    static func check(_ path: String) throws -> (extraction: Extraction, checks: [CheckResult]) {
        let document = try DocumentLoader.load(path: path)
        let extraction = Extraction(document)
        let yaml = SubmissionWriter(extraction).write().yaml
        let submission = try SubmissionLoader().load(bytes: Array(yaml.utf8), file: path)
        return (extraction, StatementChecker().check(submission.statements))
    }
}

struct CorpusError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension Array where Element == CheckResult {
    /// Verdicts of the results of `relation` (`completion`, `items-sum.prior`, `same-quantity.counts.人次` …) on
    /// statements about `subject`. Ids differ from the hand encodings, so results are found by relation and subject.
    func verdicts(_ relation: String, _ subject: String) -> [CheckResult.Verdict] {
        filter { $0.id.hasPrefix("statement.\(relation)[") && $0.name.hasPrefix(subject + " ") }.map(\.verdict)
    }

    var mismatches: [CheckResult] { filter { $0.verdict == .mismatch } }
}
