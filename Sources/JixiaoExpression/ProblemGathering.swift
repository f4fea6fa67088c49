/// The combined problem of values met one at a time, as ``Evaluator/problem(among:)`` gives it for all of them:
/// missing paths merged, winning over the first `.notComputable`. Gathered as they come, so that a function's
/// arguments need no array.
struct ProblemGathering {
    // The first missing value's paths are kept as they are: only a second one makes a new set, whose every
    // path is hashed again.
    private var missingPaths: Set<String>?
    private var firstNotComputable: Value?

    mutating func add(_ value: Value) {
        switch value {
        case .missing(let paths):
            if missingPaths == nil {
                missingPaths = paths
            } else {
                missingPaths?.formUnion(paths)
            }
        case .notComputable:
            if firstNotComputable == nil { firstNotComputable = value }
        default:
            break
        }
    }

    /// The combined problem, or `nil` if no value added was one.
    var problem: Value? {
        missingPaths.map(Value.missing) ?? firstNotComputable
    }
}
