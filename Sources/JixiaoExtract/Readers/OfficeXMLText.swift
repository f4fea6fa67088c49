import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Collects the text of an Office Open XML part: Word paragraphs (w:p) and table rows (w:tr), or the cells of an
/// Excel sheet (c, v, is/t) and its shared strings (si).
///
/// A Word row keeps the table's grid: a cell spanning columns (w:gridSpan) is followed by empty cells for the columns
/// it covers, and columns skipped before the first cell (w:gridBefore) are empty cells, so a cell's index is its
/// column in every row — a form's figures stay under their header words. A vertically merged cell (w:vMerge) is
/// an empty cell in the rows it continues into.
final class OfficeXMLText: NSObject, XMLParserDelegate {
    enum Part { case wordDocument, sharedStrings, sheet }

    let part: Part
    var sharedStrings: [String] = []
    /// Style index → decimals of the styles that show numbers as percentages (``XlsxPercentStyles``).
    var percentStyles: [Int: Int] = [:]
    private(set) var lines: [String] = []
    private(set) var strings: [String] = []

    private var text = ""
    private var row: [String] = []
    private var cell = ""
    private var inText = false
    private var tableDepth = 0
    private var cellType = ""
    private var cellStyle: Int?
    private var cellColumn = 0
    /// Grid columns the Word cell being read spans (w:gridSpan).
    private var cellSpan = 1

    init(part: Part, sharedStrings: [String] = [], percentStyles: [Int: Int] = [:]) {
        self.part = part
        self.sharedStrings = sharedStrings
        self.percentStyles = percentStyles
    }

    /// Parses `data`; false when it is not well-formed XML.
    func parse(_ data: Data) -> Bool {
        let parser = XMLParser(data: data)
        parser.delegate = self
        parser.shouldResolveExternalEntities = false
        return parser.parse()
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch (part, elementName) {
        case (.wordDocument, "w:t"), (.sharedStrings, "t"), (.sheet, "v"), (.sheet, "t"): inText = true
        // A tab inside a table cell is a blank: tabs separate the cells of a row.
        case (.wordDocument, "w:tab"): text += tableDepth > 0 ? " " : "\t"
        case (.wordDocument, "w:br"): text += " "
        case (.wordDocument, "w:tbl"): tableDepth += 1
        case (.wordDocument, "w:tr"), (.sheet, "row"): row = []
        case (.wordDocument, "w:tc"): cell = ""; cellSpan = 1
        case (.wordDocument, "w:gridSpan") where tableDepth > 0:
            cellSpan = Self.count(attributes["w:val"], limit: 64)
        case (.wordDocument, "w:gridBefore") where tableDepth > 0:
            row += Array(repeating: "", count: Self.count(attributes["w:val"], limit: 64))
        case (.sheet, "c"):
            cellType = attributes["t"] ?? ""
            cellStyle = attributes["s"].flatMap(Int.init)
            cell = ""
            if let ref = attributes["r"] { cellColumn = Self.column(of: ref) } else { cellColumn = row.count }
        case (.sharedStrings, "si"): text = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard inText else { return }
        if part == .sheet { cell += string } else { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch (part, elementName) {
        case (.wordDocument, "w:t"), (.sharedStrings, "t"), (.sheet, "v"), (.sheet, "t"): inText = false
        case (.wordDocument, "w:p"):
            if tableDepth > 0 {
                cell += (cell.isEmpty ? "" : " ") + text.trimmingBlanks()
            } else {
                lines.append(text)
            }
            text = ""
        case (.wordDocument, "w:tc"):
            row.append(cell)
            row += Array(repeating: "", count: cellSpan - 1)
            cell = ""
            cellSpan = 1
        case (.wordDocument, "w:tr"): lines.append(row.joined(separator: "\t"))
        case (.wordDocument, "w:tbl"): tableDepth -= 1
        case (.sharedStrings, "si"): strings.append(text); text = ""
        case (.sheet, "c"):
            var value = cell
            if cellType == "s", let index = Int(cell), index >= 0, index < sharedStrings.count { value = sharedStrings[index] }
            // A number stored as a fraction and shown as a percentage is read as shown.
            if cellType == "" || cellType == "n", let style = cellStyle, let decimals = percentStyles[style], !value.isEmpty {
                value = XlsxPercentStyles.percentText(value, decimals: decimals)
            }
            while row.count < cellColumn { row.append("") }
            row.append(value)
        case (.sheet, "row"):
            while let last = row.last, last.isEmpty { row.removeLast() }
            lines.append(row.joined(separator: "\t"))
        default: break
        }
    }

    /// A count attribute (w:val="2") within 1…limit; anything else is 1.
    static func count(_ value: String?, limit: Int) -> Int {
        guard let value, let n = Int(value), n >= 1 else { return 1 }
        return min(n, limit)
    }

    /// “C12” → 2 (0-based column).
    static func column(of reference: String) -> Int {
        var value = 0
        for ch in reference.uppercased() {
            guard let a = ch.asciiValue, a >= 65, a <= 90 else { break }
            value = value * 26 + Int(a - 64)
        }
        return max(0, value - 1)
    }
}
