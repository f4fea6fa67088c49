import Foundation
import Testing
import ZIPFoundation

/// The issue's “done when”, tried on a document as a new user would: `jixiao score` on a project form saved from
/// Word, with a wrong 执行率 score and an over-claimed row, shows the recomputed scores against the claimed ones row
/// by row, points at the document's lines, and `--strict` fails on it; the corrected form passes. Every figure
/// of the form is made up here; the expected scores are worked out by hand beside them.
@Suite("命令行：自评表文档")
struct FormDocumentCommandTests {
    /// A 项目支出绩效自评表 in Word: merged 项目资金 and level cells, the 项目名称 spanning the row.
    static func form(executionScore: String, r1Score: String, r1Deviation: String, r4Score: String, total: String) -> [[String?]] {
        // nil is a cell the merged cell above continues into.
        [
            ["项目名称", "新型职业农民培训"],
            ["主管部门", "某县农业农村局", "实施单位", "某县农业技术推广中心"],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""],
            [nil, "年度资金总额", "50", "50", "40", "10", "80%", executionScore, ""],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
            [nil, "产出指标", "数量指标", "培训农民人数", "≥500人", "400人", "30", r1Score, r1Deviation],
            [nil, nil, "质量指标", "培训合格率", "≥95%", "96%", "20", "20", ""],
            [nil, "效益指标", "社会效益指标", "农民增收", "达到预期", "达到预期", "30", "30", ""],
            [nil, "满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "92%", "10", r4Score, ""],
            ["总分", "", "", "", "", "", "100", total, ""],
        ]
    }

    static func docx(_ rows: [[String?]]) throws -> Data {
        var body = "<w:p><w:r><w:t>项目支出绩效自评表</w:t></w:r></w:p><w:p><w:r><w:t>（2023年度）</w:t></w:r></w:p><w:tbl>"
        for (r, row) in rows.enumerated() {
            body += "<w:tr>"
            for (c, cell) in row.enumerated() {
                // A two-cell row spans its value over the other seven columns; a cell with cells merged below starts a merge.
                let span = row.count == 2 && c == 1 ? "<w:gridSpan w:val=\"8\"/>" : row.count == 4 && c % 2 == 1 ? "<w:gridSpan w:val=\"\(c == 1 ? 3 : 4)\"/>" : ""
                let mergesBelow = r + 1 < rows.count && c < rows[r + 1].count && rows[r + 1][c] == nil
                let merge = cell == nil ? "<w:vMerge/>" : mergesBelow ? "<w:vMerge w:val=\"restart\"/>" : ""
                body += "<w:tc><w:tcPr>\(span)\(merge)</w:tcPr><w:p><w:r><w:t>\(cell ?? "")</w:t></w:r></w:p></w:tc>"
            }
            body += "</w:tr>"
        }
        body += "</w:tbl>"
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\(body)</w:body></w:document>"
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in [("[Content_Types].xml", "<Types/>"), ("word/document.xml", xml)] {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }

    private func write(_ rows: [[String?]]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-form-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("项目自评表.docx")
        try Self.docx(rows).write(to: url)
        return url
    }

    @Test func aWrongExecutionScoreAndAnOverClaimedRowFailStrict() throws {
        // 执行率 40 ÷ 50 = 80% is printed right, but its 得分 10 is not 10 × 80% = 8; R1 400 ÷ 500 = 80% of 30 = 24,
        // claimed 30 with no 偏差原因; R4 92% ≥ 90% is worth its 10 points, claimed 12. 总分 10 + 30 + 20 + 30 + 12 = 102.
        let url = try write(Self.form(executionScore: "10", r1Score: "30", r1Deviation: "", r4Score: "12", total: "102"))
        let run = try CommandLineTests().jixiao(["score", "--strict", url.path])
        #expect(run.status == 1)
        let out = run.output
        // the form is found and scored from the document, with the rubric the extraction names
        #expect(out.contains("新型职业农民培训 · 项目支出绩效自评"))
        #expect(run.errors.contains("自评表 1 张（指标 4 行）"))
        // F 8 against the claimed 10; R1 24 against 30; R4 10 against 12 (row by row, with the difference)
        #expect(out.contains("执行率得分 = 分值 × 执行率"))
        #expect(out.contains("自评 30 分，按年度指标值与实际完成值应得 24 分，相差 6 分"))
        #expect(out.contains("自评 12 分，按年度指标值与实际完成值应得 10 分，相差 2 分"))
        #expect(out.contains("自评 12 分，超出分值 10 分"))
        // R1 missed its target and gives no reason
        #expect(out.contains("R1 培训农民人数 未达到年度指标值时写明偏差原因"))
        // computed 8 + 24 + 20 + 30 + 10 = 92 against the claimed 102
        #expect(out.contains("总分 92 分"))
        #expect(out.contains("自评分合计 102 分"))
        // each finding points at the document: R1 stands on the docx's 8th line (two paragraphs, then table rows)
        #expect(out.contains("项目自评表.docx:8:"))
        #expect(run.errors.contains("数据核对未通过"))

        // `check` verifies the same form without scoring it, and fails --strict too
        let check = try CommandLineTests().jixiao(["check", "--strict", url.path])
        #expect(check.status == 1)
        #expect(check.output.contains("自评表数据核对（不评分）"))
        #expect(check.output.contains("自评 12 分，超出分值 10 分"))
        #expect(!check.output.contains("总分 92 分"))
    }

    @Test func theCorrectedFormPasses() throws {
        // 得分 8 for 执行率 80%, R1 24 with its reason, R4 10: 8 + 24 + 20 + 30 + 10 = 92, printed 92.
        let url = try write(Self.form(executionScore: "8", r1Score: "24", r1Deviation: "部分农户外出务工，未能参训", r4Score: "10", total: "92"))
        let run = try CommandLineTests().jixiao(["score", "--strict", url.path])
        #expect(run.status == 0)
        #expect(run.output.contains("总分 92 分"))
        #expect(run.output.contains("不一致 0 项"))
        #expect(try CommandLineTests().jixiao(["check", "--strict", url.path]).status == 0)
    }
}
