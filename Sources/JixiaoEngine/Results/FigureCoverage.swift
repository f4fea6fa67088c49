/// How much of what a file states could be verified: the answer to “was anything checked at all?”.
public struct FigureCoverage: Sendable, Equatable {
    /// Printed figures the file holds: every figure of `statements:` and every number of `facts:` and `stated:`.
    public var statedFigures: Int
    /// Of those, how many at least one check verified (一致, 尾数误差 or 不一致).
    public var checkedFigures: Int
    /// Checks that reached a verdict (all but 数据不足).
    public var checksRun: Int

    public init(statedFigures: Int, checkedFigures: Int, checksRun: Int) {
        self.statedFigures = statedFigures
        self.checkedFigures = checkedFigures
        self.checksRun = checksRun
    }

    /// Nothing could be verified: never a pass.
    public var nothingVerified: Bool { checksRun == 0 }
}
