import Crypto
import Foundation
import JixiaoYAML

/// Reading input files whole, with errors that name the file. Never more than the YAML size limit is
/// held: a larger regular file is refused from its size before it is read, a stream once it passes the limit.
public enum FileBytes {
    /// `path`, or standard input for `-` (shown as `display`).
    public static func read(_ path: String, display: String? = nil,
                            maxBytes: Int = YAMLLimits.default.maxBytes) throws(DiagnosticError) -> [UInt8] {
        let outcome = path == "-" ? FileReader.readStandardInput(maxBytes: maxBytes)
            : FileReader.readAll(path: path, maxBytes: maxBytes)
        switch outcome {
        case .success(let bytes):
            return bytes
        case .failure(let failure):
            throw DiagnosticError(Diagnostic(location: SourceLocation(file: display ?? path, line: 1, column: 1),
                                             path: "", message: failure.message(maxBytes: maxBytes)))
        }
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
