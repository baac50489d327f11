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
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // libxml2 from the system (Debian: libxml2-dev), used by the DocBook renderer only.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The pipeline: load → validate → resolve → render → write, one folder each.
        .target(
            name: "WegweiserCore",
            dependencies: [
                "CLibXML2",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [
                .embedInCode("Catalog/Default/vocabulary.yaml"),
                .embedInCode("Catalog/Default/tasks.yaml"),
                .embedInCode("Render/HTML/Templates/paper.mustache"),
                .embedInCode("Render/HTML/Templates/matrix.mustache"),
                .embedInCode("Render/HTML/Templates/handovers.mustache"),
                .embedInCode("Render/HTML/Templates/institutions.mustache"),
                .embedInCode("Render/HTML/Templates/contact.mustache"),
                .embedInCode("Render/HTML/Templates/directory.mustache"),
                .embedInCode("Render/HTML/Templates/style.mustache"),
                .embedInCode("Render/Changes/Templates/changes.mustache"),
                .embedInCode("Render/HTML/Templates/coverage.mustache"),
                .embedInCode("Render/Extract/Templates/extract.mustache"),
                .embedInCode("Render/Extract/Templates/extract-index.mustache"),
                .embedInCode("Render/Extract/Templates/extract-style.mustache"),
            ]
        ),
        // The live preview (`wegweiser serve`): file watcher, debounced rebuild and an HTTP
        // server with server-sent events. Hummingbird stays out of WegweiserCore.
        .target(
            name: "WegweiserServe",
            dependencies: [
                "WegweiserCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ]
        ),
        // The command line: parses arguments and calls the library, nothing more.
        .executableTarget(
            name: "wegweiser",
            dependencies: [
                "WegweiserCore",
                "WegweiserServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc (Debian's libmimalloc-dev) in place of glibc's malloc: a paper is
            // hundreds of thousands of small strings and arrays, and glibc's allocator
            // was a sixth of `generate` (BENCHMARKS.md); mimalloc takes a quarter less CPU.
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        // Benchmark helper, not a user command: synthetic districts, the parse floor and
        // the benchmark report (scripts/benchmark, BENCHMARKS.md).
        .target(
            name: "WegweiserBenchKit",
            dependencies: [.product(name: "Yams", package: "Yams")],
            path: "Sources/WegweiserBench/Kit"
        ),
        .executableTarget(
            name: "wegweiser-bench",
            dependencies: ["WegweiserBenchKit", "WegweiserCore", .product(name: "Yams", package: "Yams")],
            path: "Sources/WegweiserBench/Tool"
        ),
        // The fuzz harness: one input → the files of a district → load, validate, resolve,
        // render (scripts/fuzz, Tests/WegweiserCoreTests/Fuzz).
        .target(name: "WegweiserFuzzing", dependencies: ["WegweiserCore"]),
        // libFuzzer target when built by scripts/fuzz (-D FUZZING), else a replay tool.
        .executableTarget(name: "WegweiserFuzz", dependencies: ["WegweiserFuzzing"]),
        .testTarget(
            name: "WegweiserCoreTests",
            dependencies: [
                "WegweiserCore", "WegweiserFuzzing",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Render/Golden", "Fuzz/Regressions"]
        ),
        // End-to-end: runs the built binary and compares exact output and exit codes.
        .testTarget(
            name: "WegweiserCLITests",
            dependencies: ["WegweiserCore", "WegweiserServe", "wegweiser", "WegweiserBenchKit", "wegweiser-bench"],
            exclude: ["Golden", "Workspaces", "Support/cdp_driver.py"]
        ),
    ]
)
