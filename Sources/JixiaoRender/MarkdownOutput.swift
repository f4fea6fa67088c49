/// A Markdown document written straight into UTF-8 bytes, line by line: fixed text is copied as it is, untrusted
/// text escaped on the way in (``MarkdownText/append(cell:to:)``), with no String built per line or cell.
/// Lines are separated by "\n", with none after the last, as `[String].joined(separator: "\n")` would give.
/// Written into a ``ByteBuffer``: a report is hundreds of small pieces, and an Array append cost some hundred
/// instructions each.
struct MarkdownOutput: ~Copyable {
    private var bytes: ByteBuffer
    private var hasLine = false

    init(capacity: Int = 16 * 1024) {
        bytes = ByteBuffer(capacity: capacity)
    }

    /// The document written, handed over without a copy.
    consuming func take() -> RenderedBytes {
        bytes.take()
    }

    /// Starts a new line; what is written next goes on it.
    mutating func newLine() {
        if hasLine { bytes.append(UInt8(ascii: "\n")) }
        hasLine = true
    }

    /// A whole line of fixed text ("" for a blank line).
    mutating func line(_ text: StaticString) {
        newLine()
        literal(text)
    }

    /// Fixed text, copied as one block.
    mutating func literal(_ text: StaticString) {
        bytes.append(text)
    }

    /// Text made by jixiao itself, already valid Markdown (a code span, a count), copied as it is.
    mutating func plain(_ text: String) {
        bytes.append(text)
    }

    /// Untrusted text, escaped as ``MarkdownText/cell(_:)`` escapes it.
    mutating func escaped(_ text: String) {
        MarkdownText.append(cell: text, to: &bytes)
    }

    /// A table row: `| a | b |`, each cell escaped.
    mutating func row(_ cells: String...) {
        newLine()
        literal("| ")
        for (index, cell) in cells.enumerated() {
            if index > 0 { literal(" | ") }
            escaped(cell)
        }
        literal(" |")
    }
}
