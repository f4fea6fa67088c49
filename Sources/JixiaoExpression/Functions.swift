/// The functions an expression may call. Names, arities and descriptions live here so the parser can
/// reject unknown names and wrong argument counts when a rubric is loaded, not when it is scored.
enum BuiltinFunction: String, Sendable, CaseIterable {
    case sum, min, max, avg, count, abs, round, ratio, percent, growth, exists, contains
    case `if`

    /// How many arguments a function takes.
    enum Arity: Sendable {
        case exactly(Int)
        case atLeast(Int)

        func accepts(_ count: Int) -> Bool {
            switch self {
            case .exactly(let required): count == required
            case .atLeast(let minimum): count >= minimum
            }
        }
    }

    var name: String { rawValue }

    var arity: Arity {
        switch self {
        case .sum, .min, .max, .avg: .atLeast(1)
        case .count, .abs, .exists: .exactly(1)
        case .round, .ratio, .percent, .growth, .contains: .exactly(2)
        case .if: .exactly(3)
        }
    }

    /// What the function does, in Chinese, for help texts and rubric documentation.
    var summary: String {
        switch self {
        case .sum: "求和；参数可以是数字或列表（列表会展开），空列表的和为 0"
        case .min: "最小值；参数可以是数字或列表，没有任何数字时无法计算"
        case .max: "最大值；参数可以是数字或列表，没有任何数字时无法计算"
        case .avg: "平均值；参数可以是数字或列表，没有任何数字时无法计算"
        case .count: "列表的元素个数"
        case .abs: "绝对值"
        case .round: "round(x, 位数)：四舍五入到指定小数位数"
        case .ratio: "ratio(a, b)：a ÷ b，结果是比值（0.8861 即 88.61%），b 为 0 时无法计算"
        case .percent: "percent(a, b)：同 ratio，a ÷ b 的比值"
        case .growth: "growth(本期, 上期)：增长率 (本期 − 上期) ÷ 上期，上期为 0 时无法计算"
        case .exists: "exists(路径)：该数据是否已填报（有值为 true，缺失为 false）"
        case .if: "if(条件, 甲, 乙)：条件成立取甲，否则取乙；同 if 条件 then 甲 else 乙"
        case .contains: "contains(列表或文本, 值)：列表中是否有等于该值（文本时为含有该段文字）的元素；文本中是否含有该段文字"
        }
    }

    /// The Chinese arity error, e.g. `“round”需要 2 个参数，实际 1 个`.
    func arityMessage(actual: Int) -> String {
        switch arity {
        case .exactly(let required): "“\(name)”需要 \(required) 个参数，实际 \(actual) 个"
        case .atLeast(let minimum): "“\(name)”至少需要 \(minimum) 个参数，实际 \(actual) 个"
        }
    }
}
