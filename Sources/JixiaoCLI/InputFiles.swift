import Foundation
import JixiaoEngine
import JixiaoYAML

/// Reads command-line inputs: a path, or `-` for standard input.
enum InputFiles {
    /// The whole input, refused without being read when it is over the 16 MiB limit.
    static func read(_ path: String) throws(DiagnosticError) -> [UInt8] {
        try FileBytes.read(path, display: displayName(path))
    }

    static func displayName(_ path: String) -> String { path == "-" ? "<标准输入>" : path }
}

/// Writes to standard error.
enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
