import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Which cell styles of a workbook show a number as a percentage, and with how many decimals: Excel stores 86% as
/// 0.862037…, and a form's 执行率 must be read as the sheet shows it. Built-in formats 9 (`0%`) and 10 (`0.00%`),
/// and any custom format whose code has a `%` outside quotes.
final class XlsxPercentStyles: NSObject, XMLParserDelegate {
    /// Style index (a cell's `s`) → decimals shown.
    private(set) var decimalsByStyle: [Int: Int] = [:]
    private var customDecimals: [Int: Int] = [:]
    private var inCellFormats = false
    private var styleIndex = 0

    /// Reads `xl/styles.xml`; a part that cannot be parsed gives no percent styles (cells stay as stored).
    static func read(_ data: Data?) -> [Int: Int] {
        guard let data else { return [:] }
        let reader = XlsxPercentStyles()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        parser.shouldResolveExternalEntities = false
        return parser.parse() ? reader.decimalsByStyle : [:]
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch elementName {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"],
               let decimals = Self.percentDecimals(code) {
                customDecimals[id] = decimals
            }
        case "cellXfs": inCellFormats = true; styleIndex = 0
        case "xf" where inCellFormats:
            let id = attributes["numFmtId"].flatMap(Int.init) ?? 0
            let decimals: Int? = id == 9 ? 0 : id == 10 ? 2 : customDecimals[id]
            if let decimals { decimalsByStyle[styleIndex] = decimals }
            styleIndex += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if elementName == "cellXfs" { inCellFormats = false }
    }

    /// Decimals of a percent format code (`0.0%` → 1), or nil when the code shows no percentage.
    static func percentDecimals(_ code: String) -> Int? {
        var quoted = false
        var section = ""
        for ch in code {
            if ch == "\"" { quoted.toggle(); continue }
            if quoted { continue }
            if ch == ";" { break }
            section.append(ch)
        }
        guard section.contains("%") else { return nil }
        guard let dot = section.firstIndex(of: ".") else { return 0 }
        return section[section.index(after: dot)...].prefix { $0 == "0" || $0 == "#" }.count
    }

    /// A stored number shown as a percentage with `decimals`, rounded half-up on the decimal text: “0.862037” → “86%”.
    /// Text that is not a plain decimal (an exponent, a formula error) is returned as stored.
    static func percentText(_ stored: String, decimals: Int) -> String {
        var digits = Substring(stored)
        let negative = digits.hasPrefix("-")
        if negative { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, !digits.isEmpty, parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return stored }
        let whole = String(parts[0])
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        fraction += String(repeating: "0", count: max(0, 2 + decimals + 1 - fraction.count))
        // × 100: two digits of the fraction move into the whole part.
        var kept = Array(whole + fraction.prefix(2 + decimals))
        let next = fraction.dropFirst(2 + decimals).first ?? "0"
        if next >= "5" {
            var k = kept.count - 1
            while k >= 0 {
                if kept[k] == "9" { kept[k] = "0"; k -= 1 } else { kept[k] = Character(String(kept[k].wholeNumberValue! + 1)); break }
            }
            if k < 0 { kept.insert("1", at: 0) }
        }
        var integer = String(kept.dropLast(decimals)).drop { $0 == "0" }
        if integer.isEmpty { integer = "0" }
        let shownFraction = String(kept.suffix(decimals))
        let body = decimals > 0 ? "\(integer).\(shownFraction)" : String(integer)
        let isZero = body.allSatisfy { $0 == "0" || $0 == "." }
        return (negative && !isZero ? "-" : "") + body + "%"
    }
}
