import Foundation

/// A one-line progress bar on standard error, redrawn in place with a carriage return:
/// `评分中 12/40 ██████░░░░░░░░░░░░░░ 30%`.
///
/// It draws only when standard error is a terminal: piped into a file or a CI log, the carriage
/// returns would leave hundreds of partial lines, so there it stays silent.
struct ProgressBar {
    let total: Int
    let label: String
    let width: Int
    let isEnabled: Bool

    init(total: Int, label: String = "评分中", width: Int = 20, isEnabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.total = total
        self.label = label
        self.width = width
        self.isEnabled = isEnabled && total > 0
    }

    /// The bar after `done` of `total` items (integer arithmetic, rounded down, so 100% means all done).
    func line(done: Int) -> String {
        let filled = total == 0 ? width : done * width / total
        let percent = total == 0 ? 100 : done * 100 / total
        return "\(label) \(done)/\(total) " + String(repeating: "█", count: filled)
            + String(repeating: "░", count: width - filled) + " \(percent)%"
    }

    func update(done: Int) {
        guard isEnabled else { return }
        write("\r" + line(done: done) + "\u{1B}[K")
    }

    /// Erases the bar, so the next message starts on a clean line.
    func clear() {
        guard isEnabled else { return }
        write("\r\u{1B}[K")
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
