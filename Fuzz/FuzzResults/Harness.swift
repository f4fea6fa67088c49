import FuzzSupport
import JixiaoCompare

/// One fuzzing input: the exact JSON reader and results decoder `compare` uses, then the comparison.
func fuzzResults(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let text = String(validating: FuzzDriver.bytes(data, size), as: UTF8.self) else { return 0 }
    let (rows, _) = ComparisonRowDecoder().rows(fromText: text)
    if !rows.isEmpty { _ = Comparison.byRubric(rows, gradeOrders: [:]) }
    return 0
}

@main
enum Harness {
    static func main() { FuzzDriver.run { data, size in fuzzResults(data, size) } }
}
