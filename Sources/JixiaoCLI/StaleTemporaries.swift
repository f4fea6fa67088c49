import Foundation

/// Names of the temporaries a batch run keeps in its output folder, and the removal of those left by runs
/// that were killed (SIGKILL, power loss) before they could clean up.
enum StaleTemporaries {
    static func stagingName(pid: Int32) -> String { ".jixiao-batch.\(pid)" }
    static func previousReportsName(pid: Int32) -> String { ".jixiao-previous-reports.\(pid)" }

    /// The process id in a temporary's name: `.jixiao-batch.<pid>`, `.jixiao-previous-reports.<pid>`, or the
    /// files of earlier versions, `.<name>.<pid>.tmp` and `.<name>.<pid>.rows`. Nil for any other name.
    static func ownerPid(of name: String) -> Int32? {
        guard name.hasPrefix(".") else { return nil }
        var parts = name.split(separator: ".", omittingEmptySubsequences: false)
        if parts.last == "tmp" || parts.last == "rows" {
            parts.removeLast()
            // Only the files batch itself wrote: .results.jsonl.<pid>.tmp, .a.md.<pid>.tmp, …
            let written = parts.dropLast().joined(separator: ".")
            guard [".results.jsonl", ".summary.csv", ".report.html"].contains(written) || written.hasSuffix(".md") else {
                return nil
            }
        } else if !(name.hasPrefix(".jixiao-batch.") || name.hasPrefix(".jixiao-previous-reports.")) {
            return nil
        }
        guard parts.count >= 3, let last = parts.last, !last.isEmpty, last.allSatisfy(\.isASCII),
              let pid = Int32(last), pid > 0 else { return nil }
        return pid
    }

    /// Removes, in `directory` and its reports/, every temporary whose process is no longer running.
    /// Returns the names removed. A live process's temporaries (a batch running now) are left alone.
    static func remove(in directory: String) -> [String] {
        var removed: [String] = []
        for folder in [directory, directory + "/reports"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names.sorted() {
                guard let pid = ownerPid(of: name), !isRunning(pid) else { continue }
                if (try? FileManager.default.removeItem(atPath: folder + "/" + name)) != nil {
                    removed.append(folder == directory ? name : "reports/" + name)
                }
            }
        }
        return removed
    }

    /// kill(pid, 0) sends nothing; it fails with ESRCH when no such process exists.
    private static func isRunning(_ pid: Int32) -> Bool {
        pid == getpid() || kill(pid, 0) == 0 || errno == EPERM
    }
}
