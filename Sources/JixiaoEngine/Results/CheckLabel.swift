extension CheckResult {
    /// The checked figure as a reader of the report would name it, without the check's formula or the
    /// document code: "说明五（三） 各项 完成预算的百分比 = 支出决算 ÷ 年初预算数（…信访事务（项））" reads
    /// "信访事务完成预算的百分比"; "自评 接待人数 = 说明七（二） 接待来宾人次" reads "接待人数";
    /// "公车运行维护费 较上年增减额 = 本年 − 上年" reads "公车运行维护费较上年增减额".
    public var readerLabel: String {
        // Cut and split as UTF-8 bytes, at ASCII spaces and whole words: compared as Characters, the Chinese
        // words were normalised on every comparison, which cost more than the rest of the label.
        var base = name[...]
        var record: Substring = ""
        // A statement relation names its subject first ("基本支出 上年 = 各分项之和（…）"); its brackets are
        // part of the formula. "公务接待费 人次与前文（…）所写一致" names the figure before "与前文".
        let isStatement = id.hasBytePrefix("statement.")
        if isStatement, let cut = Self.firstIndex(of: "与前文", in: base) { base = base[..<cut] }
        // A check run per record has the record's label appended in brackets.
        if !isStatement, id.utf8.contains(UInt8(ascii: "[")), let open = Self.trailingBracketStart(name) {
            record = name[name.index(after: open)..<name.index(before: name.endIndex)]
            base = name[..<open]
            // "一般公共预算服务支出（类）政府办公厅及相关机构事务（款）信访事务（项）" → "信访事务".
            if let item = record.range(of: "（款）", options: .backwards) { record = record[item.upperBound...] }
            if record.hasSuffix("（项）") { record.removeLast(3) }
        }
        let stated = Self.firstIndex(of: " = ", in: base).map { base[..<$0] } ?? base
        var words = stated.utf8.split(separator: UInt8(ascii: " ")).map(Substring.init)
        // The leading document code ("说明五（三）", "自评十一", "06表") is already said by the place.
        if let first = words.first, words.count > 1,
           first.utf8.starts(with: "说明".utf8) || first.utf8.starts(with: "自评".utf8)
            || first.utf8.suffix("表".utf8.count).elementsEqual("表".utf8) {
            words.removeFirst()
        }
        words.removeAll { $0.utf8.elementsEqual("各项".utf8) }
        // Chinese runs on without spaces: "信访事务 完成年初预算的百分比" reads "信访事务完成年初预算的百分比".
        return String(record) + words.joined()
    }

    /// Where `needle` first starts in `text`, compared as UTF-8 bytes: Foundation's search cost more than the rest
    /// of the label together. A match of whole characters' bytes always starts on a character of `text`.
    static func firstIndex(of needle: String, in text: some StringProtocol) -> String.Index? {
        let bytes = text.utf8
        guard let first = needle.utf8.first else { return nil }
        var start = bytes.startIndex
        while let candidate = bytes[start...].firstIndex(of: first) {
            if bytes[candidate...].starts(with: needle.utf8) { return candidate }
            start = bytes.index(after: candidate)
        }
        return nil
    }

    /// Where the "（" matching the name's final "）" is, when the name ends in one.
    static func trailingBracketStart(_ text: String) -> String.Index? {
        guard text.hasSuffix("）") else { return nil }
        var depth = 0
        var index = text.endIndex
        while index > text.startIndex {
            index = text.index(before: index)
            if text[index] == "）" { depth += 1 }
            if text[index] == "（" {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }
}
