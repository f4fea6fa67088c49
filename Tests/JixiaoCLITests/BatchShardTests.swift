import Foundation
import Testing

/// `batch --shard K/N` (issue 13, item 5): N runs over the same inputs share them out, without overlap or gap, the
/// same way on every machine; `compare` over the shards' results.jsonl gives the unsharded comparison.
extension BatchTests {
    /// A folder `inputs/` of submissions that score in a blink: the data-checks rubric with nothing to check.
    func tinyFolder(_ names: [String]) throws -> URL {
        try folder(names.enumerated().map { index, name in
            (name, "department: 测试局\(index)\nyear: 2023\nrubrics: [data-checks]\n")
        })
    }

    /// `submission.path` of every result line of results.jsonl (not the rubric headers), in order.
    func scoredPaths(_ out: URL) throws -> [String] {
        let text = String(decoding: try contents(out.appendingPathComponent("results.jsonl")), as: UTF8.self)
        return try text.split(separator: "\n").compactMap { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            guard object?["schema"] as? String == "jixiao.result/2" else { return nil }
            return ((object?["submission"] as? [String: Any])?["path"] as? String) ?? ""
        }
    }

    func shardNames(_ arguments: [String], shard: String, out: URL) throws -> [String] {
        let run = try jixiao(["batch"] + arguments + ["--out", out.path, "--shard", shard])
        #expect(run.status == 0, "\(run.errors)")
        return try scoredPaths(out).map { URL(fileURLWithPath: $0).lastPathComponent }
    }

    @Test func shardsSplitTheBatchWithoutOverlapOrGap() throws {
        let names = (1...12).map { "dept-\($0).yaml" }
        let root = try tinyFolder(names)
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = root.appendingPathComponent("inputs").path
        // The batch's own order: the folder's files sorted by name.
        let whole = names.sorted().map { "\(inputs)/\($0)" }
        for count in [1, 2, 3, 5] {
            var seen: [String] = []
            for index in 1...count {
                let out = root.appendingPathComponent("out-\(index)-of-\(count)")
                let run = try jixiao(["batch", inputs, "--out", out.path, "--shard", "\(index)/\(count)"])
                #expect(run.status == 0)
                let paths = try scoredPaths(out)
                #expect(run.errors.contains("第 \(index)/\(count) 份：全部 12 个文件中的 \(paths.count) 个"))
                #expect(run.errors.contains("共 \(paths.count) 个文件：评分 \(paths.count) 个，失败 0 个"))
                // A shard keeps the batch's order.
                #expect(paths == whole.filter(paths.contains))
                seen += paths
            }
            // Together exactly the whole batch, each file once.
            #expect(seen.count == whole.count)
            #expect(Set(seen) == Set(whole))
        }
    }

    @Test func aFileLandsInTheSameShardWhereverItsFolderIsAndHoweverItIsGiven() throws {
        let names = ["长沙县信访局.yaml", "浏阳市信访局.yaml", "a.yaml", "b.yml", "c d.yaml", "e.yaml", "f.yaml", "g.yaml"]
        let root = try tinyFolder(names)
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = root.appendingPathComponent("inputs")
        // The same files mounted elsewhere, as on another machine of a job array.
        let elsewhere = root.appendingPathComponent("elsewhere/deeper")
        try FileManager.default.createDirectory(at: elsewhere.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: inputs, to: elsewhere)
        var together: [String] = []
        for shard in ["1/3", "2/3", "3/3"] {
            let byFolder = try shardNames([inputs.path], shard: shard, out: root.appendingPathComponent("a-\(shard.first!)"))
            let byOtherFolder = try shardNames([elsewhere.path + "/"], shard: shard,
                                               out: root.appendingPathComponent("b-\(shard.first!)"))
            let byFiles = try shardNames(names.sorted().map { inputs.appendingPathComponent($0).path }, shard: shard,
                                         out: root.appendingPathComponent("c-\(shard.first!)"))
            #expect(byFolder == byOtherFolder)
            #expect(byFolder == byFiles)
            together += byFolder
        }
        #expect(together.sorted() == names.sorted())
    }

    /// The assignment is part of the contract: a shard re-run with a later jixiao must score the same files.
    /// Expected shares worked out from the documented rule (FNV-1a 64 over the UTF-8 name, MurmurHash3's fmix64,
    /// mod N, + 1) by a separate implementation, for the shipped submissions' names.
    @Test func theShareOfAFileIsFixedByItsName() throws {
        let names = ["changsha-xinfang-2022.yaml", "changsha-xinfang-2023.yaml", "changshaxian-xinfang-2023.yaml",
                     "furong-xinfang-2023.yaml", "kaifu-xinfang-2023.yaml", "liuyang-xinfang-2023.yaml",
                     "ningxiang-xinfang-2023.yaml", "tianxin-xinfang-2023.yaml", "wangcheng-xinfang-2023.yaml",
                     "yuelu-xinfang-2023.yaml", "yuhua-xinfang-2023.yaml"]
        let root = try tinyFolder(names)
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = root.appendingPathComponent("inputs").path
        func share(_ shard: String) throws -> [String] {
            try shardNames([inputs], shard: shard, out: root.appendingPathComponent("out-" + shard.replacingOccurrences(of: "/", with: "-")))
        }
        #expect(try share("1/2") == ["changsha-xinfang-2022.yaml", "changsha-xinfang-2023.yaml", "furong-xinfang-2023.yaml",
                                     "kaifu-xinfang-2023.yaml"])
        #expect(try share("1/3") == ["wangcheng-xinfang-2023.yaml", "yuhua-xinfang-2023.yaml"])
        #expect(try share("3/3") == ["changsha-xinfang-2022.yaml", "changsha-xinfang-2023.yaml", "furong-xinfang-2023.yaml",
                                     "yuelu-xinfang-2023.yaml"])
    }

    @Test func aShardOutsideOneToNIsAUsageError() throws {
        let root = try tinyFolder(["a.yaml"])
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out")
        for bad in ["0/2", "3/2", "2", "1/0", "0/0", "a/b", "-1/2", "1/-2", "+1/2", "1/2/3", "1/", "/2", " 1/2",
                    "1.0/2", "99999999999999999999/99999999999999999999"] {
            let run = try jixiao(["batch", root.appendingPathComponent("inputs").path, "--out", out.path, "--shard=\(bad)"])
            #expect(run.status == 2, "--shard=\(bad)")
            #expect(run.errors.contains("错误：--shard 应为 K/N，K、N 为正整数且 K ≤ N"), "--shard=\(bad): \(run.errors)")
            #expect(!FileManager.default.fileExists(atPath: out.path))
        }
    }

    /// A job array may have more shards than files: an empty shard writes empty outputs and succeeds.
    @Test func anEmptyShardWritesEmptyOutputs() throws {
        // By the documented rule, worked out by a separate implementation, "a.yaml" is in shard 2 of 2.
        let root = try tinyFolder(["a.yaml"])
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = root.appendingPathComponent("inputs").path
        let empty = root.appendingPathComponent("out-1"), full = root.appendingPathComponent("out-2")
        let emptyRun = try jixiao(["batch", inputs, "--out", empty.path, "--shard", "1/2"])
        let fullRun = try jixiao(["batch", inputs, "--out", full.path, "--shard", "2/2"])
        #expect(emptyRun.status == 0 && fullRun.status == 0)
        #expect(emptyRun.errors.contains("第 1/2 份：全部 1 个文件中的 0 个"))
        #expect(emptyRun.errors.contains("共 0 个文件：评分 0 个，失败 0 个"))
        #expect(try contents(empty.appendingPathComponent("results.jsonl")).isEmpty)
        #expect(try scoredPaths(full) == ["\(inputs)/a.yaml"])
        let html = String(decoding: try contents(empty.appendingPathComponent("report.html")), as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
    }

    /// Report names are given over the whole batch, so shards' reports/ folders copy into one without clashes.
    @Test func aShardKeepsTheReportNamesOfTheWholeBatch() throws {
        // In the whole batch a.yaml sorts first and gets a.md, a.yml gets a-2.md. By the documented rule a.yml is
        // in shard 1 of 2 and a.yaml in shard 2 (worked out by a separate implementation).
        let root = try tinyFolder(["a.yaml", "a.yml"])
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = root.appendingPathComponent("inputs").path
        for (shard, report) in [("1/2", "a-2.md"), ("2/2", "a.md")] {
            let out = root.appendingPathComponent("out-\(shard.first!)")
            #expect(try jixiao(["batch", inputs, "--out", out.path, "--shard", shard]).status == 0)
            #expect(try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("reports").path) == [report])
        }
    }

    /// The recipe of docs/batch-and-compare.md: shard the shipped submissions in two, compare both results.jsonl.
    /// Whichever shard is read first, every rubric's comparison is the unsharded one — ranking (the tie rule alone
    /// orders it), grades, matrix, statistics, metrics, year over year — except for the order of two things that
    /// follow the order read: the rubric sections (first seen) and the records listed apart (as given), which
    /// hold the same records.
    @Test func comparingTheShardsResultsGivesTheUnshardedComparison() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-shard-compare-\(UUID())")
        defer { try? FileManager.default.removeItem(at: root) }
        func batch(_ name: String, _ extra: [String]) throws -> String {
            let out = root.appendingPathComponent(name)
            let run = try jixiao(["batch", "submissions", "--out", out.path, "--no-report"] + extra)
            #expect(run.status == 0, "\(run.errors)")
            return out.appendingPathComponent("results.jsonl").path
        }
        let whole = try batch("whole", []), first = try batch("shard-1", ["--shard", "1/2"]),
            second = try batch("shard-2", ["--shard", "2/2"])
        // Shares as worked out in theShareOfAFileIsFixedByItsName: 4 files and 7.
        #expect(try scoredPaths(root.appendingPathComponent("shard-1")).count == 4)
        #expect(try scoredPaths(root.appendingPathComponent("shard-2")).count == 7)

        /// Each comparison of `compare --format json`, by rubric id, with its records listed apart in path order.
        func comparisons(_ name: String, _ files: [String]) throws -> [String: NSDictionary] {
            let out = root.appendingPathComponent(name)
            let run = try jixiao(["compare"] + files + ["--format", "json", "--out", out.path])
            #expect(run.status == 0, "\(run.errors)")
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any]
            var byRubric: [String: NSDictionary] = [:]
            for case var comparison as [String: Any] in object?["comparisons"] as? [Any] ?? [] {
                let excluded = comparison["excluded"] as? [[String: Any]] ?? []
                comparison["excluded"] = excluded.sorted { ($0["path"] as? String ?? "") < ($1["path"] as? String ?? "") }
                let id = (comparison["rubric"] as? [String: Any])?["id"] as? String ?? ""
                byRubric[id] = NSDictionary(dictionary: comparison)
            }
            return byRubric
        }
        let unsharded = try comparisons("whole.json", [whole])
        #expect(unsharded.keys.sorted() == ["changsha-annual-130", "changsha-xinfang-overall-100"])
        // The 2022 file and 望城 (54 of 100 applicable points) are listed apart under the 100-point rubric.
        #expect((unsharded["changsha-xinfang-overall-100"]?["excluded"] as? [Any])?.count == 2)
        // The equality below tells comparisons apart.
        #expect(unsharded["changsha-annual-130"]?.isEqual(to: unsharded["changsha-xinfang-overall-100"] as! [AnyHashable: Any]) == false)
        for (name, files) in [("merged.json", [first, second]), ("reversed.json", [second, first])] {
            let merged = try comparisons(name, files)
            #expect(merged.keys.sorted() == unsharded.keys.sorted())
            for (id, comparison) in unsharded {
                #expect(merged[id]?.isEqual(to: comparison as! [AnyHashable: Any]) == true, "\(name) \(id)")
            }
        }
    }

    /// compare over a batch's results.jsonl (jixiao.result/2 lines after the rubric headers) gives the comparison of
    /// the jixiao.result/1 lines `score --format json` writes for the same submissions.
    @Test func comparingBatchResultsGivesTheComparisonOfTheirVersion1() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-results-compare-\(UUID())")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("batch")
        #expect(try jixiao(["batch", "submissions", "--out", out.path, "--no-report"]).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: RepositoryFiles.path("submissions"))
            .filter { $0.hasSuffix(".yaml") }.sorted()
        let version1 = root.appendingPathComponent("score.jsonl")
        FileManager.default.createFile(atPath: version1.path, contents: nil)
        let score = Process()
        score.executableURL = URL(fileURLWithPath: Self.executable)
        score.arguments = ["score", "--format", "json"] + names.map { "submissions/" + $0 }
        score.currentDirectoryURL = RepositoryFiles.root
        score.standardOutput = try FileHandle(forWritingTo: version1)
        try score.run()
        score.waitUntilExit()
        #expect(score.terminationStatus == 0)
        func comparison(_ name: String, _ results: URL) throws -> [UInt8] {
            let file = root.appendingPathComponent(name)
            let run = try jixiao(["compare", results.path, "--format", "json", "--out", file.path])
            #expect(run.status == 0, "\(run.errors)")
            return try contents(file)
        }
        let fromVersion2 = try comparison("from-batch.json", out.appendingPathComponent("results.jsonl"))
        #expect(fromVersion2 == (try comparison("from-score.json", version1)))
    }
}
