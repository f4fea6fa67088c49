import FuzzSupport
import JixiaoExpression

/// Values for the paths a mutated expression is likely to read; everything else is missing.
private let environment = DictionaryRangeEnvironment(
    values: ["a": .number(Rational(3)), "b": .number(Rational(0)), "c": .text("优"), "d": .bool(true),
             "t.x": .number(Rational(1717)), "l": .list([.number(Rational(1)), .number(Rational(-2))])],
    ranges: ["a": RangeResult(.number(Rational(3)))])

/// One fuzzing input: lexer, parser, exact evaluator and range evaluator on arbitrary UTF-8 text.
func fuzzExpression(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let source = String(validating: FuzzDriver.bytes(data, size), as: UTF8.self),
          let expression = try? Expression.parse(source) else { return 0 }
    _ = expression.evaluate(in: environment)
    _ = expression.evaluateRange(in: environment)
    return 0
}

@main
enum Harness {
    static func main() { FuzzDriver.run { data, size in fuzzExpression(data, size) } }
}
