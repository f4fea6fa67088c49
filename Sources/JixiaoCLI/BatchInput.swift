import Foundation
import JixiaoEngine
import JixiaoRender

/// One submission file of a batch, with the catalog it takes rubrics from and the name of its report.
struct BatchInput: Sendable {
    var path: String
    /// Its path relative to the argument it came from (the name inside a directory argument, the file name of a
    /// file argument): what `--shard` hashes, so a share does not depend on where the folder is mounted.
    var shardKey: String
    /// File name of its Markdown report inside reports/, unique within the batch.
    var reportName: String
    var catalog: RubricCatalog

    /// Expands directories, keeps the order given, and gives every file a distinct report name.
    /// Submissions that look for rubrics in the same folders share one catalog, so each rubric is compiled once.
    static func collect(_ arguments: [String], rubricsDirectory: String?) throws(BatchError) -> [BatchInput] {
        var paths: [String] = []
        var keys: [String] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue else {
                paths.append(argument) // a missing file is reported, like any bad file, when its turn comes
                keys.append(String(argument.split(separator: "/").last ?? Substring(argument)))
                continue
            }
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: argument) else {
                throw BatchError("错误：无法读取目录 \(argument)")
            }
            let base = argument.hasSuffix("/") ? argument : argument + "/"
            let found = names.filter { name in
                guard !name.hasPrefix("."), name.hasSuffix(".yaml") || name.hasSuffix(".yml") else { return false }
                var entryIsDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: base + name, isDirectory: &entryIsDirectory) {
                    return !entryIsDirectory.boolValue
                }
                // A link whose target is missing or loops back is kept, so it is reported in its turn
                // ("符号链接循环", "文件不存在") instead of vanishing from the batch.
                return (try? FileManager.default.destinationOfSymbolicLink(atPath: base + name)) != nil
            }.sorted()
            paths += found.map { base + $0 }
            keys += found
        }
        if paths.isEmpty { throw BatchError("错误：没有找到要评分的 YAML 文件（\(arguments.joined(separator: " "))）") }

        var catalogs: [[String]: RubricCatalog] = [:]
        let names = reportNames(for: paths)
        return paths.indices.map { index in
            let proposed = RubricCatalogs.catalog(for: paths[index], directory: rubricsDirectory)
            let catalog = catalogs[proposed.searchDirectories, default: proposed]
            catalogs[proposed.searchDirectories] = catalog
            return BatchInput(path: paths[index], shardKey: keys[index], reportName: names[index], catalog: catalog)
        }
    }

    /// `<stem>.md`; a stem already taken (a.yaml and a.yml, or the same name in two folders) gets `-2`, `-3`, …
    /// Compared case-insensitively, because macOS and Windows file systems are.
    static func reportNames(for paths: [String]) -> [String] {
        let stems = paths.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
        var taken = Set(stems.map { $0.lowercased() })
        var assigned: Set<String> = []
        return stems.map { stem in
            var name = stem
            if assigned.contains(name.lowercased()) {
                var suffix = 2
                while taken.contains("\(stem)-\(suffix)".lowercased()) { suffix += 1 }
                name = "\(stem)-\(suffix)"
                taken.insert(name.lowercased())
            }
            assigned.insert(name.lowercased())
            return name + ".md"
        }
    }
}
