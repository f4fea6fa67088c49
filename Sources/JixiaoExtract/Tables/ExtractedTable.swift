/// One of the standard 公开 tables as read from the document: its rows with their codes, cells and 栏次.
public struct ExtractedTable: Sendable {
    public struct Row: Sendable {
        /// The document line of the row.
        public var line: Int
        /// The key the row is written under (`income.general_budget`, `rows[3]`).
        public var key: String
        public var label: String
        public var code: String?
        /// Cells as printed, by column name.
        public var cells: [(column: String, printed: String)]
    }

    /// `t01` … `t09`.
    public var key: String
    public var title: String
    public var line: Int
    public var rows: [Row]
    /// Where reading stopped early, and why; nil when the table was read to its end.
    public var stoppedAt: (line: Int, reason: String)?
}
