import Foundation
import Testing

/// Hostile and careless inputs, each run through the built `jixiao` in a fresh temporary folder. Every case
/// asserts the exit code, the message with its `file:line:column` (worked out by hand from the input
/// written here), and that nothing half-written is left: no hidden temporary anywhere in the folder and
/// no output file where the command refused to write one.
@Suite("错误输入目录")
struct BadInputCatalogueTests {
    /// One bad input: the files to write (relative path → text), an optional extra setup, the command, and
    /// what must come of it.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var files: [String: String] = [:]
        var setup: (@Sendable (URL) throws -> Void)? = nil
        /// Whether rubrics/mini.yaml (``BadInputCatalogueTests/miniRubric``) is written.
        var writesRubric = true
        var arguments: [String]
        var status: Int32 = 2
        /// Texts that must all appear on standard error.
        var expected: [String]
        /// Texts that must all appear on standard output.
        var expectedOutput: [String] = []
        /// Paths, relative to the folder, that must not exist afterwards.
        var absent: [String] = []
        /// Paths that must still exist afterwards (with their content unchanged when written by `files`).
        var unchanged: [String] = []
        var testDescription: String { name }
    }

    // MARK: - Inputs

    /// A small valid rubric. Line 6 holds the metric that expression cases replace.
    static let miniRubricLines = [
        "id: mini",
        "title: 小规则",
        "total: 2",
        "facts: {rate: percent, budget: amount, spent: amount, staff: count}",
        "metrics:",
        "  exec: {name: 执行率, value: \"ratio(spent, budget)\", unit: \"%\"}",
        "findings:",
        "  - {id: low, when: \"rate < 60%\", problem: 控制率偏低, evidence: \"控制率 {{rate}}\", measures: [加强控制]}",
        "groups: [{id: g, name: 组, indicators: [{id: A, name: 控制率, points: 1, method: {rate_times_points: {rate: rate}}}, {id: M, name: 人工, points: 1, method: manual}]}]",
    ]
    static let miniRubric = text(miniRubricLines)

    /// A valid submission. Values start at: department 1:13, year 2:7, the rubrics sequence 3:10,
    /// rate 5:9, budget 6:11, spent 7:10, staff 8:10.
    static let submissionLines = [
        "department: 测试局",
        "year: 2023",
        "rubrics: [mini]",
        "facts:",
        "  rate: 90%",
        "  budget: 100",
        "  spent: 90",
        "  staff: 3",
    ]

    static func text(_ lines: [String]) -> String { lines.joined(separator: "\n") + "\n" }

    /// The submission with line `number` (1-based) replaced and `appended` lines added at the end.
    static func submission(replacing changes: [Int: String] = [:], appending appended: [String] = []) -> String {
        var lines = submissionLines
        for (number, line) in changes { lines[number - 1] = line }
        return text(lines + appended)
    }

    /// The rubric with line 6 (the metric `exec`) replaced by `exec: "<expression>"`; the expression's first
    /// character is then at 6:10 (two spaces, `exec: `, the opening quote).
    static func rubric(metric expression: String) -> String {
        var lines = miniRubricLines
        lines[5] = "  exec: \"\(expression)\""
        return text(lines)
    }

    static func rubric(appending line: String) -> String { text(miniRubricLines + [line]) }

    /// The rubric with its one metric (line 6) replaced by `lines`, one metric a line.
    static func rubric(metrics lines: [String]) -> String {
        text(Array(miniRubricLines.prefix(5)) + lines + Array(miniRubricLines.dropFirst(6)))
    }

    /// The rubric with the finding's evidence template (line 8) replaced.
    static func rubric(evidence: String) -> String {
        var lines = miniRubricLines
        lines[7] = lines[7].replacingOccurrences(of: "\"控制率 {{rate}}\"", with: "\"\(evidence)\"")
        return text(lines)
    }

    // MARK: - The catalogue

    static let yamlCases: [Case] = [
        Case(name: "未闭合的行内映射", files: ["s.yaml": "department: 测试局\nyear: 2023\nfacts: {a: 1\n"],
             arguments: ["score", "s.yaml"],
             // The mapping is still open when the input ends after the last newline: line 4, column 1.
             expected: ["s.yaml:4:1: 错误：YAML 语法错误"]),
        Case(name: "重复的键", files: ["s.yaml": "department: 测试局\nyear: 2023\nyear: 2024\n"],
             arguments: ["score", "s.yaml"], expected: ["s.yaml:3:1: 错误：映射中的键“year”重复：第 2 行已出现"]),
        Case(name: "未定义的别名", files: ["s.yaml": "department: *x\nyear: 2023\n"],
             arguments: ["score", "s.yaml"], expected: ["s.yaml:1:13: 错误：别名“*x”没有对应的锚点“&x”"]),
        Case(name: "无效的 UTF-8",
             setup: { folder in
                 // "x: " is three bytes, so the bad byte 0xFF is column 4 of line 3.
                 try Data(Array("department: 测试局\nyear: 2023\nx: ".utf8) + [0xFF, 0x0A])
                     .write(to: folder.appendingPathComponent("s.yaml"))
             },
             arguments: ["score", "s.yaml"], expected: ["s.yaml:3:4: 错误：文件不是有效的 UTF-8 编码"]),
        Case(name: "空文件", files: ["s.yaml": ""], arguments: ["score", "s.yaml"],
             expected: ["s.yaml:1:1: 错误：文件为空"]),
        Case(name: "两个 YAML 文档", files: ["s.yaml": "department: 测试局\n---\nyear: 2023\n"],
             arguments: ["score", "s.yaml"], expected: ["s.yaml:3:1: 错误：文件中有 2 个 YAML 文档，只允许一个"]),
        Case(name: "嵌套过深", files: ["s.yaml": "a: " + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "\n"],
             arguments: ["score", "s.yaml"], expected: ["s.yaml:1:", "错误：嵌套层数超出上限（128 层）"]),
        Case(name: "别名炸弹",
             files: ["s.yaml": (0..<7).map { level in
                 let items = level == 0 ? Array(repeating: "x", count: 10) : Array(repeating: "*l\(level - 1)", count: 10)
                 return "l\(level): &l\(level) [\(items.joined(separator: ", "))]"
             }.joined(separator: "\n") + "\n"],
             arguments: ["score", "s.yaml"],
             // Nodes before line 6: keys l0…l4 and the lists, 5 + 11 + 111 + 1,111 + 11,111 + 111,111 = 123,460; then
             // key l5 and its list, 123,462. Each *l4 adds 111,111, so the 8th passes 1,000,000
             // (123,462 + 8 × 111,111 = 1,012,350). "l5: &l5 [" is 9 characters and each alias 5 more
             // with its ", ": the 8th starts at column 10 + 7 × 5 = 45.
             expected: ["s.yaml:6:45: 错误：别名展开超出节点上限（1000000），可能是别名炸弹"]),
        Case(name: "缩进中的制表符", files: ["s.yaml": "department: 测试局\nfacts:\n\trate: 90%\n"],
             arguments: ["score", "s.yaml"], expected: ["s.yaml:3:", "错误：YAML 语法错误"]),
        Case(name: "文件过大（稀疏文件，不读入）",
             setup: { folder in
                 let path = folder.appendingPathComponent("s.yaml").path
                 FileManager.default.createFile(atPath: path, contents: nil)
                 // 17 MiB = 17 × 1,048,576 = 17,825,792 bytes.
                 guard truncate(path, 17 << 20) == 0 else { throw CocoaError(.fileWriteUnknown) }
             },
             arguments: ["score", "s.yaml"], expected: ["s.yaml:1:1: 错误：文件过大：17825792 字节，上限 16777216 字节"]),
        Case(name: "文件不存在", arguments: ["score", "nosuch.yaml"],
             expected: ["nosuch.yaml:1:1: 错误：无法读取文件：文件不存在"]),
        Case(name: "给出的是目录", arguments: ["score", "rubrics"],
             expected: ["rubrics:1:1: 错误：无法读取文件：这是一个目录"]),
        Case(name: "符号链接循环",
             setup: { folder in
                 guard symlink("s.yaml", folder.appendingPathComponent("s.yaml").path) == 0 else { throw CocoaError(.fileWriteUnknown) }
             },
             arguments: ["score", "s.yaml"], expected: ["s.yaml:1:1: 错误：无法读取文件：符号链接循环"]),
    ]

    static let frameCases: [Case] = [
        Case(name: "顶层是列表", files: ["s.yaml": "- a\n- b\n"], arguments: ["score", "s.yaml"],
             expected: ["s.yaml:1:1: 错误：提交文件应为映射（键: 值），实际是序列"]),
        Case(name: "缺少年度", files: ["s.yaml": "department: 测试局\nrubrics: [mini]\n"], arguments: ["score", "s.yaml"],
             expected: ["s.yaml:1:1: 错误：year：缺少必填字段“year”（年度）"]),
        Case(name: "缺少部门", files: ["s.yaml": "year: 2023\nrubrics: [mini]\n"], arguments: ["score", "s.yaml"],
             expected: ["s.yaml:1:1: 错误：department：缺少必填字段“department”（部门名称）"]),
        Case(name: "年度不是整数", files: ["s.yaml": submission(replacing: [2: "year: 二〇二三"])], arguments: ["score", "s.yaml"],
             expected: ["s.yaml:2:7: 错误：year：应为整数，实际是“二〇二三”"]),
        Case(name: "年度超出范围", files: ["s.yaml": submission(replacing: [2: "year: 20230"])], arguments: ["score", "s.yaml"],
             expected: ["s.yaml:2:7: 错误：year：年度 20230 不在合理范围 1949–2100 内"]),
        Case(name: "部门名称为空", files: ["s.yaml": submission(replacing: [1: "department: \"  \""])], arguments: ["score", "s.yaml"],
             expected: ["s.yaml:1:13: 错误：department：部门名称（department）为空"]),
        Case(name: "部门名称过长", files: ["s.yaml": submission(replacing: [1: "department: " + String(repeating: "局", count: 300)])],
             arguments: ["narrative", "s.yaml"], expected: ["s.yaml:1:13: 错误：department：部门名称过长：300 个字符，最多 200 个"]),
        Case(name: "拼错的顶层字段", files: ["s.yaml": submission(appending: ["departmant: 甲"])], arguments: ["score", "s.yaml"],
             expected: ["s.yaml:9:1: 错误：departmant：未知的字段“departmant”（提示：是否想用“department”？）"]),
        Case(name: "不支持的金额单位", files: ["s.yaml": submission(appending: ["unit: 百万元"])], arguments: ["score", "s.yaml"],
             expected: ["s.yaml:9:7: 错误：unit：不支持的金额单位“百万元”"]),
        Case(name: "facts 是列表", files: ["s.yaml": text(Array(submissionLines.prefix(3)) + ["facts: [1, 2]"])],
             arguments: ["score", "s.yaml"], expected: ["s.yaml:4:8: 错误：facts：facts 应为映射"]),
        Case(name: "rubrics 写了相对路径", files: ["s.yaml": submission(replacing: [3: "rubrics: [../rubrics/mini.yaml]"])],
             arguments: ["score", "s.yaml"], expected: ["s.yaml:3:10: 错误：rubrics：“../rubrics/mini.yaml”是文件路径"]),
        Case(name: "rubrics 写了绝对路径", files: ["s.yaml": submission(replacing: [3: "rubrics: [/etc/passwd]"])],
             arguments: ["score", "s.yaml"], expected: ["s.yaml:3:10: 错误：rubrics：“/etc/passwd”是文件路径"]),
        Case(name: "找不到规则", files: ["s.yaml": submission(replacing: [3: "rubrics: [minni]"])], arguments: ["score", "s.yaml"],
             expected: ["s.yaml:3:10: 错误：rubrics：找不到规则“minni”", "是否想用“mini”？"]),
        Case(name: "rubrics 写成映射", files: ["s.yaml": submission(replacing: [3: "rubrics: {mini: 1}"])],
             arguments: ["score", "s.yaml"], expected: ["s.yaml:3:10: 错误：rubrics：应为文本列表"]),
        Case(name: "命令行规则不存在", files: ["s.yaml": submission()], arguments: ["score", "s.yaml", "--rubric", "nosuch"],
             expected: ["<命令行>:1:1: 错误：rubrics：找不到规则“nosuch”"]),
    ]

    static let factCases: [Case] = [
        Case(name: "百分比写成文字", files: ["s.yaml": submission(replacing: [5: "  rate: 很高"])], arguments: ["score", "s.yaml"],
             expected: ["s.yaml:5:9: 错误：facts.rate：应为百分比"]),
        Case(name: "一万位的金额", files: ["s.yaml": submission(replacing: [6: "  budget: " + String(repeating: "9", count: 10_000)])],
             arguments: ["score", "s.yaml"],
             expected: ["s.yaml:6:11: 错误：facts.budget：数值超出可计算范围：数字位数过多（10000 位），最多 40 位"]),
        Case(name: "指数 10000", files: ["s.yaml": submission(replacing: [6: "  budget: 1e10000"])], arguments: ["score", "s.yaml"],
             expected: ["s.yaml:6:11: 错误：facts.budget：数值超出可计算范围：指数过大（10000），指数最多为 ±100"]),
        Case(name: "负指数过大的百分比", files: ["s.yaml": submission(replacing: [5: "  rate: 1e-1000"])], arguments: ["score", "s.yaml"],
             expected: ["s.yaml:5:9: 错误：facts.rate：数值超出可计算范围：指数过大（-1000）"]),
        Case(name: "负的计数", files: ["s.yaml": submission(replacing: [8: "  staff: -3"])], arguments: ["score", "s.yaml"],
             expected: ["s.yaml:8:10: 错误：facts.staff：应为计数"]),
        Case(name: "NaN 金额", files: ["s.yaml": submission(replacing: [6: "  budget: .nan"])], arguments: ["score", "s.yaml"],
             expected: ["s.yaml:6:11: 错误：facts.budget：应为金额"]),
        Case(name: "无穷大金额", files: ["s.yaml": submission(replacing: [6: "  budget: .inf"])], arguments: ["score", "s.yaml"],
             expected: ["s.yaml:6:11: 错误：facts.budget：应为金额"]),
        Case(name: "外币金额", files: ["s.yaml": submission(replacing: [6: "  budget: 38400美元"])], arguments: ["score", "s.yaml"],
             expected: ["s.yaml:6:11: 错误：facts.budget：应为金额"]),
        Case(name: "金额写成列表", files: ["s.yaml": submission(replacing: [6: "  budget: [1, 2]"])], arguments: ["score", "s.yaml"],
             expected: ["s.yaml:6:11: 错误：facts.budget：应为金额，实际是序列"]),
        Case(name: "负的预算数", files: ["s.yaml": submission(replacing: [6: "  budget: -100"])], arguments: ["score", "s.yaml"],
             expected: ["s.yaml:6:11: 错误：facts.budget：预算数 -100 为负数"]),
        Case(name: "超过 100% 的占比", files: ["s.yaml": submission(appending: ["  exec_share: 120%"])], arguments: ["score", "s.yaml"],
             // "  exec_share: " is 14 characters: the value is at column 15 of line 9.
             expected: ["s.yaml:9:15: 错误：facts.exec_share：占比 120% 超出 0–100% 的范围"]),
        Case(name: "合并键", files: ["s.yaml": submission(replacing: [5: "  <<: {rate: 90%}"])], arguments: ["score", "s.yaml"],
             expected: ["s.yaml:5:3: 错误：facts.<<：不支持 YAML 合并键“<<”"]),
    ]

    /// Score tables start on line 9; the score value is on line 11 after four spaces, `X: `: column 8.
    static func scores(_ field: String, rubric: String, _ entry: String) -> String {
        submission(appending: ["\(field):", "  \(rubric):", "    \(entry)"])
    }

    static let scoreCases: [Case] = [
        Case(name: "人工评分的规则标识拼错", files: ["s.yaml": scores("manual_scores", rubric: "minni", "M: 1")],
             arguments: ["score", "s.yaml"],
             expected: ["s.yaml:11:8: 错误：manual_scores.minni：“minni”不是本次评分所用的规则，其下 1 项评分不会被使用（提示：是否想用“mini”？）"]),
        Case(name: "自评分的规则标识拼错", files: ["s.yaml": scores("claimed_scores", rubric: "mni", "A: 1")],
             arguments: ["score", "s.yaml"], expected: ["s.yaml:11:8: 错误：claimed_scores.mni：“mni”不是本次评分所用的规则"]),
        Case(name: "人工评分超出分值", files: ["s.yaml": scores("manual_scores", rubric: "mini", "M: 5")],
             arguments: ["score", "s.yaml"], expected: ["s.yaml:11:8: 错误：manual_scores.mini.M：人工评分 5 超出该指标分值 0–1"]),
        Case(name: "非人工指标给了人工评分", files: ["s.yaml": scores("manual_scores", rubric: "mini", "A: 1")],
             arguments: ["score", "s.yaml"], expected: ["s.yaml:11:8: 错误：manual_scores.mini.A：指标“A”按", "不接受人工评分"]),
        Case(name: "自评分超出分值", files: ["s.yaml": scores("claimed_scores", rubric: "mini", "A: 300")],
             arguments: ["score", "s.yaml"], expected: ["s.yaml:11:8: 错误：claimed_scores.mini.A：自评分 300 超出该指标分值 0–1"]),
        Case(name: "自评分为负", files: ["s.yaml": scores("claimed_scores", rubric: "mini", "A: -1")],
             arguments: ["score", "s.yaml"], expected: ["s.yaml:11:8: 错误：claimed_scores.mini.A：自评分 -1 超出该指标分值 0–1"]),
        Case(name: "自评分的指标不存在", files: ["s.yaml": scores("claimed_scores", rubric: "mini", "Z: 1")],
             arguments: ["score", "s.yaml"], expected: ["s.yaml:11:8: 错误：claimed_scores.mini.Z：规则“mini”中没有指标“Z”"]),
        Case(name: "人工评分不是数值", files: ["s.yaml": scores("manual_scores", rubric: "mini", "M: 满分")],
             arguments: ["score", "s.yaml"], expected: ["s.yaml:11:8: 错误：manual_scores.mini.M：应为数值（如 10、2.5、90%），实际是“满分”"]),
        Case(name: "原因对应的问题模板不存在", files: ["s.yaml": submission(appending: ["causes:", "  lo: 人手不足"])],
             arguments: ["score", "s.yaml"],
             // The location is that of the causes mapping: line 10, after two spaces.
             expected: ["s.yaml:10:3: 错误：causes.lo：没有标识为“lo”的问题模板，这条原因不会被使用（提示：是否想用“low”？）"]),
    ]

    static let rubricCases: [Case] = [
        Case(name: "表达式过长", files: ["rubrics/bad.yaml": rubric(metric: "1" + String(repeating: "+1", count: 3_000))],
             arguments: ["lint", "rubrics/bad.yaml"],
             // "1" and 3,000 × "+1": 6,001 characters; reported at the expression's first character.
             expected: ["rubrics/bad.yaml:6:10: 错误：metrics.exec", "表达式过长：6001 个字符，上限 5000 个"]),
        Case(name: "200 层嵌套的 min(", files: ["rubrics/bad.yaml": rubric(metric: String(repeating: "min(", count: 200) + "1" + String(repeating: ")", count: 200))],
             arguments: ["lint", "rubrics/bad.yaml"],
             // The 101st "min" starts at offset 400: column 10 + 400.
             expected: ["rubrics/bad.yaml:6:410: 错误：metrics.exec", "表达式嵌套过深：超过 100 层"]),
        Case(name: "150 个负号", files: ["rubrics/bad.yaml": rubric(metric: String(repeating: "-", count: 150) + "1")],
             arguments: ["lint", "rubrics/bad.yaml"],
             // The 101st sign is at offset 100: column 110.
             expected: ["rubrics/bad.yaml:6:110: 错误：metrics.exec", "表达式嵌套过深"]),
        Case(name: "两万个负号", files: ["rubrics/bad.yaml": rubric(metric: String(repeating: "-", count: 20_000) + "1"), "s.yaml": submission()],
             arguments: ["score", "s.yaml", "--rubric", "rubrics/bad.yaml"],
             expected: ["rubrics/bad.yaml:6:10: 错误：metrics.exec", "表达式过长：20001 个字符"]),
        Case(name: "一万项的求和", files: ["rubrics/bad.yaml": rubric(metric: "spent" + String(repeating: " + spent", count: 9_999)), "in/s.yaml": submission()],
             arguments: ["batch", "in", "--out", "out", "--rubric", "rubrics/bad.yaml"],
             // 5 + 9,999 × 8 = 79,997 characters.
             expected: ["rubrics/bad.yaml:6:10: 错误：metrics.exec", "表达式过长：79997 个字符", "共 1 个文件：评分 0 个，失败 1 个"]),
        Case(name: "未知函数", files: ["rubrics/bad.yaml": rubric(metric: "sume(spent)")], arguments: ["lint", "rubrics/bad.yaml"],
             expected: ["rubrics/bad.yaml:6:10: 错误：metrics.exec", "未知函数“sume”，是否想用“sum”？"]),
        Case(name: "表达式不完整", files: ["rubrics/bad.yaml": rubric(metric: "spent +")], arguments: ["lint", "rubrics/bad.yaml"],
             // "spent +" is 7 characters: the missing operand is at offset 7, column 17.
             expected: ["rubrics/bad.yaml:6:17: 错误：metrics.exec", "表达式不完整：“+”后面缺少内容"]),
        Case(name: "表达式中的巨大指数", files: ["rubrics/bad.yaml": rubric(metric: "spent + 1e10000")], arguments: ["lint", "rubrics/bad.yaml"],
             // "spent + " is 8 characters: column 18.
             expected: ["rubrics/bad.yaml:6:18: 错误：metrics.exec", "指数过大（10000），指数最多为 ±100"]),
        Case(name: "引用了未声明的数据", files: ["rubrics/bad.yaml": rubric(metric: "spnt / budget")], arguments: ["lint", "rubrics/bad.yaml"],
             expected: ["rubrics/bad.yaml:6:10: 错误：metrics.exec", "“spnt”既不是已声明的事实（facts），也不是计算项（metrics）"]),
        Case(name: "规则的金额单位不认识", files: ["rubrics/bad.yaml": rubric(appending: "unit: 百万元")], arguments: ["lint", "rubrics/bad.yaml"],
             expected: ["rubrics/bad.yaml:10:7: 错误：unit：不支持的金额单位“百万元”，应为 元、千元、万元 或 亿元"]),
        Case(name: "计算项换了金额单位",
             files: ["rubrics/bad.yaml": text(miniRubricLines.enumerated().map { index, line in
                 index == 5 ? "  exec: {name: 执行率, value: \"ratio(spent, budget)\", unit: 百万元}" : line
             })],
             arguments: ["lint", "rubrics/bad.yaml"],
             // "  exec: {" 9 + "name: 执行率, " 11 + "value: " 7 + the quoted expression 22 + ", " 2 + "unit: " 6 = 57.
             expected: ["rubrics/bad.yaml:6:58: 错误：metrics.exec.unit：金额单位“百万元”与规则的金额单位“万元”不同"]),
        Case(name: "两万层嵌套的模板分段", files: ["rubrics/bad.yaml": rubric(evidence: String(repeating: "{{#rate}}", count: 20_000) + "x" + String(repeating: "{{/rate}}", count: 20_000))],
             arguments: ["lint", "rubrics/bad.yaml"],
             // "  - {" 5 + "id: low, " 9 + `when: "rate < 60%", ` 20 + "problem: 控制率偏低, " 16 + "evidence: " 10 = 60.
             // 20,000 × "{{#rate}}" (9 characters) + "x" + 20,000 × "{{/rate}}" = 360,001 characters.
             expected: ["rubrics/bad.yaml:8:61: 错误：findings[0].evidence：模板过长：360001 个字符，上限 10000 个"]),
        Case(name: "21 层嵌套的模板分段", files: ["rubrics/bad.yaml": rubric(evidence: String(repeating: "{{#rate}}", count: 21) + "x" + String(repeating: "{{/rate}}", count: 21))],
             arguments: ["lint", "rubrics/bad.yaml"],
             expected: ["rubrics/bad.yaml:8:61: 错误：findings[0].evidence：模板分段（{{#…}}）嵌套过深：超过 20 层"]),
        Case(name: "模板更换分隔符", files: ["rubrics/bad.yaml": rubric(evidence: "{{=<% %>=}}<%rate%>")],
             arguments: ["lint", "rubrics/bad.yaml"],
             expected: ["rubrics/bad.yaml:8:61: 错误：findings[0].evidence：模板中不支持更换分隔符"]),
        Case(name: "五万个链式计算项", files: ["rubrics/bad.yaml": rubric(metrics: ["  m0: \"spent\""] + (1..<50_000).map { "  m\($0): \"m\($0 - 1) + 1\"" })],
             arguments: ["lint", "rubrics/bad.yaml"], status: 0, expected: [], expectedOutput: ["rubrics/bad.yaml：通过"]),
        Case(name: "五万个计算项的循环", files: ["rubrics/bad.yaml": rubric(metrics: ["  m0: \"m49999 + 1\""] + (1..<50_000).map { "  m\($0): \"m\($0 - 1) + 1\"" })],
             arguments: ["lint", "rubrics/bad.yaml"],
             // m0 (line 6, value after "  m0: " at column 7) leads through m49999 … m1 back to m0: 50,000 metrics.
             expected: ["rubrics/bad.yaml:6:7: 错误：metrics.m0：计算项循环引用：m0 → m49999 → m49998 → m49997 → m49996 → m49995 → …（共 50000 个计算项） → m5 → m4 → m3 → m2 → m1 → m0"]),
        Case(name: "规则中的合并键", files: ["rubrics/bad.yaml": rubric(appending: "<<: {description: 说明}")], arguments: ["lint", "rubrics/bad.yaml"],
             expected: ["rubrics/bad.yaml:10:1: 错误：<<：不支持 YAML 合并键“<<”"]),
        Case(name: "规则中拼错的字段", files: ["rubrics/bad.yaml": rubric(appending: "titel: 标题")], arguments: ["lint", "rubrics/bad.yaml"],
             expected: ["rubrics/bad.yaml:10:1: 错误：titel：未知的字段“titel”（提示：是否想用“title”？）"]),
    ]

    /// Scores s.yaml twice, once with rubrics/mini.yaml and once with a forged alt/mini.yaml of the same id,
    /// into a.json and b.json.
    static let forgedResults: @Sendable (URL) throws -> Void = { folder in
        try text(miniRubricLines.map { $0 == "title: 小规则" ? "title: 伪造的规则" : $0 })
            .write(to: folder.appendingPathComponent("alt/mini.yaml"), atomically: true, encoding: .utf8)
        for (name, rubric) in [("a.json", "rubrics/mini.yaml"), ("b.json", "alt/mini.yaml")] {
            let output = try BadInputCatalogueTests.run(["score", "s.yaml", "--rubric", rubric, "--format", "json"], in: folder).output
            try output.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
    }

    static let compareCases: [Case] = [
        Case(name: "结果文件不是 JSON", files: ["r.jsonl": "{\"a\": }\n"], arguments: ["compare", "r.jsonl"],
             // `{"a": ` is six characters: the missing value is at column 7.
             expected: ["r.jsonl:1:7: 错误："]),
        Case(name: "二十万位的得分", files: ["r.jsonl": "{\"score\": " + String(repeating: "9", count: 200_000) + "}\n"],
             arguments: ["compare", "r.jsonl"],
             // `{"score": ` is ten characters: the number starts at column 11.
             expected: ["r.jsonl:1:11: 错误：数值超出可计算范围：数字位数过多（200000 位），最多 200 位"]),
        Case(name: "结果中的巨大指数", files: ["r.jsonl": "[1e999999999]\n"], arguments: ["compare", "r.jsonl"],
             expected: ["r.jsonl:1:2: 错误：数值超出可计算范围：指数过大（999999…）"]),
        Case(name: "同一规则标识、不同规则文件", files: ["s.yaml": submission(), "alt/.keep": ""], setup: forgedResults,
             arguments: ["compare", "a.json", "b.json", "--out", "cmp.txt"],
             expected: ["错误：规则“mini”有 2 个不同版本的评分结果：a.json（s.yaml）", "b.json（s.yaml）", "不能放在一起排名"],
             absent: ["cmp.txt"]),
        Case(name: "输出覆盖输入", files: ["s.yaml": submission()], arguments: ["compare", "s.yaml", "--out", "s.yaml"],
             expected: ["错误：输出文件 s.yaml 就是输入文件 s.yaml（或指向它的链接），不能覆盖输入"], unchanged: ["s.yaml"]),
        Case(name: "输出是指向输入的链接", files: ["s.yaml": submission()],
             setup: { folder in
                 guard symlink("s.yaml", folder.appendingPathComponent("link.txt").path) == 0 else { throw CocoaError(.fileWriteUnknown) }
             },
             arguments: ["compare", "s.yaml", "--out", "link.txt"],
             expected: ["错误：输出文件 link.txt 就是输入文件 s.yaml"], unchanged: ["s.yaml"]),
        Case(name: "输出经 .. 回到输入", files: ["s.yaml": submission(), "sub/.keep": ""],
             arguments: ["compare", "s.yaml", "--out", "sub/../s.yaml"],
             expected: ["错误：输出文件 sub/../s.yaml 就是输入文件 s.yaml"], unchanged: ["s.yaml"]),
        Case(name: "输出目录不存在", files: ["s.yaml": submission()], arguments: ["compare", "s.yaml", "--out", "nodir/x.txt"],
             expected: ["错误：无法写入输出文件 nodir/x.txt：所在目录", "nodir 不存在"], absent: ["nodir"]),
        Case(name: "init 的输出覆盖所读的规则", arguments: ["init", "--rubric", "rubrics/mini.yaml", "--out", "rubrics/mini.yaml", "--force"],
             expected: ["错误：输出文件 rubrics/mini.yaml 就是输入文件 rubrics/mini.yaml"], unchanged: ["rubrics/mini.yaml"]),
        Case(name: "输出写成 .yaml", files: ["s.yaml": submission()], arguments: ["compare", "s.yaml", "--out", "other.yaml"],
             expected: ["错误：输出文件 other.yaml 以 .yaml/.yml 结尾"], absent: ["other.yaml"]),
    ]

    static let batchCases: [Case] = [
        Case(name: "批量目录中的循环链接", files: ["in/a.yaml": submission()],
             setup: { folder in
                 guard symlink("loop.yaml", folder.appendingPathComponent("in/loop.yaml").path) == 0 else { throw CocoaError(.fileWriteUnknown) }
             },
             arguments: ["batch", "in", "--out", "out"],
             expected: ["in/loop.yaml:1:1: 错误：无法读取文件：符号链接循环", "共 2 个文件：评分 1 个，失败 1 个"]),
        Case(name: "批量目录中的断开链接", files: ["in/a.yaml": submission()],
             setup: { folder in
                 guard symlink("missing.yaml", folder.appendingPathComponent("in/gone.yaml").path) == 0 else { throw CocoaError(.fileWriteUnknown) }
             },
             arguments: ["batch", "in", "--out", "out"],
             expected: ["in/gone.yaml:1:1: 错误：无法读取文件：文件不存在", "共 2 个文件：评分 1 个，失败 1 个"]),
        Case(name: "批量目录中没有写入者的命名管道", files: ["in/a.yaml": submission()],
             setup: { folder in
                 guard mkfifo(folder.appendingPathComponent("in/pipe.yaml").path, 0o600) == 0 else { throw CocoaError(.fileWriteUnknown) }
             },
             arguments: ["batch", "in", "--out", "out"],
             // Nobody writes to the pipe: it reads as an empty file instead of blocking the batch.
             expected: ["in/pipe.yaml:1:1: 错误：文件为空", "共 2 个文件：评分 1 个，失败 1 个"]),
        Case(name: "输入位于输出目录的 reports 中", files: ["out/reports/x.yaml": submission()],
             arguments: ["batch", "out/reports/x.yaml", "--out", "out"],
             expected: ["错误：输入文件 out/reports/x.yaml 位于输出目录 out 中、会被本次输出覆盖"],
             absent: ["out/results.jsonl"], unchanged: ["out/reports/x.yaml"]),
        Case(name: "输入就是输出的 summary.csv", files: ["out/summary.csv": "department\n"],
             arguments: ["batch", "out/summary.csv", "--out", "out"],
             expected: ["错误：输入文件 out/summary.csv 位于输出目录 out 中"], unchanged: ["out/summary.csv"]),
        Case(name: "输出位置是文件", files: ["in/a.yaml": submission(), "out": "x"], arguments: ["batch", "in", "--out", "out"],
             expected: ["错误：输出位置 out 已存在且不是目录"], unchanged: ["out"]),
        Case(name: "批量不接受标准输入", arguments: ["batch", "-", "--out", "out"],
             expected: ["batch 不支持标准输入（-）"], absent: ["out"]),
        Case(name: "同一规则标识的两个版本不放在一起排名",
             files: ["p/sub/s.yaml": submission(), "p/rubrics/mini.yaml": miniRubric, "q/sub/s.yaml": submission(replacing: [1: "department: 乙局"]),
                     "q/rubrics/mini.yaml": text(miniRubricLines.map { $0 == "total: 2" ? "total: 2\ndescription: 改过的规则" : $0 })],
             writesRubric: false,
             arguments: ["batch", "p/sub", "q/sub", "--out", "out"],
             expected: ["错误：规则“mini”有 2 个不同版本的评分结果：p/sub/s.yaml", "q/sub/s.yaml", "（未生成 report.html）"],
             absent: ["out/report.html"]),
        Case(name: "被杀掉的运行留下的临时目录",
             files: ["in/a.yaml": submission(), "out/.jixiao-batch.4194305/results.jsonl": "{}\n",
                     "out/.results.jsonl.4194305.tmp": "{}\n"],
             arguments: ["batch", "in", "--out", "out"], status: 0,
             // pid_max is at most 2^22 = 4,194,304 on Linux, so process 4194305 cannot be running.
             expected: ["已删除此前中断的运行留下的临时文件：.jixiao-batch.4194305、.results.jsonl.4194305.tmp"]),
    ]

    static let all = yamlCases + frameCases + factCases + scoreCases + rubricCases + compareCases + batchCases

    @Test func theCatalogueHasAtLeastSixtyCases() {
        #expect(Self.all.count >= 60)
        #expect(Set(Self.all.map(\.name)).count == Self.all.count)
    }

    @Test(arguments: all)
    func badInput(_ badCase: Case) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-bad-\(UUID())")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("rubrics"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        if badCase.writesRubric {
            try Self.miniRubric.write(to: folder.appendingPathComponent("rubrics/mini.yaml"), atomically: true, encoding: .utf8)
        }
        for (path, contents) in badCase.files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url, atomically: true, encoding: .utf8)
        }
        try badCase.setup?(folder)
        // The temporaries the case plants itself must be gone afterwards; nothing else hidden may appear.
        let planted = Set(badCase.files.keys.filter { $0.hasSuffix("/.keep") })

        let run = try Self.run(badCase.arguments, in: folder)

        #expect(run.status == badCase.status, "exit status; stderr: \(run.errors.prefix(600))")
        for fragment in badCase.expected {
            #expect(run.errors.contains(fragment), "missing “\(fragment)” in: \(run.errors.prefix(600))")
        }
        for fragment in badCase.expectedOutput {
            #expect(run.output.contains(fragment), "missing “\(fragment)” in output: \(run.output.prefix(600))")
        }
        #expect(!run.errors.contains("Fatal error"))
        for path in badCase.absent {
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path), "\(path) exists")
        }
        for path in badCase.unchanged {
            let url = folder.appendingPathComponent(path)
            #expect(FileManager.default.fileExists(atPath: url.path), "\(path) is gone")
            if let written = badCase.files[path] ?? (path == "rubrics/mini.yaml" && badCase.writesRubric ? Self.miniRubric : nil) {
                #expect((try? String(contentsOf: url, encoding: .utf8)) == written, "\(path) was changed")
            }
        }
        let hidden = Self.hiddenEntries(in: folder).filter { !planted.contains($0) }
        #expect(hidden.isEmpty, "left behind: \(hidden)")
    }

    /// Every entry below `folder` whose name starts with ".", as a relative path.
    static func hiddenEntries(in folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if URL(fileURLWithPath: relative).lastPathComponent.hasPrefix(".") { found.append(relative) }
        }
        return found.sorted()
    }

    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs the built `jixiao` in `folder`, with standard input closed.
    static func run(_ arguments: [String], in folder: URL) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BatchTests.executable)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Standard output is drained on another thread so a large output cannot block the child.
        let outputData = LockedData()
        let reader = Thread { outputData.set(output.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !outputData.isSet { usleep(1_000) }
        return Run(status: process.terminationStatus, output: String(decoding: outputData.data, as: UTF8.self),
                   errors: String(decoding: errorData, as: UTF8.self))
    }

    final class LockedData: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: Data?
        func set(_ data: Data) { lock.lock(); stored = data; lock.unlock() }
        var isSet: Bool { lock.lock(); defer { lock.unlock() }; return stored != nil }
        var data: Data { lock.lock(); defer { lock.unlock() }; return stored ?? Data() }
    }
}
