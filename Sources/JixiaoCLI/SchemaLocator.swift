import Foundation

/// Finds the repository's `schemas/submission.schema.json` above a folder, for the modeline of a template.
enum SchemaLocator {
    static let schemaPath = "schemas/submission.schema.json"

    /// The schema's path relative to `folder`, when `folder` is inside a checkout that has the schema.
    static func relativePath(from folder: URL) -> String? {
        let components = folder.standardizedFileURL.resolvingSymlinksInPath().pathComponents
        for depth in 0..<components.count {
            let ancestor = components.dropLast(depth)
            let directory = ancestor.count <= 1 ? "/" : "/" + ancestor.dropFirst().joined(separator: "/")
            let candidate = URL(fileURLWithPath: directory).appendingPathComponent(schemaPath).path
            if FileManager.default.fileExists(atPath: candidate) {
                return String(repeating: "../", count: depth) + schemaPath
            }
        }
        return nil
    }
}
