/// The nine 公开 tables of the Hunan 部门决算 template: title words, and the column names of their data columns.
enum TableLayouts {
    static let titles: [String: String] = [
        "t01": "收入支出决算总表", "t02": "收入决算表", "t03": "支出决算表", "t04": "财政拨款收入支出决算总表",
        "t05": "一般公共预算财政拨款支出决算表", "t06": "一般公共预算财政拨款基本支出决算明细表",
        "t07": "政府性基金预算财政拨款收入支出决算表", "t08": "国有资本经营预算财政拨款支出决算表",
        "t09": "财政拨款“三公”经费支出决算表",
    ]

    /// Coded-row tables: 科目代码, 科目名称, then these columns (栏次 1, 2, …).
    static let codedColumns: [String: [String]] = [
        "t02": ["total", "fiscal", "superior", "business", "operation", "affiliated", "other"],
        "t03": ["total", "basic", "project", "to_superior", "operation", "to_affiliated"],
        "t05": ["total", "basic", "project"],
        "t08": ["total", "basic", "project"],
        "t07": ["carryover_begin", "income", "expense.total", "expense.basic", "expense.project", "carryover_end"],
    ]

    /// 公开04表: the four expense columns (合计 and the three funds).
    static let t04Funds = ["total", "general_budget", "gov_fund", "state_capital"]
    static let t04IncomeFunds: [String: String] = [
        "一般公共预算财政拨款": "general_budget", "政府性基金预算财政拨款": "gov_fund", "国有资本经营预算财政拨款": "state_capital",
    ]
    static let t04Expense: [String: String] = [
        "本年支出合计": "total", "年末财政拨款结转和结余": "carryover_end", "总计": "grand_total",
    ]

    /// 公开09表: 预算数 columns 1–6, 决算数 columns 7–12.
    static let sangongColumns = ["total", "abroad", "vehicles", "vehicle_purchase", "vehicle_operation", "reception"]

    /// 公开01表, income side (left half) by label.
    static let t01Income: [String: String] = [
        "一般公共预算财政拨款收入": "general_budget", "政府性基金预算财政拨款收入": "gov_fund",
        "国有资本经营预算财政拨款收入": "state_capital", "上级补助收入": "superior_subsidy", "事业收入": "business",
        "经营收入": "operation", "附属单位上缴收入": "affiliated", "其他收入": "other", "本年收入合计": "total",
        "使用非财政拨款结余和专用结余": "use_non_fiscal_balance", "年初结转和结余": "carryover_begin", "总计": "grand_total",
    ]

    /// 公开01表, expense side (right half) totals by label; the functional classes are listed as categories.
    static let t01Expense: [String: String] = [
        "本年支出合计": "total", "结余分配": "balance_distribution", "年末结转和结余": "carryover_end", "总计": "grand_total",
    ]

    /// “一、一般公共服务支出” → “一般公共服务支出”.
    static func label(_ cell: String) -> String {
        var text = cell.trimmingBlanks()
        if let mark = text.firstIndex(of: "、"), text.distance(from: text.startIndex, to: mark) <= 3,
           text[..<mark].allSatisfy({ Heading.chineseNumerals.contains($0) }) {
            text = String(text[text.index(after: mark)...])
        }
        return text
    }
}
