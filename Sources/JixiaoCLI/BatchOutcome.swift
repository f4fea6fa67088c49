import JixiaoCompare
import JixiaoEngine
import JixiaoRender

/// What scoring one file gave: everything to write, rendered on the worker thread, or the error text.
///
/// The worker renders every output of the submission, so the consumer (``BatchOutputs/add(_:reportName:)``),
/// which runs on one thread in input order, only appends bytes and keeps small summaries, and the scored
/// result itself is freed on the worker.
enum BatchOutcome: Sendable {
    case scored(ScoredSubmission)
    case failed(String)

    struct ScoredSubmission: Sendable {
        var path: String
        /// Each result's rubric: id and sha256, in the order of the results.
        var rubrics: [[String]]
        /// `jixiao.rubric/2` header lines (with their line end) of the rubrics this submission claimed (see
        /// ``RubricHeaderClaims``), by rubric id and sha256.
        var headers: [[String]: [UInt8]]
        /// Its `jixiao.result/2` line of results.jsonl, without its line end.
        var jsonLine: RenderedBytes
        /// Its Markdown report, as UTF-8 bytes.
        var report: RenderedBytes
        /// summary.csv rows, each with its record under its own columns.
        var summaryRows: [(row: SummaryCSV.Row, record: SummaryCSVSplitRecord)]
        /// Rows of the per-rubric files, each with its rubric id and its record under its own columns.
        var rubricRows: [(rubricId: String, row: SummaryCSV.Row, record: SummaryCSVSplitRecord)]
        /// Records of indicators.csv, as one block of bytes.
        var indicatorRecords: RenderedBytes
        /// report.html's rows (none under --no-report).
        var reportRows: [BatchReportRow]
        /// Grade names of each rubric, best first, for the report's grade counts.
        var gradeOrders: [String: [String]]
    }

    init(scoring input: BatchInput, index: Int, rubrics: [String], writesReport: Bool, headers: RubricHeaderClaims) {
        do {
            let bytes = try InputFiles.read(input.path)
            let result = try SubmissionScorer(catalog: input.catalog).score(bytes: bytes, file: input.path, rubrics: rubrics)
            let renderer = ResultLineRenderer(engineVersion: Jixiao.version)
            var claimed: [[String]: [UInt8]] = [:]
            for rubricResult in result.results {
                let key = [rubricResult.rubric.id, rubricResult.rubric.sha256]
                if claimed[key] == nil, headers.claim(key, index: index) {
                    claimed[key] = renderer.header(rubricResult) + [UInt8(ascii: "\n")]
                }
            }
            self = .scored(ScoredSubmission(
                path: result.path,
                rubrics: result.results.map { [$0.rubric.id, $0.rubric.sha256] },
                headers: claimed,
                jsonLine: renderer.line(result),
                report: MarkdownRenderer().bytes(result),
                summaryRows: SummaryCSV.rows(result).map { ($0, $0.ownRecord) },
                rubricRows: RubricSummaryCSV.rows(result, columnNames: Self.rubricColumnNames.names(for:))
                    .map { ($0.rubricId, $0.row, $0.row.ownRecord) },
                indicatorRecords: IndicatorsCSV.bytes(result),
                reportRows: writesReport ? ComparisonRow.rows(from: result).map(BatchReportRow.init) : [],
                gradeOrders: writesReport ? Self.gradeOrders(of: result, claimed: claimed, catalog: input.catalog) : [:]))
        } catch {
            self = .failed(error.description)
        }
    }

    /// Column names of the per-rubric summary files, shared by every submission of the process's batches: keyed
    /// by rubric id and sha256, they are the same for any batch that scores against that rubric file.
    private static let rubricColumnNames = RubricSummaryColumnCache()

    /// Grade names of each rubric, best first, for the report's grade counts: only of the rubrics whose header
    /// this submission `claimed`. The report takes a rubric's order from the first submission in input order that
    /// has the rubric, and that one always claims its header (see ``RubricHeaderClaims``); looking the rubric up
    /// in the catalog for every submission cost a file-system check each.
    static func gradeOrders(of result: SubmissionResult, claimed: [[String]: [UInt8]],
                            catalog: RubricCatalog) -> [String: [String]] {
        var orders: [String: [String]] = [:]
        for rubricResult in result.results where claimed[[rubricResult.rubric.id, rubricResult.rubric.sha256]] != nil {
            if let rubric = try? catalog.rubric(rubricResult.rubric.id) {
                orders[rubric.id] = rubric.grades.names
            }
        }
        return orders
    }
}
