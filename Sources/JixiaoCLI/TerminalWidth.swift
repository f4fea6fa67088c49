import Foundation

/// How wide the terminal is that standard output goes to: `$COLUMNS` when set, else the tty's own width;
/// nil when output goes to a file or a pipe (the text then keeps its fixed widths).
enum TerminalWidth {
    static func current() -> Int? {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns > 0 {
            return columns
        }
        guard isatty(STDOUT_FILENO) != 0 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
