import JixiaoYAML

/// Plausibility of a submission's frame: values that decode but cannot be meant, reported at their place.
enum SubmissionFrameChecks {
    /// Longest department name accepted; real names are under 50 characters, and the name is printed in
    /// every table, so a huge one would blow up every output.
    static let maximumDepartmentLength = 200
    /// Years a performance self-assessment can be for.
    static let years = 1949...2100

    static func department(_ name: String?, node: Node?, sink: DiagnosticSink) {
        guard let name, let node else { return }
        if name.trimmed.isEmpty {
            sink.report(Diagnostic(location: node.location, path: "department", message: "部门名称（department）为空"))
        } else if name.count > maximumDepartmentLength {
            sink.report(Diagnostic(location: node.location, path: "department",
                                   message: "部门名称过长：\(name.count) 个字符，最多 \(maximumDepartmentLength) 个"))
        }
    }

    static func year(_ year: Int?, node: Node?, sink: DiagnosticSink) {
        guard let year, let node, !years.contains(year) else { return }
        sink.report(Diagnostic(location: node.location, path: "year",
                               message: "年度 \(year) 不在合理范围 \(years.lowerBound)–\(years.upperBound) 内"))
    }
}
