/// The `jixiao.rubric/2` lines of one results file read so far: per rubric (id and sha256), its checks' header
/// entries by id, which the `jixiao.result/2` lines after them name.
///
/// A later header of the same rubric replaces an earlier one, so files joined with `cat` read as they were written.
public struct RubricHeaders: Sendable {
    private var checksByRubric: [RubricKey: [String: ExactJSON]] = [:]

    private struct RubricKey: Hashable {
        var id: String
        var sha256: String
    }

    public init() {}

    mutating func include(_ header: ExactJSON, decoder: ComparisonRowDecoder) throws(ComparisonInputError) {
        let rubric = try decoder.object(header, "rubric")
        let checks = try decoder.object(header, "checks")
        var byId: [String: ExactJSON] = [:]
        for (id, entry) in checks.members ?? [] {
            guard entry.members != nil else { throw ComparisonRowDecoder.error(entry, "核对“\(id)”应为对象，实际为\(entry.kindName)") }
            byId[id] = entry
        }
        checksByRubric[RubricKey(id: try decoder.string(rubric, "id"), sha256: try decoder.string(rubric, "sha256"))] = byId
    }

    /// The header entries of the rubric a /2 result names; an error when no header of it came before.
    func checks(of rubric: ExactJSON, decoder: ComparisonRowDecoder) throws(ComparisonInputError) -> [String: ExactJSON] {
        let id = try decoder.string(rubric, "id")
        guard let checks = checksByRubric[RubricKey(id: id, sha256: try decoder.string(rubric, "sha256"))] else {
            throw ComparisonRowDecoder.error(rubric, "规则“\(id)”的核对说明行（\(ComparisonRowDecoder.rubricSchema)）应在使用它的结果行之前，文件中没有找到")
        }
        return checks
    }
}
