import ArgumentParser
import Foundation
import JixiaoEngine

/// `jixiao methods`: the scoring methods a rubric can use, with their worked examples.
struct MethodsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "methods",
        abstract: "列出可用的计分方法及其示例。"
    )

    func run() throws {
        for method in MethodRegistry.all {
            print("\(method.key)（\(method.title)）")
            print("  \(method.summary)")
            for example in method.examples {
                print("  示例：\(example.title)：分值 \(example.points)，参数 \(example.parameters.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " "))")
            }
            print("")
        }
    }
}
