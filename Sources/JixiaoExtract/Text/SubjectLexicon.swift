/// The budget lines 说明 and 自评 texts talk about, each under the names real pages print, and which lines are
/// the whole of which parts. Lines not listed here are still read by ``GenericSubject``.
enum SubjectLexicon {
    /// Canonical name and the printed variants (after ``NormalizedLine`` normalisation), longest variants first.
    static let entries: [(canonical: String, variants: [String])] = [
        ("“三公”经费", ["“三公”经费", "\"三公\"经费", "‘三公’经费", "三公经费", "“三公\"经费", "\"三公”经费"]),
        ("公务用车购置及运行维护费", ["公务用车购置及运行维护费", "公务用车购置费及运行维护费", "公务用车购置及运行费",
                          "公务用车购置及运维费", "公车购置及运行维护费", "公车购置及运维费", "公务用车购置和运行维护费",
                          "公务用车购置及运行维护支出", "公务用车购置及运行维护", "公务用车及运行维护费",
                          "公务用车购置运行维护费"]),
        ("公务用车运行维护费", ["公务用车运行维护费", "公车运行维护费", "公务用车运行费", "公务用车运维费",
                        "公务用车运行维护支出", "公务用车运行维护", "车辆运行维护费", "公车运维费"]),
        ("公务用车购置费", ["公务用车购置费", "公车购置费", "公务用车购置支出", "公务用车购置"]),
        ("因公出国（境）费", ["因公出国(境)费", "因公出国(境)经费", "因公出国境费", "出国(境)费", "因公出国费",
                        "因公出国(境)支出", "因公出国(境)"]),
        ("公务接待费", ["国内公务接待费", "公务接待费", "公务接待支出", "国内公务接待", "公务接待"]),
        ("收支总计", ["收入支出总计", "收支总计", "收、支总计", "收支总额"]),
        ("收入总计", ["收入总计", "总收入"]),
        ("支出总计", ["支出总计", "总支出"]),
        ("收入合计", ["本年收入合计", "收入合计", "本年收入"]),
        ("支出合计", ["本年支出合计", "支出合计", "本年支出"]),
        ("财政拨款收入", ["一般公共预算财政拨款收入", "财政拨款收入"]),
        ("上级补助收入", ["上级补助收入"]),
        ("事业收入", ["事业收入"]),
        ("经营收入", ["经营收入"]),
        ("附属单位上缴收入", ["附属单位上缴收入"]),
        ("其他收入", ["其他收入"]),
        ("基本支出", ["基本支出"]),
        ("项目支出", ["项目支出"]),
        ("上缴上级支出", ["上缴上级支出"]),
        ("经营支出", ["经营支出"]),
        ("对附属单位补助支出", ["对附属单位补助支出"]),
        ("人员经费", ["人员经费", "人员支出"]),
        ("公用经费", ["日常公用经费", "公用经费", "公用支出"]),
        ("机关运行经费", ["机关运行经费"]),
        ("年初结转和结余", ["年初结转和结余", "年初结转结余", "上年结转"]),
        ("年末结转和结余", ["年末结转和结余", "年末结转结余"]),
        ("政府采购支出", ["政府采购支出总额", "政府采购支出", "政府采购总额"]),
        ("会议费", ["会议费"]),
        ("培训费", ["培训费"]),
        ("印刷费", ["印刷费"]),
    ]

    /// Parts whose sum is the whole line: a list naming all of `core` and nothing outside `allowed` is complete.
    static let decompositions: [String: (core: Set<String>, allowed: Set<String>)] = [
        "“三公”经费": (["因公出国（境）费", "公务接待费", "公务用车购置及运行维护费"],
                   ["因公出国（境）费", "公务接待费", "公务用车购置及运行维护费"]),
        "公务用车购置及运行维护费": (["公务用车购置费", "公务用车运行维护费"], ["公务用车购置费", "公务用车运行维护费"]),
        "基本支出": (["人员经费", "公用经费"], ["人员经费", "公用经费"]),
        "支出合计": (["基本支出", "项目支出"], ["基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"]),
        "收入合计": (["财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"],
                 ["财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"]),
    ]

    /// Every variant with its canonical name, longest first, so 公务用车购置及运行维护费 wins over 公务用车购置.
    static let variants: [(variant: [Character], canonical: String)] = entries
        .flatMap { entry in entry.variants.map { (Array($0), entry.canonical) } }
        .sorted { $0.0.count > $1.0.count }

    /// The variants by their first character, longest first: most positions of a text start no name at all.
    static let variantsByFirst: [Character: [(variant: [Character], canonical: String)]] =
        Dictionary(grouping: variants, by: { $0.variant[0] })

    /// The canonical subject named at `index` of `chars`, with the length of the printed name.
    static func match(_ chars: [Character], at index: Int) -> (canonical: String, length: Int)? {
        guard index < chars.count, let candidates = variantsByFirst[chars[index]] else { return nil }
        for (variant, canonical) in candidates where index + variant.count <= chars.count {
            var k = 1
            while k < variant.count, chars[index + k] == variant[k] { k += 1 }
            if k == variant.count { return (canonical, variant.count) }
        }
        return nil
    }

    /// Is `parts` (canonical names) the whole of `whole`?
    static func isComplete(_ whole: String, parts: [String]) -> Bool {
        guard let d = decompositions[whole] else { return false }
        let set = Set(parts)
        if whole == "“三公”经费", set.isSuperset(of: ["因公出国（境）费", "公务接待费", "公务用车购置费", "公务用车运行维护费"]),
           set.isSubset(of: ["因公出国（境）费", "公务接待费", "公务用车购置费", "公务用车运行维护费"]) {
            return true
        }
        return set.isSuperset(of: d.core) && set.isSubset(of: d.allowed)
    }

    /// Could `part` be a part of `whole` (for lists under 其中)? Unknown wholes take any part.
    static func mayBePart(_ part: String, of whole: String) -> Bool {
        guard let d = decompositions[whole] else { return part != whole }
        // A line the lexicon does not know (工资福利支出 under 基本支出) may be a part in another classification.
        if !entries.contains(where: { $0.canonical == part }) { return part != whole }
        if whole == "“三公”经费" { return ["因公出国（境）费", "公务接待费", "公务用车购置费", "公务用车运行维护费", "公务用车购置及运行维护费"].contains(part) }
        return d.allowed.contains(part)
    }
}
