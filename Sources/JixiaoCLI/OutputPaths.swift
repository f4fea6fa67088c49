import Foundation

/// Where outputs go, checked against the inputs: an output never replaces a file the command reads.
enum OutputPaths {
    /// The path with every link and `..` resolved. For a path that does not exist yet, its folder is
    /// resolved and the name appended, so `out/../a.yaml` and a link to `a.yaml` both compare equal.
    static func canonical(_ path: String) -> String {
        if let resolved = realPath(path) { return resolved }
        let url = URL(fileURLWithPath: path)
        let parent = url.deletingLastPathComponent().path
        return (realPath(parent) ?? parent) + "/" + url.lastPathComponent
    }

    /// The folder and the name of a path ``canonical(_:)`` gave, which is absolute and ends in a name: split at its
    /// last `/` rather than through `URL`, which costs a batch tens of thousands of instructions per input.
    static func folderAndName(ofCanonical path: String) -> (folder: String, name: String) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return (".", path) }
        let folder = slash == path.startIndex ? "/" : String(path[..<slash])
        return (folder, String(path[path.utf8.index(after: slash)...]))
    }

    /// The first input that `output` would overwrite, if any (standard input `-` is never a file).
    static func overwrittenInput(by output: String, inputs: [String]) -> String? {
        let target = canonical(output)
        return inputs.first { $0 != "-" && canonical($0) == target }
    }

    /// Why `path` cannot be written, in Chinese, from what the file system says about it and its folder.
    static func writeFailureReason(_ path: String) -> String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return "这是一个目录，不是文件"
        }
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory) {
            return "所在目录 \(parent) 不存在"
        }
        if !isDirectory.boolValue { return "\(parent) 不是目录" }
        if !FileManager.default.isWritableFile(atPath: parent) { return "没有在目录 \(parent) 中写入的权限" }
        return "写入失败"
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
