import ArgumentParser
import Foundation
import JixiaoEngine

/// `jixiao methods`: the scoring methods a rubric can use, with their worked examples.
struct MethodsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "methods",
        abstract: "列出可用的计分方法及其示例，以及对每条文字陈述自动核对的关系。"
    )

    func run() throws {
        for method in MethodRegistry.all {
            print("\(method.key)（\(method.title)）")
            print("  \(method.summary)")
            for example in method.examples {
                let parameters = example.parameters.split(separator: "\n")
                    .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
                let inputs = example.inputs.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }
                    + (example.manualScore.map { ["人工评分 = \($0)"] } ?? [])
                    + example.checks.sorted { $0.key < $1.key }.map { "核对 \($0.key)：\($0.value)" }
                print("  示例：\(example.title)")
                print("    分值 \(example.points)；参数 \(parameters)")
                print("    \(inputs.isEmpty ? "无输入数据" : "输入 " + inputs.joined(separator: "，"))；结果 \(describe(example.expected))")
            }
            print("")
        }
        print("文字陈述自动核对的关系（statements，见 docs/statements.md）：")
        for relation in StatementChecker.catalogue {
            print("  \(relation.id)（\(relation.title)）")
            print("    \(relation.summary)")
        }
    }

    private func describe(_ expected: MethodExample.Expected) -> String {
        switch expected {
        case .score(let score): "\(score) 分"
        case .notApplicable: "不适用"
        case .missingData: "缺少数据"
        case .notComputable: "无法计分"
        case .manualPending: "待人工评分"
        case .veto(let triggered): triggered ? "触发否决" : "未触发否决"
        }
    }
}
