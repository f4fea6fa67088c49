import Foundation

/// Reads the 说明 and 自评 sentences of a document into statements, figure by figure.
///
/// Each figure's role comes from the words printed before it in its clause (预算, 决算, 完成…的, 占, a direction
/// word with 较上年 or 较预算 before it, 上年/去年同期 for last year's amount); its subject is the budget line the
/// clause names (``SubjectLexicon``, else ``GenericSubject``), or the one the paragraph or heading last named.
/// A figure with no subject or no role is recorded as not understood: nothing is guessed.
struct StatementReader {
    let document: DocumentText
    let year: Int?
    /// A budget page (预算公开): amounts are budgets, measure 预算.
    let budgetPage: Bool
    /// Lines read by the table reader: their numbers are table cells, not sentences.
    let tableLines: [Int: String]

    private(set) var statements: [ExtractedStatement] = []
    private(set) var records: [NumberRecord] = []
    /// Sentences with figures of which none could be bound: line and text.
    private(set) var unparsedSentences: [(line: Int, text: String)] = []

    // Reading state.
    private var headings: [Heading] = []
    private var inAttachment = false
    private var pendingSubject: String?
    /// A 其中 list running across paragraphs (opened at the end of one): its parent and the heading level it lives under.
    private var openList: (parent: Int, level: Int, role: ExtractedStatement.Field)?
    /// Counts level-0 and level-1 headings: statements merge only within one such section.
    private var sectionSerial = 0
    private var serials: [String: Int] = [:]
    /// Statement indices by subject, so that finding a line's statements does not scan them all.
    private var indicesBySubject: [String: [Int]] = [:]

    /// Statement ids are “s” and their 1-based position.
    static func index(of id: String) -> Int { Int(id.dropFirst())! - 1 }

    init(document: DocumentText, year: Int?, budgetPage: Bool, tableLines: [Int: String]) {
        self.document = document
        self.year = year
        self.budgetPage = budgetPage
        self.tableLines = tableLines
    }

    mutating func read() {
        for (index, raw) in document.lines.enumerated() {
            if index < skipUntil { continue }
            let lineNumber = index + 1
            let line = Self.maskURLs(raw)
            let normalized = NormalizedLine(line)
            let tokens = NumberScanner.scan(normalized).filter { !$0.structural }
            if let cell = tableLines[lineNumber] {
                for token in tokens {
                    records.append(NumberRecord(line: lineNumber, column: token.numberRange.lowerBound + 1,
                                                printed: normalized.printedText(token.range), outcome: .tableCell(cell)))
                }
                continue
            }
            // A table row (cells separated by tabs or “|”) is no sentence: until a table reader takes it, its
            // numbers are reported, not read as clauses.
            if Self.isTableRow(raw) {
                for token in tokens {
                    records.append(NumberRecord(line: lineNumber, column: token.numberRange.lowerBound + 1,
                                                printed: normalized.printedText(token.range),
                                                outcome: .notUnderstood("表格单元格（不在已识别的公开表中）")))
                }
                continue
            }
            if let heading = Heading.parse(line), tokens.isEmpty {
                enter(heading)
                // A numbered item line (“1、…行政运行（项）。”) names the budget line its paragraph is about.
                if heading.level >= 3, let subject = Self.subjectNamed(in: normalized.chars) { pendingSubject = subject }
                continue
            }
            if tokens.isEmpty {
                // A figure-less line naming a budget line (“1、…信访事务（项）。”) gives the next paragraph its subject.
                if normalized.chars.count < 80, let subject = Self.subjectNamed(in: normalized.chars),
                   !normalized.chars.contains("。") || normalized.text(0..<normalized.chars.count).hasSuffix("(项)。") {
                    pendingSubject = subject
                }
                continue
            }
            if let heading = Heading.parse(line), heading.level <= 2 { enter(heading) }
            // A sentence broken over lines (PDF text, page copies: “其中本年收 / 入390.55万元”) is read joined, each
            // character keeping its own line and column.
            var joined = line
            var origin = Array(0..<Array(line).count).map { (line: lineNumber, column: $0 + 1) }
            var next = index + 1
            // Only short lines are wrapped ones; a long line that stops short is cut off (“…较预算数�”), not wrapped.
            while next < document.lines.count, next - index < 20,
                  Array(document.lines[next - 1]).count <= 60,
                  let last = joined.trimmingCharacters(in: .whitespaces).last, !"。;；:：!?！？\u{FFFD}".contains(last) {
                let following = Self.maskURLs(document.lines[next])
                let trimmed = following.trimmingCharacters(in: .whitespaces)
                guard !trimmed.isEmpty, !Self.isTableRow(following), Heading.parse(following) == nil,
                      tableLines[next + 1] == nil else { break }
                joined += following
                origin += Array(0..<Array(following).count).map { (line: next + 1, column: $0 + 1) }
                next += 1
            }
            skipUntil = next
            let joinedText = NormalizedLine(joined)
            readParagraph(joinedText, tokens: NumberScanner.scan(joinedText).filter { !$0.structural }, origin: origin)
        }
    }

    /// Lines already read as part of a joined paragraph.
    private var skipUntil = 0

    private mutating func enter(_ heading: Heading) {
        if heading.level <= 1 { sectionSerial += 1 }
        headings.removeAll { $0.level >= heading.level }
        headings.append(heading)
        if heading.level == 0 {
            inAttachment = heading.text.hasPrefix("附件") || heading.text.contains("自评")
        }
        if heading.text.contains("自评报告") { inAttachment = true }
        if let list = openList, heading.level <= list.level { openList = nil }
        pendingSubject = nil
    }

    private var section: String? { headings.last?.text }

    // MARK: Paragraphs

    private struct Paragraph {
        var subject: String?
        var current: Int?
        var bySubject: [String: Int] = [:]
        var list: (parent: Int, role: ExtractedStatement.Field)?
        /// The sentence (its start) a list opened by 其中 inside this paragraph belongs to; nil for a list carried in.
        var listSentence: Int?
        var lastField: ExtractedStatement.Field = .amount
        var sentence = -1
        var comparison: Comparison = .none
        var scanned = 0
        /// The whole the last sentence divided (“…“三公”经费支出决算中，…”).
        var lastWhole: String?
        /// The subject to return to after a whole's amount printed inside 占…的.
        var restore: (String?, Int?)?
        /// 政府性基金预算 or 国有资本经营预算 named in the paragraph: its lines are not the 一般公共预算 ones.
        var fund: String?
        var bound = 0
    }

    private mutating func readParagraph(_ text: NormalizedLine, tokens: [NumberToken], origin: [(line: Int, column: Int)]) {
        let c = text.chars
        func at(_ i: Int) -> (line: Int, column: Int) { origin.isEmpty ? (1, 1) : origin[min(max(0, i), origin.count - 1)] }
        let line = at(0).line
        var p = Paragraph()
        if let pending = pendingSubject { p.subject = pending }
        if let list = openList { p.list = (list.parent, list.role) }

        // A paragraph opening with 其中 lists parts of the previous paragraph's last statement.
        let opening = String(c.prefix(4))
        if opening.hasPrefix("其中"), let last = lastTopStatementBefore(line) {
            p.list = (last, lastRole(of: last))
        }
        // Events in order: figures, and the words 持平/无变化/无增减 that state a change without a number.
        var events: [(position: Int, token: NumberToken?)] = tokens.map { ($0.numberRange.lowerBound, $0) }
        for word in RoleWords.levelWords {
            var from = 0
            while let r = Self.find(Array(word), in: c, from: from) {
                events.append((r, nil))
                from = r + word.count
            }
        }
        events.sort { $0.position < $1.position }
        var previousEnd = 0
        var sentenceBound: [Int: Bool] = [:]
        for event in events {
            let start = event.position
            let sentenceStart = Self.sentenceStart(c, before: start)
            let leadStart = max(previousEnd, sentenceStart)
            let lead = Array(c[leadStart..<start])
            let printedNumber = event.token.map { text.printedText($0.range) } ?? ""
            defer { previousEnd = event.token?.range.upperBound ?? (start + 2) }

            if let r = p.restore { p.subject = r.0; p.current = r.1; p.restore = nil }
            if sentenceStart != p.sentence {
                p.sentence = sentenceStart
                // A list opened by 其中 ends with its sentence (at 。: its parts are often set apart by ；).
                if let opened = p.listSentence, opened != sentenceStart,
                   c[opened..<sentenceStart].contains("。") { p.list = nil; p.listSentence = nil }
                // A new sentence naming something this reader does not know is not about the last subject.
                if Self.namesUnknownThing(Array(c[sentenceStart..<start])) { p.subject = nil; p.current = nil }
            }
            // The words read since the last figure (a few characters back, for a word cut by it) update what the
            // paragraph has said so far: its fund, and the comparison it last named.
            let segment = String(c[max(0, p.scanned - 8)..<start])
            p.scanned = start
            if segment.contains("政府性基金") { p.fund = "政府性基金预算" }
            if segment.contains("国有资本经营") { p.fund = "国有资本经营预算" }
            if let named = comparisonKind(segment) { p.comparison = named }
            // 其中 opens a list of parts of the statement just read.
            if Self.find(Array("其中"), in: lead, from: 0) != nil, let current = p.current {
                p.list = (current, p.lastField)
                p.listSentence = sentenceStart
            }
            // The subject this clause names (not the whole after 占).
            let shareAt = lead.lastIndex(of: "占")
            let subjectLead = shareAt.map { Array(lead[..<$0]) } ?? lead
            var namedSubject: String?
            let wholeOfSentence = Self.wholeNamed(in: Array(c[Self.periodStart(c, before: start)..<start]))
            p.lastWhole = wholeOfSentence
            // The words that give the role are those after the name (上年结转和结余190.89万元 is no prior).
            var roleLead = lead
            if let (subject, end) = Self.lastSubject(in: subjectLead) {
                roleLead = Array(lead[min(end, lead.count)...])
                let after = String(subjectLead[end...].prefix(6))
                if !(after.contains("中,") || after.contains("中，") || after.contains("中:")) { namedSubject = subject }
            }
            // “占本年财政拨款支出488.80万元的0%”: the amount after 占 is the whole's.
            var wholeAmount: String?
            if let shareAt, let token = event.token, token.kind == .amount,
               let whole = Self.subjectAfterShare(Array(lead[(shareAt + 1)...])) {
                wholeAmount = whole
            }
            if let whole = wholeAmount {
                p.restore = (p.subject, p.current)
                p.subject = whole
                p.current = p.bySubject[whole]
            }
            if wholeAmount == nil, let subject = namedSubject, subject != p.subject {
                p.subject = subject
                p.current = p.bySubject[subject]
            }
            // A count beside no budget line (“接访1969次”, “培训信访干部300余人次”) is a statement of its own,
            // named by the words before it.
            if let token = event.token, token.kind == .count, !Self.sangongFamily.contains(p.subject ?? "") {
                guard let phrase = Self.countSubject(Array(c[sentenceStart..<start])) else {
                    record(token, text, at(token.numberRange.lowerBound), .notUnderstood("计数前没有可识别的名称"))
                    continue
                }
                var s = ExtractedStatement(id: "s\(statements.count + 1)", subject: phrase, line: at(start).line)
                s.section = section
                if inAttachment { s.scope = "自评报告" }
                let name = countName(token.countWord ?? "", clause: Self.clause(of: String(lead)))
                s.counts = [(name, ExtractedFigure(printed: token.printedNumber + (token.approximate ? "余" : ""), line: at(start).line, column: at(start).column))]
                statements.append(s)
                indicesBySubject[s.subject, default: []].append(statements.count - 1)
                records.append(NumberRecord(line: at(start).line, column: at(start).column, printed: text.printedText(token.range),
                                            outcome: .statement(id: s.id, field: "counts." + name)))
                sentenceBound[sentenceStart] = true
                continue
            }
            // A figure inside the reason a sentence gives (主要原因是上年年初结转资金1475.63万元) is about something
            // else than the line the sentence began with: unless its clause names a line, it is not read.
            if namedSubject == nil, event.token != nil {
                let sentenceText = String(c[sentenceStart..<start])
                let reasonAt = RoleWords.lastIndex(of: ["原因", "主要是", "由于", "因为"], in: sentenceText)
                // …的主要原因是：厉行节约，支出不超预算，与上年相比增加2.61万元: a comparison after the reason is the
                // line's own again.
                let backToLine = reasonAt >= 0 && event.token.map({ _ in RoleWords.trailingDirection(lead) != nil }) == true
                    && RoleWords.lastIndex(of: RoleWords.yearOnYear + RoleWords.versusBudget, in: sentenceText) > reasonAt
                if reasonAt >= 0, !backToLine {
                    record(event.token, text, at(start), .notUnderstood("在说明原因的分句中，未写明所指科目"))
                    continue
                }
            }
            guard let subject = p.subject else {
                record(event.token, text, at(start), .notUnderstood("句中没有可识别的科目或项目名称"))
                continue
            }
            // The role of the figure.
            var clauseStart = start
            while clauseStart > 0, !",，;；:。".contains(c[clauseStart - 1]) { clauseStart -= 1 }
            guard let role = role(of: event.token, lead: lead, leadText: String(roleLead),
                                  fullClause: String(c[clauseStart..<start]), comparison: p.comparison,
                                  sentence: String(c[sentenceStart..<start]), list: p.list) else {
                record(event.token, text, at(start), .notUnderstood("未能判断这个数字是预算、决算、完成率、增减还是占比"))
                continue
            }
            // Printed text: the direction word (if any) with the number and its % or unit.
            var printed = printedNumber
            if case .field(let field) = role, [.change, .growth, .vsBudget, .vsBudgetRate].contains(field) {
                if let token = event.token {
                    printed = (RoleWords.trailingDirection(lead) ?? "") + printedNumber
                    _ = token
                } else {
                    printed = RoleWords.levelWords.first { Self.find(Array($0), in: c, from: start) == start } ?? "持平"
                }
            }
            if case .count = role, let token = event.token { printed = token.printedNumber + (token.approximate ? "余" : "") }
            let figure = ExtractedFigure(printed: printed, line: at(start).line, column: at(start).column)
            // The statement it goes to: the paragraph's current one for this subject, else the latest one of the
            // same subject in this section whose field is free or already holds the same printed figure (a
            // restatement), else a new one.
            // 比上年预算数: a comparison with last year's budget is another quantity than one with last year's 决算.
            var priorMeasure: String?
            if case .field(let field) = role, [.prior, .change, .growth].contains(field),
               ["上年预算", "上年度预算", "上年年初预算", "上年预算数"].contains(where: { Self.clause(of: String(lead)).contains($0) }) {
                priorMeasure = "预算"
            }
            var index = p.current.flatMap { statements[$0].subject == subject && statements[$0].priorMeasure == priorMeasure ? $0 : nil }
            if let i = index, occupied(i, role, figure) { index = nil }
            // A part listed under another whole (商品和服务支出 of 基本支出, then of 项目支出) is another line.
            let listParent = p.list?.parent
            let scope = expectedScope(subject: subject, lead: subjectLead, fund: p.fund)
            if index == nil, let i = (indicesBySubject[subject] ?? []).first(where: { k in
                let s = statements[k]
                return s.subject == subject && serials[s.id] == sectionSerial && s.priorMeasure == priorMeasure
                    && (listParent == nil || s.parent == nil || s.parent == listParent)
                    && s.scope == scope && !occupied(k, role, figure)
            }) {
                index = i
                p.bySubject[subject] = i
                if let list = p.list { attach(i, to: list.parent) }
            }
            if index == nil {
                index = newStatement(subject: subject, line: at(start).line, lead: subjectLead, list: priorMeasure == nil ? p.list : nil, fund: p.fund)
                statements[index!].priorMeasure = priorMeasure
                if priorMeasure == nil { p.bySubject[subject] = index }
            }
            let i = index!
            p.current = i
            switch role {
            case .field(let field):
                statements[i].figures[field] = figure
                p.lastField = field
                if field == .budget { statements[i].budgetKind = Self.budgetKind(in: String(lead)) ?? statements[i].budgetKind }
                if field == .share {
                    let whole = shareAt.flatMap { Self.subjectAfterShare(Array(lead[($0 + 1)...])) } ?? wholeOfSentence
                    if let whole, whole != subject, let w = latestStatement(subject: whole, before: i) {
                        statements[i].shareOf = statements[w].id
                    } else if let parent = statements[i].parent {
                        statements[i].shareOf = statements[parent].id
                    }
                }
            case .count(let name):
                statements[i].counts.append((name, figure))
            }
            if let token = event.token {
                let field: String
                switch role { case .field(let f): field = f.rawValue; case .count(let n): field = "counts." + n }
                records.append(NumberRecord(line: at(start).line, column: at(start).column, printed: text.printedText(token.range),
                                            outcome: .statement(id: statements[i].id, field: field)))
                sentenceBound[sentenceStart] = true
            }
            p.bound += 1
        }
        // Sentences with figures none of which was understood are reported whole.
        for token in tokens {
            let s = Self.sentenceStart(c, before: token.numberRange.lowerBound)
            if sentenceBound[s] == nil {
                sentenceBound[s] = false
                let e = Self.sentenceEnd(c, after: token.numberRange.lowerBound)
                unparsedSentences.append((at(s).line, text.printedText(s..<e).trimmingCharacters(in: .whitespaces)))
            }
        }
        // A paragraph ending in 其中： lists its parts in the paragraphs that follow.
        let tail = String(c.suffix(6)).trimmingCharacters(in: .whitespaces)
        if tail.hasSuffix("其中:") || tail.hasSuffix("其中"), let current = p.current {
            // After a sentence that divided a whole into its parts, the list that follows details that whole.
            let parent = p.lastWhole.flatMap { whole in indicesBySubject[whole]?.last } ?? current
            openList = (parent, headings.last?.level ?? 0, lastRole(of: current))
        }
        pendingSubject = nil
    }

    // MARK: Roles

    private func role(of token: NumberToken?, lead: [Character], leadText: String, fullClause: String,
                      comparison: Comparison, sentence: String,
                      list: (parent: Int, role: ExtractedStatement.Field)?) -> FigureRole? {
        guard let token else {
            // 持平 / 无变化 after 与上年相比: a change of zero.
            return RoleWords.lastIndex(of: RoleWords.yearOnYear, in: fullClause) >= 0 || RoleWords.lastIndex(of: RoleWords.yearOnYear, in: sentence) >= 0
                ? .field(.change) : nil
        }
        let clause = Self.clause(of: leadText)
        let direction = RoleWords.trailingDirection(lead)
        switch token.kind {
        case .rate:
            if direction != nil { return .field(comparison == .budget ? .vsBudgetRate : .growth) }
            if clause.contains("完成") || clause.contains("执行率") || clause.contains("执行进度") || clause.contains("完成率") {
                return .field(.completionRate)
            }
            if fullClause.contains("占") || fullClause.contains("比重") || fullClause.contains("占比") { return .field(.share) }
            return nil
        case .count:
            return .count(countName(token.countWord ?? "", clause: clause))
        case .amount, .bare:
            // 比上年少9.5万元: a word the statement format does not read as a sign; reported, not guessed.
            if direction == nil, let last = lead.last(where: { !RoleWords.filler.contains($0) }), last == "少" || last == "多" {
                return nil
            }
            if let direction {
                if RoleWords.levelWords.contains(direction) { return nil }
                return .field(comparison == .budget ? .vsBudget : .change)
            }
            // A bare whole number in a sentence (a score, a 分值, a count without its word) is no amount: sentences
            // print amounts with their unit.
            if token.kind == .bare && !token.printedNumber.contains(".") && !token.printedNumber.contains(",") { return nil }
            if token.kind == .bare && !hasRoleWord(clause) { return nil }
            let scrubbed = clause.replacingOccurrences(of: "一般公共预算", with: "").replacingOccurrences(of: "政府性基金预算", with: "")
                .replacingOccurrences(of: "国有资本经营预算", with: "")
            let prior = RoleWords.lastIndex(of: RoleWords.priorWords + priorYearWords, in: scrubbed)
            let budget = RoleWords.lastIndex(of: ["预算"], in: scrubbed)
            let actual = RoleWords.lastIndex(of: ["决算", "实际", "支出", "收入", "完成", "执行"], in: scrubbed)
            if prior >= 0, prior >= budget || budget < 0 { return .field(.prior) }
            if Self.priorSentence(sentence) { return .field(.prior) }
            if budget >= 0, budget > actual { return .field(budgetPage ? .amount : .budget) }
            if budget >= 0, actual >= 0, scrubbed.contains("预算") && !scrubbed.contains("决算") && budgetPage { return .field(.amount) }
            if actual >= 0 || scrubbed.contains("为") || scrubbed.contains("共") || scrubbed.contains("合计") || scrubbed.contains("总计") {
                return .field(.amount)
            }
            if let list, list.role == .budget || list.role == .prior { return .field(list.role) }
            return .field(.amount)
        }
    }

    private var priorYearWords: [String] {
        guard let year else { return [] }
        return ["\(year - 1)年", "\(year - 1) 年"]
    }

    private func hasRoleWord(_ clause: String) -> Bool {
        ["预算", "决算", "支出", "收入", "为", "共", "合计", "总计", "总额", "上年", "去年"].contains { clause.contains($0) }
    }

    enum Comparison { case year, budget, none }

    /// The comparison `text` names last, if any.
    private func comparisonKind(_ text: String) -> Comparison? {
        let y = max(RoleWords.lastIndex(of: RoleWords.yearOnYear, in: text), RoleWords.lastIndex(of: priorYearWords.map { "比" + $0 } + priorYearWords.map { "较" + $0 }, in: text))
        let b = RoleWords.lastIndex(of: RoleWords.versusBudget, in: text)
        if b > y { return .budget }
        return y >= 0 ? .year : nil
    }

    private func countName(_ word: String, clause: String) -> String {
        switch word {
        case "人次": return "人次"
        case "人": return clause.contains("人数") || clause.contains("人次") || clause.contains("来宾") ? "人次" : "人"
        case "批次", "批": return "批次"
        case "次": return clause.contains("接待") ? "批次" : "次"
        case "个": return clause.contains("接待") || clause.contains("批") ? "批次" : clause.contains("团组") ? "团组" : "个"
        default: return word
        }
    }

    // MARK: Statements

    /// Is the field taken by a different figure? The same figure printed again is a restatement, not a conflict.
    private func occupied(_ index: Int, _ role: FigureRole, _ figure: ExtractedFigure) -> Bool {
        func same(_ a: String, _ b: String) -> Bool { a.filter { $0 != " " } == b.filter { $0 != " " } }
        switch role {
        case .field(let f): return statements[index].figures[f].map { !same($0.printed, figure.printed) } ?? false
        case .count(let name): return statements[index].counts.first { $0.name == name }.map { !same($0.figure.printed, figure.printed) } ?? false
        }
    }

    private func expectedScope(subject: String, lead: [Character], fund: String?) -> String? {
        if let fund, !Self.sangongFamily.contains(subject) { return fund }
        if inAttachment, !Self.sangongFamily.contains(subject) { return "自评报告" }
        let leadText = String(lead)
        if !Self.sangongFamily.contains(subject), let r = leadText.range(of: "财政拨款", options: .backwards),
           leadText[r.upperBound...].count <= subject.count + 2, !subject.contains("财政拨款") {
            return "财政拨款"
        }
        return nil
    }

    private mutating func newStatement(subject: String, line: Int, lead: [Character],
                                       list: (parent: Int, role: ExtractedStatement.Field)?, fund: String?) -> Int {
        var s = ExtractedStatement(id: "s\(statements.count + 1)", subject: subject, line: line)
        s.section = section
        s.measure = budgetPage ? "预算" : nil
        s.scope = expectedScope(subject: subject, lead: lead, fund: fund)
        if s.scope == nil, let list, SubjectLexicon.match(Array(subject), at: 0) == nil,
           (indicesBySubject[subject] ?? []).contains(where: { statements[$0].parent != nil && statements[$0].parent != list.parent }) {
            // The same name under another whole: told apart by the whole it belongs to.
            s.scope = statements[list.parent].subject
        }
        statements.append(s)
        indicesBySubject[s.subject, default: []].append(statements.count - 1)
        serials[s.id] = sectionSerial
        let index = statements.count - 1
        if let list { attach(index, to: list.parent) }
        return index
    }

    /// Makes `index` a part of `parent` (or of the part of it it belongs under) when it may be one.
    private mutating func attach(_ index: Int, to parentIndex: Int) {
        let subject = statements[index].subject
        guard parentIndex != index, statements[index].parent == nil, statements[parentIndex].subject != subject,
              !statements[parentIndex].items.contains(statements[index].id),
              SubjectLexicon.mayBePart(subject, of: statements[parentIndex].subject) else { return }
        // A whole of parts already listed (公务用车购置及运行维护费 after its 购置费 and 运行维护费) would count them twice.
        if let own = SubjectLexicon.decompositions[subject],
           statements[parentIndex].items.contains(where: { id in own.allowed.contains(statements[Self.index(of: id)].subject) }) {
            return
        }
        let list = (parent: parentIndex, role: ExtractedStatement.Field.amount)
        do {
            // A sub-part of a part already listed (公务用车运行维护费 under 公务用车购置及运行维护费) goes under that part.
            var parent = list.parent
            for item in statements[list.parent].items {
                let k = Self.index(of: item)
                if SubjectLexicon.decompositions[statements[k].subject] != nil,
                   SubjectLexicon.mayBePart(subject, of: statements[k].subject) {
                    parent = k
                }
            }
            statements[parent].items.append(statements[index].id)
            statements[index].parent = parent
            let parts = statements[parent].items.map { statements[Self.index(of: $0)].subject }
            statements[parent].partialItems = !SubjectLexicon.isComplete(statements[parent].subject, parts: parts)
        }
    }

    private func lastTopStatementBefore(_ line: Int) -> Int? {
        statements.lastIndex { $0.line < line && $0.parent == nil }
    }

    private func lastRole(of index: Int) -> ExtractedStatement.Field {
        let s = statements[index]
        if s.figures[.amount] == nil, s.figures[.budget] != nil { return .budget }
        if s.figures[.amount] == nil, s.figures[.prior] != nil { return .prior }
        return .amount
    }

    private func latestStatement(subject: String, before index: Int) -> Int? {
        let all = indicesBySubject[subject] ?? []
        return all.last { $0 < index } ?? all.last
    }

    private mutating func record(_ token: NumberToken?, _ text: NormalizedLine, _ place: (line: Int, column: Int),
                                 _ outcome: NumberRecord.Outcome) {
        guard let token else { return }
        records.append(NumberRecord(line: place.line, column: place.column, printed: text.printedText(token.range), outcome: outcome))
    }

    static let sangongFamily: Set<String> = ["“三公”经费", "因公出国（境）费", "公务接待费", "公务用车购置及运行维护费",
                                             "公务用车购置费", "公务用车运行维护费"]

    // MARK: Text helpers

    static func budgetKind(in lead: String) -> String? {
        if lead.contains("年初预算") { return "年初预算" }
        if lead.contains("调整后预算") { return "调整后预算" }
        if lead.contains("全年预算") { return "全年预算" }
        return nil
    }

    /// A sentence about last year only: 去年同期…为, 上年…为 (no comparison word).
    static func priorSentence(_ sentence: String) -> Bool {
        // ““三公”经费支出情况:上年度 …”: a label before a colon does not hide the 上年度 that opens the statement.
        var sentence = sentence
        if let colon = sentence.firstIndex(where: { $0 == ":" }), sentence.distance(from: sentence.startIndex, to: colon) <= 16 {
            sentence = String(sentence[sentence.index(after: colon)...])
        }
        let head = String(sentence.drop { $0 == " " }.prefix(6))
        guard ["去年", "上年", "上一年"].contains(where: { head.hasPrefix($0) }) else { return false }
        return !["较", "比", "相比", "增", "减", "下降"].contains { sentence.contains($0) }
    }

    /// The last subject named in `chars`, with the index just past it.
    static func lastSubject(in chars: [Character]) -> (String, Int)? {
        var best: (String, Int, Int)?
        var i = 0
        while i < chars.count {
            if let (canonical, length) = SubjectLexicon.match(chars, at: i) {
                best = (canonical, i, i + length)
                i += length
            } else {
                i += 1
            }
        }
        if let generic = GenericSubject.find(chars, from: best?.2 ?? 0, to: chars.count) {
            // A name printed after the lexicon's last match is the more specific one (其他商品和服务支出).
            let end = generic.start + generic.name.count
            // One written right after it qualifies it instead (“三公”经费财政拨款支出): the lexicon's name stands.
            if best == nil || generic.start > best!.2 { return (generic.name, min(end, chars.count)) }
        }
        return best.map { ($0.0, $0.2) }
    }

    static func subjectNamed(in chars: [Character]) -> String? { lastSubject(in: chars)?.0 }

    /// The name of a counted thing: the words of its clause before the number (“推动市级领导下访接访”).
    static func countSubject(_ lead: [Character]) -> String? {
        var text = clause(of: String(lead))
        // A short clause (“人数超”) is named with the clause before it.
        if text.filter({ GenericSubject.isNameCharacter($0) }).count < 5 {
            let before = String(lead).dropLast(text.count + 1)
            text = clause(of: String(before)).filter { !$0.isNumber && $0 != "." } + text
        }
        for filler in ["共", "累计", "全年", "合计", "总计", "达到", "达", "约", "为", "了", "有", "计"] where text.hasSuffix(filler) {
            text.removeLast(filler.count)
        }
        let han = text.filter { GenericSubject.isNameCharacter($0) }
        guard han.count >= 2 else { return nil }
        return String(han.suffix(16))
    }

    /// Does the text before a sentence's figure name a thing (合同金额, 面积 …) that is no known budget line?
    static func namesUnknownThing(_ chars: [Character]) -> Bool {
        if lastSubject(in: chars) != nil { return false }
        var text = String(chars)
        for word in ["一般公共预算", "财政拨款", "政府性基金", "支出", "决算", "预算", "年初", "调整后", "全年", "本年", "年度", "较上年",
                     "比上年", "同比", "与上年相比", "上年", "去年", "同期", "增加", "减少", "增长", "下降", "完成", "其中", "合计",
                     "总计", "实际", "主要", "用于", "为", "的", "数", "占", "共", "计", "较", "比", "相比", "与", "我局", "本部门",
                     "本单位", "我单位", "截至", "截止", "情况", "具体", "如下"] {
            text = text.replacingOccurrences(of: word, with: "")
        }
        return text.filter { GenericSubject.isNameCharacter($0) && $0 != "(" && $0 != ")" }.count >= 4
    }

    /// The whole a sentence sets out to divide: “…“三公”经费支出决算中，公务接待费…”.
    static func wholeNamed(in chars: [Character]) -> String? {
        var i = 0
        var found: String?
        while i < chars.count {
            if let (canonical, length) = SubjectLexicon.match(chars, at: i) {
                let after = String(chars[(i + length)..<min(chars.count, i + length + 12)])
                if after.contains("中,") || after.contains("中，") || after.contains("中:") { found = canonical }
                i += length
            } else {
                i += 1
            }
        }
        return found
    }

    /// The whole named after 占 (占基本支出的91.34%, 占本年支出合计的比重).
    static func subjectAfterShare(_ chars: [Character]) -> String? {
        var end = chars.count
        if let de = chars.firstIndex(of: "的") { end = de }
        let part = Array(chars[0..<end])
        var i = 0
        while i < part.count {
            if let (canonical, _) = SubjectLexicon.match(part, at: i) { return canonical }
            i += 1
        }
        return GenericSubject.find(part, from: 0, to: part.count)?.name
    }

    static func clause(of text: String) -> String {
        guard let r = text.lastIndex(where: { ",，;；:。".contains($0) }) else { return text }
        return String(text[text.index(after: r)...])
    }

    static func sentenceStart(_ c: [Character], before index: Int) -> Int {
        var k = min(index, c.count)
        while k > 0, !"。;!?！？".contains(c[k - 1]) { k -= 1 }
        return k
    }

    static func periodStart(_ c: [Character], before index: Int) -> Int {
        var k = min(index, c.count)
        while k > 0, !"。!?！？".contains(c[k - 1]) { k -= 1 }
        return k
    }

    static func sentenceEnd(_ c: [Character], after index: Int) -> Int {
        var k = index
        while k < c.count, !"。;!?！？".contains(c[k]) { k += 1 }
        return min(k + 1, c.count)
    }

    static func find(_ word: [Character], in c: [Character], from: Int) -> Int? {
        guard word.count <= c.count else { return nil }
        var i = from
        while i + word.count <= c.count {
            if c[i] == word[0], Array(c[i..<(i + word.count)]) == word { return i }
            i += 1
        }
        return nil
    }

    static func isTableRow(_ line: String) -> Bool {
        let t = line.trimmingCharacters(in: .whitespaces)
        return t.contains("\t") || t.hasSuffix("|") || t.hasPrefix("|") || t.contains(" | ")
    }

    /// Blanks out web addresses, whose digits are no figures.
    static func maskURLs(_ line: String) -> String {
        guard line.contains("http") || line.contains("www.") else { return line }
        var out = ""
        var inURL = false
        let chars = Array(line)
        var i = 0
        while i < chars.count {
            if !inURL, line.distance(from: line.startIndex, to: line.startIndex) == 0,
               String(chars[i..<min(i + 4, chars.count)]) == "http" || String(chars[i..<min(i + 4, chars.count)]) == "www." {
                inURL = true
            }
            if inURL, chars[i] == " " || !chars[i].isASCII { inURL = false }
            out.append(inURL ? " " : chars[i])
            i += 1
        }
        return out
    }
}
