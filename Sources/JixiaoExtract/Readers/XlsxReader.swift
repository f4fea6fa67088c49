import Foundation

/// Excel .xlsx: every worksheet's rows as tab-separated lines (shared strings resolved, numbers in a percent style shown
/// as percentages), sheets one after another.
enum XlsxReader {
    static func read(_ bytes: [UInt8], name: String) throws(ExtractError) -> DocumentText {
        let package = try ZipPackage(bytes, name: name, kind: "Excel 工作簿")
        var shared: [String] = []
        if let data = try package.data("xl/sharedStrings.xml") {
            let collector = OfficeXMLText(part: .sharedStrings)
            guard collector.parse(data) else { throw ExtractError("\(name)：Excel 工作簿已损坏（sharedStrings.xml）") }
            shared = collector.strings
        }
        let percentStyles = XlsxPercentStyles.read(try package.data("xl/styles.xml"))
        let sheets = package.paths.filter { $0.hasPrefix("xl/worksheets/sheet") && $0.hasSuffix(".xml") }
            .sorted { (Int($0.filter(\.isNumber)) ?? 0) < (Int($1.filter(\.isNumber)) ?? 0) }
        guard !sheets.isEmpty else { throw ExtractError("\(name)：不是 Excel 工作簿（没有工作表），或文件已损坏") }
        var lines: [String] = []
        for sheet in sheets {
            guard let data = try package.data(sheet) else { continue }
            let collector = OfficeXMLText(part: .sheet, sharedStrings: shared, percentStyles: percentStyles)
            guard collector.parse(data) else { throw ExtractError("\(name)：Excel 工作簿已损坏（\(sheet)）") }
            lines += collector.lines
            lines.append("")
        }
        return DocumentText(name: name, lines: lines, format: "Excel 工作簿")
    }
}
