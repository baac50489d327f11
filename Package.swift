// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "wegweiser",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "wegweiser", targets: ["wegweiser"]),
        .library(name: "WegweiserCore", targets: ["WegweiserCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The pipeline: load → validate → resolve (→ render → write), one folder each.
        .target(
            name: "WegweiserCore",
            dependencies: [.product(name: "Yams", package: "Yams")],
            resources: [
                .embedInCode("Catalog/Default/vocabulary.yaml"),
                .embedInCode("Catalog/Default/tasks.yaml"),
            ]
        ),
        // The command line: parses arguments and calls the library, nothing more.
        .executableTarget(
            name: "wegweiser",
            dependencies: [
                "WegweiserCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "WegweiserCoreTests", dependencies: ["WegweiserCore"]),
        // End-to-end: runs the built binary and compares exact output and exit codes.
        .testTarget(
            name: "WegweiserCLITests",
            dependencies: ["WegweiserCore", "wegweiser"],
            exclude: ["Golden", "Workspaces"]
        ),
    ]
)
