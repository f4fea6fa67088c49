import Foundation
import JixiaoEngine
import JixiaoExtract
import JixiaoYAML

/// A document given to `check`, `score` or `narrative` instead of a submission: extracted first, and every
/// finding then pointed at the document's own line and sentence.
enum DocumentInput {
    struct Extracted {
        var extraction: Extraction
        var output: SubmissionWriter.Output
    }

    /// Reads the document through the same bounded, link-safe reader as every input, then extracts it.
    static func extract(_ path: String) throws(DiagnosticError) -> Extracted {
        let bytes = try InputFiles.read(path)
        do {
            let extraction = Extraction(try DocumentLoader.load(bytes: bytes, name: path))
            return Extracted(extraction: extraction, output: SubmissionWriter(extraction).write())
        } catch {
            // The diagnostic names the file already: the message need not repeat it.
            let message = error.message.hasPrefix(path + "：") ? String(error.message.dropFirst(path.count + 1)) : error.message
            throw DiagnosticError(Diagnostic(location: SourceLocation(file: path, line: 1, column: 1), path: "", message: message))
        }
    }

    /// The bytes to score for `path`: the file itself for a submission, the extracted YAML for a document.
    static func bytes(_ path: String) throws(DiagnosticError) -> (bytes: [UInt8], extracted: Extracted?) {
        guard !DocumentLoader.isSubmission(path) else { return (try InputFiles.read(path), nil) }
        let extracted = try extract(path)
        StandardError.write("\(path)：\(extracted.extraction.summary)")
        return (Array(extracted.output.yaml.utf8), extracted)
    }

    /// Points every check at the document: its line and column, and the sentence the stated figure stands in.
    static func relocate(_ result: inout SubmissionResult, _ extracted: Extracted, file: String) {
        for r in result.results.indices {
            for c in result.results[r].checks.indices {
                guard let yamlLine = result.results[r].checks[c].location?.line,
                      let place = extracted.output.places[yamlLine] else { continue }
                result.results[r].checks[c].location = SourceLocation(file: file, line: place.line, column: place.column)
                if let sentence = extracted.extraction.sentence(line: place.line, column: place.column) {
                    // The statement's line is where it begins; the figure checked may stand on a later line.
                    let whereText = result.results[r].checks[c].whereInDocument?.replacingOccurrences(
                        of: #"第 \d+ 行"#, with: "第 \(place.line) 行", options: .regularExpression)
                    result.results[r].checks[c].whereInDocument = [whereText, "原文：“\(sentence)”"].compactMap { $0 }.joined(separator: "，")
                }
            }
        }
    }
}
