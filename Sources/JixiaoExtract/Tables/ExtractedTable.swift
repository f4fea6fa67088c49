/// One of the standard 公开 tables as read from the document, ready to be written under `facts:`.
public struct ExtractedTable: Sendable {
    /// A value of the table's fact tree: a figure as printed, a text, a mapping or a list, keys in order.
    public indirect enum Value: Sendable {
        case figure(String, line: Int)
        case text(String)
        case map([(String, Value)])
        case list([Value])
    }

    /// `t01` … `t09`.
    public var key: String
    public var title: String
    /// The line of the 公开NN表 marker.
    public var line: Int
    /// The facts of the table under the names the rubrics use (t05.total.total, t05.rows[…].code …).
    public var facts: [(String, Value)]
    /// Document lines whose numbers the table holds, with the fact path of the row.
    public var rowLines: [Int: String]
    /// Where reading stopped before the table's end, and why; nil when every row was read.
    public var stoppedAt: (line: Int, reason: String)?
}
