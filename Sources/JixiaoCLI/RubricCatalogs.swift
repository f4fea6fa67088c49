import Foundation
import JixiaoEngine

/// Where commands look for rubrics named by id.
enum RubricCatalogs {
    /// `--rubrics-dir` when given; otherwise ./rubrics, then the rubrics/ folder beside the submission's folder.
    static func catalog(for file: String, directory: String?) -> RubricCatalog {
        if let directory { return RubricCatalog(searchDirectories: [directory]) }
        // Kept relative when the file was given relative, so messages name the folder as the user would
        // ("rubrics", "../x/rubrics"), not this machine's absolute path.
        // (Plain string work: Foundation's deletingLastPathComponent traps on an empty path.)
        var components = file.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        components.removeLast()                                  // the file name ("-" for standard input)
        let besideSubmission: String
        if components.isEmpty || components == ["."] {
            besideSubmission = "../rubrics"                       // "x.yaml": its folder is ".", its parent ".."
        } else if components.count == 1, components[0] != "", components[0] != ".." {
            besideSubmission = "rubrics"                          // "submissions/x.yaml" → ./rubrics
        } else {
            components.removeLast()
            besideSubmission = components.isEmpty ? "/rubrics"
                : (components + ["rubrics"]).joined(separator: "/").replacingOccurrences(of: "//", with: "/")
        }
        let directories = besideSubmission == "rubrics" ? ["rubrics"] : ["rubrics", besideSubmission]
        return RubricCatalog(searchDirectories: directories)
    }
}
