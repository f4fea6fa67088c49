/// Reads YAML text into `Node` trees that remember where every node came from.
///
/// Built on libyaml's event parser. Aliases are expanded into copies, scalars are
/// kept as text with their style, mapping keys keep source order and must be unique.
/// The `<<` merge key gets no special meaning (YAML 1.2).
public struct YAMLLoader: Sendable {
    public var limits: YAMLLimits

    public init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    /// All documents of a stream, in order; an empty stream gives an empty array.
    /// - Parameter file: the path to show in locations, as the user knows it.
    public func loadAll(bytes: [UInt8], file: String) throws(YAMLError) -> [Node] {
        try build(bytes: bytes, file: file).documents
    }

    /// The one document of a stream. An empty stream and a stream of several
    /// documents are both errors.
    public func load(bytes: [UInt8], file: String) throws(YAMLError) -> Node {
        try loadDocument(bytes: bytes, file: file).root
    }

    /// The one document of a stream, as `load(bytes:file:)`, with what the loader noticed while building it.
    public func loadDocument(bytes: [UInt8], file: String) throws(YAMLError) -> YAMLDocument {
        let (documents, sawMergeKey) = try build(bytes: bytes, file: file)
        guard let first = documents.first else {
            throw YAMLError(location: SourceLocation(file: file, line: 1, column: 1), message: "文件为空")
        }
        guard documents.count == 1 else {
            throw YAMLError(
                location: documents[1].location,
                message: "文件中有 \(documents.count) 个 YAML 文档，只允许一个"
            )
        }
        return YAMLDocument(root: first, mayHaveMergeKeys: sawMergeKey)
    }

    private func build(bytes: [UInt8], file: String) throws(YAMLError) -> (documents: [Node], sawMergeKey: Bool) {
        guard bytes.count <= limits.maxBytes else {
            throw tooLarge(size: bytes.count, file: file)
        }
        // libyaml's reader refuses ill-formed UTF-8 as strictly as RFC 3629 does (overlong forms, surrogates, code
        // points past U+10FFFF) and reads every byte of a stream it parses to the end, so a stream that loads was
        // valid: the bytes are checked here only when loading fails, so that the first bad byte is named whatever
        // error libyaml or the builder met first, and up front when a UTF-16 byte order mark would make libyaml
        // read them as UTF-16.
        if bytes.first == 0xFE || bytes.first == 0xFF { try checkUTF8(bytes, file: file) }
        var builder = TreeBuilder(events: EventParser(bytes: bytes, file: file), limits: limits, file: file)
        do throws(YAMLError) {
            let documents = try builder.buildStream()
            return (documents, builder.sawMergeKey)
        } catch {
            try checkUTF8(bytes, file: file)
            throw error
        }
    }

    /// Throws at the first byte of `bytes` that is not well-formed UTF-8, if there is one.
    private func checkUTF8(_ bytes: [UInt8], file: String) throws(YAMLError) {
        if let badOffset = UTF8Validation.firstInvalidByteOffset(in: bytes) {
            let location = LineIndex(bytes: bytes, file: file).location(ofByteOffset: badOffset)
            throw YAMLError(location: location, message: "文件不是有效的 UTF-8 编码")
        }
    }

    /// Reads the file at `path` and loads its one document. A file that cannot be
    /// read is reported at `path:1:1`.
    public func load(contentsOf path: String) throws(YAMLError) -> Node {
        switch FileReader.readAll(path: path, maxBytes: limits.maxBytes) {
        case .success(let bytes):
            return try load(bytes: bytes, file: path)
        case .failure(.tooLarge(let size)):
            throw tooLarge(size: size, file: path)
        case .failure(.unreadable(let reason)):
            throw YAMLError(location: SourceLocation(file: path, line: 1, column: 1), message: "无法读取文件：\(reason)")
        }
    }

    private func tooLarge(size: Int, file: String) -> YAMLError {
        YAMLError(
            location: SourceLocation(file: file, line: 1, column: 1),
            message: "文件过大：\(size) 字节，上限 \(limits.maxBytes) 字节"
        )
    }
}
