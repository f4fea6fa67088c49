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
    // Inlined: a report has a few of these per cell, and the call cost more than the copy.
    @inline(__always)
    mutating func literal(_ text: StaticString) {
        bytes.append(text)
    }

    /// Text made by jixiao itself, already valid Markdown (a code span, a count), copied as it is.
    mutating func plain(_ text: String) {
        bytes.append(text)
    }

    /// Text made by jixiao itself, written in pieces by `write` (a phrase of ``CheckSummary``), copied as it is.
    mutating func plain(_ write: (inout ByteBuffer) -> Void) {
        write(&bytes)
    }

    /// Untrusted text as a code span (a file path), as ``MarkdownText/code(_:)`` writes it.
    mutating func code(_ text: String) {
        MarkdownText.append(code: text, to: &bytes)
    }

    /// Untrusted text, escaped as ``MarkdownText/cell(_:)`` escapes it.
    mutating func escaped(_ text: String) {
        MarkdownText.append(cell: text, to: &bytes)
    }

    /// Untrusted text written in pieces by `write` (a phrase of ``ResultText``, a name after its id), escaped as the
    /// pieces joined would be by ``escaped(_:)``: written as they are, then escaped in place if they need it, as
    /// they seldom do.
    mutating func escaped(_ write: (inout ByteBuffer) -> Void) {
        let start = bytes.count
        write(&bytes)
        guard !bytes.withBytes(from: start, MarkdownText.isPlain) else { return }
        let text = bytes.text(from: start)
        bytes.removeBytes(from: start)
        MarkdownText.append(cell: text, to: &bytes)
    }

    /// Starts a table row, `| a | b |`, on a new line: its cells follow, each closing itself with " |".
    mutating func startRow() {
        newLine()
        literal("|")
    }

    /// The next cell of the row, escaped.
    mutating func cell(_ text: String) {
        literal(" ")
        escaped(text)
        literal(" |")
    }

    /// The next cell of the row, written in pieces and escaped as one (see the ``escaped(_:)`` that takes pieces).
    mutating func cell(_ write: (inout ByteBuffer) -> Void) {
        literal(" ")
        escaped(write)
        literal(" |")
    }
}
