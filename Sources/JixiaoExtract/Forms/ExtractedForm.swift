/// A self-assessment form (项目支出绩效自评表 or 部门整体支出绩效自评表) as read from the document, every figure and
/// value as printed with its place, ready to be written under `forms:` (docs/forms.md).
public struct ExtractedForm: Sendable {
    /// A printed cell and where it stands.
    public struct Printed: Sendable, Equatable {
        public var text: String
        public var line: Int
        public var column: Int
    }

    public struct Row: Sendable {
        public var level1: String?
        public var level2: String?
        public var name: String
        public var weight: Printed?
        public var target: Printed?
        public var actual: Printed?
        public var score: Printed?
        public var deviation: Printed?
        public var line: Int
        public var column: Int
    }

    /// 项目名称, or the department of a 部门整体 form; nil when the form prints none.
    public var name: String?
    /// 项目 or 部门整体.
    public var kind: String
    /// The title printed above the form (项目支出绩效自评表 …).
    public var title: String?
    /// Where the form starts.
    public var line: Int
    /// The unit its funding header names (万元, 元 …).
    public var unit: String?
    /// 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 under the format's keys, in that order.
    public var funding: [(key: String, value: Printed)] = []
    public var fundingLine: Int?
    public var rows: [Row] = []
    public var total: Printed?
    /// The grade written (优/良/中/差) and the grade as printed.
    public var grade: (written: String, printed: Printed)?
    /// 实施单位 or 主管部门 the form prints, for a file whose title names no department.
    public var department: String?
    /// What could not be read, or was read with a caveat, with the line it concerns.
    public var notes: [(line: Int, text: String)] = []

    init(kind: String, line: Int) {
        self.kind = kind
        self.line = line
    }
}
