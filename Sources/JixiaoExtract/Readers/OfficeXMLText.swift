import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Collects the text of an Office Open XML part: Word paragraphs (w:p) and table rows (w:tr), or the cells of an
/// Excel sheet (c, v, is/t) and its shared strings (si).
final class OfficeXMLText: NSObject, XMLParserDelegate {
    enum Part { case wordDocument, sharedStrings, sheet }

    let part: Part
    var sharedStrings: [String] = []
    private(set) var lines: [String] = []
    private(set) var strings: [String] = []

    private var text = ""
    private var row: [String] = []
    private var cell = ""
    private var inText = false
    private var tableDepth = 0
    private var cellType = ""
    private var cellColumn = 0

    init(part: Part, sharedStrings: [String] = []) {
        self.part = part
        self.sharedStrings = sharedStrings
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
        case (.wordDocument, "w:tab"): text += "\t"
        case (.wordDocument, "w:br"): text += " "
        case (.wordDocument, "w:tbl"): tableDepth += 1
        case (.wordDocument, "w:tr"), (.sheet, "row"): row = []
        case (.wordDocument, "w:tc"): cell = ""
        case (.sheet, "c"):
            cellType = attributes["t"] ?? ""
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
        case (.wordDocument, "w:tc"): row.append(cell); cell = ""
        case (.wordDocument, "w:tr"): lines.append(row.joined(separator: "\t"))
        case (.wordDocument, "w:tbl"): tableDepth -= 1
        case (.sharedStrings, "si"): strings.append(text); text = ""
        case (.sheet, "c"):
            var value = cell
            if cellType == "s", let index = Int(cell), index >= 0, index < sharedStrings.count { value = sharedStrings[index] }
            while row.count < cellColumn { row.append("") }
            row.append(value)
        case (.sheet, "row"):
            while let last = row.last, last.isEmpty { row.removeLast() }
            lines.append(row.joined(separator: "\t"))
        default: break
        }
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
