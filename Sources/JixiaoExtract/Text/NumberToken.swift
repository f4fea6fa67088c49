/// One number as printed in a line: its digits, and the `%`, unit or count word printed right after it.
struct NumberToken: Equatable {
    enum Kind: Equatable { case amount, rate, count, bare }

    var kind: Kind
    /// Columns (0-based, in characters) of the digits, a leading minus included.
    var numberRange: Range<Int>
    /// Columns of the digits with the `%`, the unit or the count word.
    var range: Range<Int>
    /// 元, 千元, 万元 or 亿元, when printed.
    var unit: String?
    /// 人次, 批次, 辆 … when printed.
    var countWord: String?
    /// Printed “N余” or “N多”.
    var approximate: Bool
    /// A year, date, ordinal, document number or page number: part of the text's structure, not a figure.
    var structural: Bool
    /// The digits and sign as printed (full-width kept).
    var printedNumber: String
    /// The `%` as printed with any blank before it (“ %”, “％”), or the unit as printed.
    var printedSuffix: String
}
