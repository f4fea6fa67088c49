// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "jixiao",
    products: [
        .executable(name: "jixiao", targets: ["JixiaoCLI"]),
        .library(name: "JixiaoEngine", targets: ["JixiaoEngine"]),
        .library(name: "JixiaoRender", targets: ["JixiaoRender"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // libyaml, through pkg-config `yaml-0.1` (Debian: libyaml-dev).
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // YAML text → node tree that keeps file, line and column for every node.
        .target(name: "JixiaoYAML", dependencies: ["CYAML"]),
        // Exact rational numbers and the expression language of rubrics.
        .target(
            name: "JixiaoExpression",
            dependencies: [.product(name: "BigInt", package: "BigInt")]
        ),
        // Rubric and submission models, decoding, compilation, scoring methods, evaluation.
        .target(
            name: "JixiaoEngine",
            dependencies: [
                "JixiaoYAML", "JixiaoExpression",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // A published document (text, HTML, .docx, .xlsx, PDF) → submission YAML with statements, figure by figure.
        .target(
            name: "JixiaoExtract",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Many results → ranking, per-indicator matrix, statistics, year-over-year changes.
        .target(name: "JixiaoCompare", dependencies: ["JixiaoEngine"]),
        // Result → text, JSON, Markdown.
        .target(
            name: "JixiaoRender",
            dependencies: ["JixiaoEngine", "JixiaoCompare", .product(name: "Mustache", package: "swift-mustache")]
        ),
        // The `jixiao` command-line tool.
        .executableTarget(
            name: "JixiaoCLI",
            dependencies: [
                "JixiaoEngine", "JixiaoRender", "JixiaoCompare", "JixiaoExtract",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "JixiaoYAMLTests", dependencies: ["JixiaoYAML"]),
        .testTarget(name: "JixiaoExpressionTests", dependencies: ["JixiaoExpression"]),
        .testTarget(name: "JixiaoEngineTests", dependencies: ["JixiaoEngine"]),
        .testTarget(name: "JixiaoCompareTests", dependencies: ["JixiaoCompare", "JixiaoEngine", "JixiaoRender"]),
        .testTarget(
            name: "JixiaoCLITests",
            dependencies: ["JixiaoEngine", "JixiaoRender", "JixiaoCompare", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "JixiaoExtractTests",
            dependencies: ["JixiaoExtract", "JixiaoEngine", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
    ]
)

// libFuzzer harnesses, built only by scripts/fuzz.sh (they need `-sanitize=fuzzer`, which supplies `main`).
if Context.environment["JIXIAO_FUZZ"] != nil {
    package.targets.append(.target(name: "FuzzSupport", path: "Fuzz/FuzzSupport"))
    for (name, dependency) in [("FuzzYAML", "JixiaoYAML"), ("FuzzExpression", "JixiaoExpression"),
                               ("FuzzSubmission", "JixiaoEngine"), ("FuzzResults", "JixiaoCompare")] {
        package.targets.append(.executableTarget(name: name, dependencies: [.target(name: dependency), "FuzzSupport"],
                                                 path: "Fuzz/\(name)"))
    }
}
