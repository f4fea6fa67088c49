import JixiaoYAML

/// The steps every input file goes through: YAML → node tree → decoded value, all problems reported at once.
enum DocumentReader {
    static func decode<Decoded>(
        bytes: [UInt8], file: String, limits: YAMLLimits, what: String,
        _ decode: (Node, DiagnosticSink, _ sha256: String) -> Decoded?
    ) throws(DiagnosticError) -> Decoded {
        let document: YAMLDocument
        do {
            document = try YAMLLoader(limits: limits).loadDocument(bytes: bytes, file: file)
        } catch {
            throw DiagnosticError(error)
        }
        let sink = DiagnosticSink()
        MergeKeys.report(in: document, sink: sink)
        let decoded = decode(document.root, sink, SHA256.hex(of: bytes))
        try sink.throwIfAny()
        guard let decoded else {
            throw DiagnosticError(Diagnostic(location: SourceLocation(file: file, line: 1, column: 1), path: "",
                                             message: "\(what)无法读取"))
        }
        return decoded
    }
}
