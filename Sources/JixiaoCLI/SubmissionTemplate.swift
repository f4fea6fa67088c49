import JixiaoEngine

/// The text of a fill-in submission: the frame, every fact the named rubrics (and their check sets) read at
/// its dotted path with a Chinese comment, and optionally an annotated example statement. Every value is
/// left empty (`~`), never 0, so the unfilled template loads and scores as missing data.
struct SubmissionTemplate {
    struct NamedRubric {
        /// As the user named it (an id or a path); written into `rubrics:`.
        var reference: String
        var rubric: Rubric
    }

    /// Where the editor finds the schema.
    enum SchemaReference {
        /// A path relative to the file; `note` says what it is relative to when that is not obvious.
        case relative(String, note: String?)
        case notFound
    }

    var department: String?
    var year: Int
    /// Unit of bare amounts in the file; amount comments name it.
    var unit = "万元"
    var rubrics: [NamedRubric]
    var includeStatements: Bool
    var schema: SchemaReference

    func render() -> String {
        var out = TemplateLines()
        header(&out)
        frame(&out)
        facts(&out)
        manualScores(&out)
        if includeStatements { StatementExample.write(into: &out) }
        if rubrics.contains(where: { $0.rubric.form != nil }) { FormExample.write(into: &out) }
        out.blank()
        out.comment("部门自评分（可选）：去掉下面两行开头的 # 并把“分数”换成自评的分数：")
        out.comment("claimed_scores:")
        out.comment("  \(YAMLText.scalar(rubrics.first?.rubric.id ?? "dept-overall-100")): {\(exampleIndicatorIds())}")
        return out.text
    }

    private func header(_ out: inout TemplateLines) {
        switch schema {
        case .relative(let path, let note):
            out.comment("yaml-language-server: $schema=\(path)")
            if let note { out.comment(note) }
        case .notFound:
            out.comment("编辑器补全与校验：本文件不在 jixiao 仓库中，找不到 schemas/submission.schema.json。")
            out.comment("请在编辑器设置 yaml.schemas 中为本文件指定该模式，或在第一行写 yaml-language-server 的")
            out.comment("$schema 注释指向它，见 docs/submission-format.md“编辑器支持”。")
        }
        out.comment("jixiao 提交文件模板（jixiao init 生成）。格式见 docs/submission-format.md，文字陈述见 docs/statements.md。")
        out.comment("数字按原文照写。原文没有的数字留空（~）或删去该行，不要写 0：0 是真实的数字，会按 0 计分和核对。")
        out.blank()
    }

    private func frame(_ out: inout TemplateLines) {
        out.line("department: \(YAMLText.scalar(department ?? "待填写"))",
                 department == nil ? "部门（单位）全称，必填：把“待填写”换成部门全称" : "部门（单位）全称，必填")
        out.line("year: \(year)", "年度（决算或预算所属年度），必填")
        out.line("unit: \(YAMLText.scalar(unit))", "本文件不带单位的金额的单位：元、千元、万元 或 亿元")
        if rubrics.isEmpty {
            out.line("# rubrics: [dept-overall-100]", "评分规则（标识或文件路径）；只核对数据（jixiao check）时不需要")
        } else {
            out.line("rubrics: \(YAMLText.flowSequence(rubrics.map(\.reference)))",
                     "评分规则（标识或文件路径）；命令行 --rubric 可替换")
        }
        out.line("document: ~", "来源文件标题，如 2023年度××局部门决算")
    }

    private func facts(_ out: inout TemplateLines) {
        guard !rubrics.isEmpty else { return }
        let tree = FactTemplateTree()
        for named in rubrics { tree.add(named.rubric.facts) }
        out.blank()
        out.comment("以下 facts 与 stated 中的各项由这些规则读取，每项注释写明名称（类型，单位）：")
        for named in rubrics {
            let sets = named.rubric.checkSets.isEmpty ? "" : "，含核对规则集 " + named.rubric.checkSets.joined(separator: "、")
            out.comment("  \(named.rubric.id) \(named.rubric.title)\(sets)")
        }
        let stated = tree.root.children.first { $0.key == "stated" }?.node
        let factChildren = tree.root.children.filter { $0.key != "stated" }
        if factChildren.isEmpty && stated == nil {
            out.comment("（这些规则不读取任何事实。）")
            return
        }
        if !factChildren.isEmpty {
            out.line("facts:")
            for (key, node) in factChildren { write(key, node, indent: 1, into: &out) }
        }
        if let stated {
            out.blank()
            out.comment("文字部分（说明、自评报告正文）所写的数字，与决算表核对：")
            out.line("stated:")
            for (key, node) in stated.children { write(key, node, indent: 1, into: &out) }
        }
    }

    private func write(_ key: String, _ node: FactTemplateTree.Node, indent: Int, into out: inout TemplateLines) {
        let pad = String(repeating: "  ", count: indent)
        let name = YAMLText.scalar(key)
        if !node.children.isEmpty {
            let shadowed = (node.shadowed + [node.fact].compactMap { $0 }).map(\.label)
            out.line("\(pad)\(name):", shadowed.isEmpty ? nil : "另有规则把此处整体读作：" + shadowed.joined(separator: "、"))
            for (childKey, child) in node.children { write(childKey, child, indent: indent + 1, into: &out) }
        } else if let fields = node.listFields {
            let label = node.fact.map(\.label) ?? "按序号读取的列表"
            let shape = fields.isEmpty ? "列表，每个元素一个值" : "列表，每条一个记录"
            out.line("\(pad)\(name): ~", "\(Self.comment(label))（\(shape)）；有数据时删去 ~，去掉下面各行的 #")
            if fields.isEmpty {
                out.line("\(pad)#   - ~", node.fact?.elementKind.map { kindText($0, options: []) })
            }
            for (index, field) in fields.enumerated() {
                out.line("\(pad)#   \(index == 0 ? "- " : "  ")\(YAMLText.scalar(field.name)): ~",
                         kindText(field.kind, options: []))
            }
        } else if let fact = node.fact {
            out.line("\(pad)\(name): ~", describe(fact))
        }
    }

    /// `label（kind, unit）`, e.g. `一般公共预算财政拨款支出合计（金额，万元）`.
    private func describe(_ fact: FactDeclaration) -> String {
        var parts = [kindText(fact.kind, options: fact.options)]
        if fact.required { parts.append("规则标为必需") }
        let label = fact.label == fact.path ? "" : Self.comment(fact.label)
        return "\(label)（\(parts.joined(separator: "；"))）"
    }

    private func kindText(_ kind: FactKind, options: [String]) -> String {
        switch kind {
        case .amount: "金额，\(unit)"
        case .percent: "百分比，如 88.61%"
        case .count: "计数"
        case .boolean: "是/否"
        case .text: "文本"
        case .choice: options.isEmpty ? "选项" : "选项：\(options.joined(separator: "/"))"
        case .list: "列表"
        }
    }

    /// Manual indicators wait for an assessor's score; the block stays commented so an empty score is no error.
    private func manualScores(_ out: inout TemplateLines) {
        let manual = rubrics.map { named in
            (named.rubric.id, named.rubric.groups.flatMap(\.allIndicators).filter { $0.methodKey == "manual" })
        }.filter { !$0.1.isEmpty }
        guard !manual.isEmpty else { return }
        out.blank()
        out.comment("人工评分（评审人员填写）：去掉下面各行开头的 # 并把 ~ 换成分数；不打分的指标删去该行，即为“待人工评分”。")
        out.comment("manual_scores:")
        for (id, indicators) in manual {
            out.comment("  \(YAMLText.scalar(id)):")
            for indicator in indicators {
                out.line("#     \(YAMLText.scalar(indicator.id)): ~",
                         "\(Self.comment(indicator.name))（\(NumberFormat.score(indicator.points)) 分）")
            }
        }
    }

    private func exampleIndicatorIds() -> String {
        let ids = rubrics.first?.rubric.groups.flatMap(\.allIndicators).prefix(2).map(\.id) ?? ["A1", "B1"]
        return ids.map { "\(YAMLText.scalar($0)): 分数" }.joined(separator: ", ")
    }

    /// Text for a comment: one line.
    static func comment(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
