import JixiaoExpression

/// One quantity stated in two places gives the same figure.
///
/// Two statements state the same quantity when their subject, scope, measure, year and prior measure agree
/// (quotes, blanks and full-width brackets aside) and, when both are parts of a whole, so do their wholes; or
/// when `same_as` links them. Each figure both print is
/// compared, the later against the first. Two rates that differ but both lie in the envelope recomputed from
/// either statement's own amounts are 尾数误差 with a note: the document rounded the same inputs twice.
///
/// Examples:
/// - 基本支出 1435.88 (05表) and 1435.87 (自评) → [1435.875, 1435.885] and [1435.865, 1435.875] touch → 尾数误差
/// - 公用经费 124.40 and 124.4 → 一致
/// - 公车运维 growth 21.84% and 21.87% with change 0.88 and amount 4.91 → both in [21.66%, 22.01%] → 尾数误差
/// - 接待 人次 99 and 160 → 不一致
struct SameQuantityRelation: StatementRelation {
    static let id = "same-quantity"
    static let title = "同一数据两处所写一致"
    static let summary = "同一科目、口径、年度的数据在文中（或文字与表格）出现两次时，两处数字一致；两处增长率、完成率只在由原始数据尾数误差可能得到的范围内不同时，记为尾数误差并注明。"

    func check(_ index: Int, in context: StatementContext) -> [CheckResult] {
        let later = context.statements[index]
        guard let earlierIndex = Self.firstEarlier(than: index, in: context) else { return [] }
        let earlier = context.statements[earlierIndex]
        let place = context.place(of: earlier) ?? earlier.path
        var results: [CheckResult] = []
        let amountFields: [(String, String, (Statement) -> PrintedFigure?)] = [
            ("amount", earlier.measure, { $0.amount }), ("budget", "预算", { $0.budget }),
            ("prior", "上年数", { $0.prior }), ("change", "增减额", { $0.change }),
            ("vs_budget", "较预算增减额", { $0.vsBudget }),
        ]
        for (key, label, figure) in amountFields {
            guard let a = figure(later), var b = figure(earlier) else { continue }
            b = ShareRelation.converted(b, from: earlier.unit, to: later.unit)
            results.append(compare(later, key: key, label: label, a, b, place: place, context: context))
        }
        let rateFields: [(String, String, (Statement) -> PrintedFigure?, (Statement) -> RationalRange?)] = [
            ("growth", "增长率", { $0.growth }, Self.growthEnvelope),
            ("completion_rate", "完成率", { $0.completionRate }, Self.completionEnvelope),
            ("vs_budget_rate", "较预算增减率", { $0.vsBudgetRate }, { _ in nil }),
        ]
        for (key, label, figure, envelope) in rateFields {
            guard let a = figure(later), let b = figure(earlier) else { continue }
            var result = compare(later, key: key, label: label, a, b, place: place, context: context)
            // Either statement's own inputs may explain both rates: a later statement that prints a wrong prior
            // (a 去年同期 copied from this year) does not turn the earlier one's rounding into an error.
            if result.verdict == .mismatch,
               let range = [envelope(later), envelope(earlier)].compactMap({ $0 })
                   .first(where: { $0.overlaps(a.range) && $0.overlaps(b.range) }) {
                result.verdict = .rounding
                result.explanation += "；两处都在由原始数据尾数误差可能得到的范围 "
                    + "[\(NumberFormat.show(range.lower, as: .percent, places: 2)), \(NumberFormat.show(range.upper, as: .percent, places: 2))]"
                    + " 内，是同一组数据两次取舍的差别，建议统一为一种写法"
            }
            results.append(result)
        }
        if let a = later.share, let b = earlier.share, later.shareOf == earlier.shareOf,
           later.parent.map({ context.statements[$0].subject }) == earlier.parent.map({ context.statements[$0].subject }) {
            results.append(compare(later, key: "share", label: "占比", a, b, place: place, context: context))
        }
        for (name, count) in later.counts {
            guard let other = earlier.counts.first(where: { $0.name == name })?.figure else { continue }
            results.append(compare(later, key: "counts.\(name)", label: name, count, other, place: place, context: context))
        }
        return results
    }

    private func compare(_ statement: Statement, key: String, label: String, _ later: PrintedFigure, _ earlier: PrintedFigure,
                         place: String, context: StatementContext) -> CheckResult {
        context.judge(Self.id, statement, suffix: ".\(key)", name: "\(label)与前文（\(place)）所写一致", stated: later,
                      computed: earlier.value, computedRange: earlier.range, inputs: [("前文\(label)", earlier)],
                      formula: earlier.path,
                      magnitudeOnly: later.direction == .either || earlier.direction == .either)
    }

    /// The first statement before `index` that states the same quantity.
    static func firstEarlier(than index: Int, in context: StatementContext) -> Int? {
        let (statements, identities) = (context.statements, context.identities)
        let statement = statements[index]
        // Links are read only when some statement has them: most submissions have none.
        return (0..<index).first { other in
            if context.hasLinks, linked(statement, statements[other]) { return true }
            guard identities[other] == identities[index] else { return false }
            // 商品和服务支出 under 基本支出 and under 项目支出 are two quantities: parts of different wholes differ.
            guard let parent = statement.parent, let candidateParent = statements[other].parent else { return true }
            return identities[parent] == identities[candidateParent]
                || context.hasLinks && linked(statements[parent], statements[candidateParent])
        }
    }

    /// `same_as` names the other statement, either way round.
    static func linked(_ a: Statement, _ b: Statement) -> Bool {
        a.sameAs.contains { $0 == b.id || $0 == b.subject } || b.sameAs.contains { $0 == a.id || $0 == a.subject }
    }

    /// What makes two statements state the same quantity, as UTF-8 bytes: the normalised subject and scope,
    /// the measure, the year and the prior measure, each ended by 0xFF (a byte UTF-8 never uses). Bytes
    /// rather than Strings: hashing and comparing Chinese text as Strings normalises it on every call.
    static func identity(of statement: Statement) -> [UInt8] {
        let (subject, scope) = (statement.subject, statement.scope ?? "")
        var bytes: [UInt8] = []
        // Room for everything from the start: the normalised texts are at most as long as the texts.
        bytes.reserveCapacity(subject.utf8.count + scope.utf8.count + statement.measure.utf8.count
                              + statement.priorMeasure.utf8.count + 16)
        appendNormalized(subject, to: &bytes)
        bytes.append(0xFF)
        appendNormalized(scope, to: &bytes)
        bytes.append(0xFF)
        bytes += statement.measure.utf8
        bytes.append(0xFF)
        if let year = statement.year { bytes += String(year).utf8 }
        bytes.append(0xFF)
        bytes += statement.priorMeasure.utf8
        bytes.append(0xFF)
        return bytes
    }

    /// Appends the text's UTF-8 bytes without quotes and blanks, full-width brackets made ASCII:
    /// “三公”经费 and "三公"经费, 因公出国（境）费 and 因公出国(境)费 are one subject.
    /// Read as bytes: decoding every character of every subject cost more than the comparisons it serves. The bytes
    /// kept are appended a run at a time, between the few that are dropped or replaced.
    private static func appendNormalized(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            /// Appends the run of kept bytes up to `index`, then passes over the `length` bytes there, putting
            /// `replacement` in their place.
            func skip(_ length: Int, putting replacement: UInt8? = nil) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                if let replacement { bytes.append(replacement) }
                index += length
                runStart = index
            }
            while index < utf8.count {
                let lead = utf8[index]
                if lead < 0x80 {
                    if lead == UInt8(ascii: "\"") || lead == UInt8(ascii: "'") || lead == UInt8(ascii: " ") {
                        skip(1)
                    } else {
                        index += 1
                    }
                    continue
                }
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                if length == 3 {
                    switch (lead, utf8[index + 1], utf8[index + 2]) {
                    case (0xE2, 0x80, 0x9C), (0xE2, 0x80, 0x9D), (0xE2, 0x80, 0x98), (0xE2, 0x80, 0x99), (0xE3, 0x80, 0x80):
                        // “ ” ‘ ’ and the ideographic space
                        skip(3)
                        continue
                    case (0xEF, 0xBC, 0x88): // （
                        skip(3, putting: UInt8(ascii: "("))
                        continue
                    case (0xEF, 0xBC, 0x89): // ）
                        skip(3, putting: UInt8(ascii: ")"))
                        continue
                    default:
                        break
                    }
                }
                index += length
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
    }

    static func growthEnvelope(_ statement: Statement) -> RationalRange? {
        guard let amount = statement.amount else { return nil }
        if let prior = statement.prior { return (amount.range - prior.range).divided(by: prior.range) }
        guard let change = statement.change, change.direction != .either else { return nil }
        return change.range.divided(by: amount.range - change.range)
    }

    static func completionEnvelope(_ statement: Statement) -> RationalRange? {
        guard let amount = statement.amount, let budget = statement.budget else { return nil }
        return amount.range.divided(by: budget.range)
    }
}
