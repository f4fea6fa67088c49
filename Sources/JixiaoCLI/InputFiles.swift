import Foundation
import JixiaoEngine
import JixiaoYAML

/// Reads command-line inputs: a path, or `-` for standard input.
enum InputFiles {
    static func read(_ path: String) throws(DiagnosticError) -> [UInt8] {
        if path == "-" {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            throw DiagnosticError(Diagnostic(location: SourceLocation(file: path, line: 1, column: 1), path: "",
                                             message: !exists ? "文件不存在" : isDirectory.boolValue ? "这是一个目录，不是文件" : "文件无法读取"))
        }
        return [UInt8](data)
    }

    static func displayName(_ path: String) -> String { path == "-" ? "<标准输入>" : path }
}

/// Writes to standard error.
enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
