import JixiaoExpression
import JixiaoYAML

/// One self-assessment form (项目支出绩效自评表 or 部门整体支出绩效自评表) as the submission writes it.
public struct Form: Sendable {
    public var id: String?
    /// 项目名称, or the department for a whole-department form.
    public var name: String
    /// 项目 or 部门整体.
    public var kind: String
    public var section: String?
    public var line: Int?
    public var funding: Funding?
    public var rows: [Row]
    /// 总分 as printed.
    public var total: PrintedFigure?
    /// 评价等级 as printed.
    public var grade: String?
    public var gradeLocation: SourceLocation?
    public var location: SourceLocation
    public var path: String

    /// 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分.
    public struct Funding: Sendable {
        public var initial: PrintedFigure?
        public var annual: PrintedFigure?
        public var executed: PrintedFigure?
        public var weight: PrintedFigure?
        public var rate: PrintedFigure?
        public var score: PrintedFigure?
        /// The line of the source document the block stands on.
        public var line: Int?
        public var location: SourceLocation
        public var path: String
    }

    /// One indicator row: 一级/二级/三级指标, 分值, 年度指标值, 实际完成值, 得分, 偏差原因.
    public struct Row: Sendable {
        /// `R1`, `R2`, … in form order.
        public var id: String
        public var level1: String?
        public var level2: String?
        public var name: String
        public var weight: PrintedFigure?
        public var target: FormValue?
        public var actual: FormValue?
        public var score: PrintedFigure?
        public var deviation: String?
        /// The line of the source document the row stands on.
        public var line: Int?
        public var location: SourceLocation
        public var path: String

        /// The 偏差原因 the row gives, if it says anything: forms print 0, 无, / or — in an empty column.
        public var deviationGiven: String? {
            guard let deviation else { return nil }
            return deviation.trimmingCharacters(in: [" ", "0", "无", "/", "-", "—"]).isEmpty ? nil : deviation
        }
    }
}
