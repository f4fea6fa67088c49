import ArgumentParser

/// Exit codes documented in the README: 0 ok, 1 a gate failed, 2 bad input or usage.
enum ExitCodes {
    static let gateFailed = ExitCode(1)
    static let badInput = ExitCode(2)
}
