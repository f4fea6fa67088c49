import Crypto
import Foundation
import JixiaoYAML

/// Reading input files whole, with errors that name the file.
enum FileBytes {
    static func read(_ path: String) throws(DiagnosticError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            let message = !exists ? "文件不存在" : isDirectory.boolValue ? "这是一个目录，不是文件" : "文件无法读取"
            throw DiagnosticError(Diagnostic(location: SourceLocation(file: path, line: 1, column: 1),
                                             path: "", message: message))
        }
        return [UInt8](data)
    }
}

/// Content hashes written into results, so a result names exactly which input it scored.
enum SHA256 {
    static func hex(of bytes: [UInt8]) -> String {
        Crypto.SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }
}
