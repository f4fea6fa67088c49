import Foundation
import JixiaoEngine

/// Where commands look for rubrics named by id.
enum RubricCatalogs {
    /// `--rubrics-dir` when given; otherwise ./rubrics, then the rubrics/ folder beside the submission's folder.
    static func catalog(for file: String, directory: String?) -> RubricCatalog {
        if let directory { return RubricCatalog(searchDirectories: [directory]) }
        let besideSubmission = URL(fileURLWithPath: file).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("rubrics").path
        return RubricCatalog(searchDirectories: ["rubrics", besideSubmission])
    }
}
