import CYAML

/// Owns one libyaml parser and its current event, read in place by the tree builder.
///
/// The builder asks for what it needs of each event (its location, a scalar's text, an anchor or tag when
/// there is one) instead of receiving a copy of everything in Swift values: the copy, made and destroyed for
/// every event, cost more than building the node. A class so that `deinit` can release the C parser; it is
/// used by one loader call only and never shared between threads.
final class EventParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    /// libyaml reads from this buffer without copying, so it must live as long as the parser.
    private let input: UnsafeMutableBufferPointer<UInt8>
    private let lineIndex: LineIndex
    /// The file's number in ``SourceFileNames``, looked up once for the locations of all its events.
    private let fileNumber: Int
    /// The current event, valid until the next call of `advance()`.
    private let event: UnsafeMutablePointer<yaml_event_t>
    private var holdsEvent = false

    /// Prepares to parse `bytes`, which must not start with a UTF-16 byte order mark; libyaml checks their UTF-8
    /// as it reads them.
    init(bytes: [UInt8], file: String) {
        lineIndex = LineIndex(bytes: bytes, file: file)
        fileNumber = SourceFileNames.shared.number(of: file)
        input = .allocate(capacity: max(bytes.count, 1))
        _ = input.initialize(from: bytes)
        parser = .allocate(capacity: 1)
        event = .allocate(capacity: 1)
        // yaml_parser_initialize only fails when malloc does; there is nothing better to do then.
        guard yaml_parser_initialize(parser) != 0 else {
            fatalError("libyaml 无法分配解析器内存")
        }
        yaml_parser_set_input_string(parser, input.baseAddress, bytes.count)
        // The encoding is left to libyaml's detection on purpose: valid UTF-8 never starts
        // with a UTF-16 byte order mark, so it always picks UTF-8, and detection is what
        // removes a UTF-8 byte order mark (forcing UTF-8 would count it as a column).
    }

    deinit {
        if holdsEvent { yaml_event_delete(event) }
        event.deallocate()
        yaml_parser_delete(parser)
        parser.deallocate()
        input.deallocate()
    }

    /// Moves to the next event of the stream and gives its type, or throws the syntax error libyaml found.
    func advance() throws(YAMLError) -> yaml_event_type_t {
        if holdsEvent {
            yaml_event_delete(event)
            holdsEvent = false
        }
        guard yaml_parser_parse(parser, event) != 0 else {
            throw currentError()
        }
        holdsEvent = true
        return event.pointee.type
    }

    /// Where the current event starts.
    var location: SourceLocation {
        location(of: event.pointee.start_mark)
    }

    /// The current event's scalar; only for a scalar event.
    var scalar: Scalar {
        let data = event.pointee.data.scalar
        // Use the explicit length: a double-quoted "\0" puts a NUL inside the value.
        let text = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
        return Scalar(text: text, style: Self.style(data.style))
    }

    /// The anchor (`&name`) of the current scalar, sequence or mapping event, if it has one.
    var anchor: String? {
        switch event.pointee.type {
        case YAML_SCALAR_EVENT: Self.string(event.pointee.data.scalar.anchor)
        case YAML_SEQUENCE_START_EVENT: Self.string(event.pointee.data.sequence_start.anchor)
        case YAML_MAPPING_START_EVENT: Self.string(event.pointee.data.mapping_start.anchor)
        default: nil
        }
    }

    /// The tag of the current scalar, sequence or mapping event, if the source gave one.
    var tag: String? {
        switch event.pointee.type {
        case YAML_SCALAR_EVENT: Self.string(event.pointee.data.scalar.tag)
        case YAML_SEQUENCE_START_EVENT: Self.string(event.pointee.data.sequence_start.tag)
        case YAML_MAPPING_START_EVENT: Self.string(event.pointee.data.mapping_start.tag)
        default: nil
        }
    }

    /// The name an alias event refers to.
    var aliasName: String {
        Self.string(event.pointee.data.alias.anchor) ?? ""
    }

    /// libyaml marks are 0-based; `column` already counts characters (each UTF-8
    /// sequence advances it by one), and a byte order mark is not counted.
    private func location(of mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(fileNumber: fileNumber, line: mark.line + 1, column: mark.column + 1)
    }

    private func currentError() -> YAMLError {
        let state = parser.pointee
        let problem = Self.string(state.problem) ?? "unknown error"
        switch state.error {
        case YAML_READER_ERROR:
            // Reader errors carry a byte offset instead of a mark.
            var message = "YAML 读取错误：\(problem)"
            if state.problem_value != -1 {
                let hex = String(UInt32(bitPattern: state.problem_value), radix: 16, uppercase: true)
                message += "（字符 U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex)）"
            }
            return YAMLError(location: lineIndex.location(ofByteOffset: state.problem_offset), message: message)
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            var message = "YAML 语法错误：\(LibyamlMessages.problem(problem))"
            if let context = Self.string(state.context) {
                let start = location(of: state.context_mark)
                message += "（\(LibyamlMessages.context(context))，始于第 \(start.line) 行第 \(start.column) 列）"
            }
            return YAMLError(location: location(of: state.problem_mark), message: message)
        case YAML_MEMORY_ERROR:
            return YAMLError(location: location(of: state.problem_mark), message: "YAML 解析时内存不足")
        default:
            return YAMLError(location: location(of: state.problem_mark), message: "YAML 解析失败：\(problem)")
        }
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func style(_ style: yaml_scalar_style_t) -> ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
