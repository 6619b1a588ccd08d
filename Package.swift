// swift-tools-version:6.0
// The resilience toolkit: composite index (CRITIC and other objective weights) and
// Gini / Dagum / source / two-way decompositions for panels of cities and regions.
import PackageDescription

let package = Package(
    name: "resilience",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "resilience", targets: ["ResilienceCLI"]),
        .executable(name: "resilience-bench", targets: ["ResilienceBench"]),
        .executable(name: "resilience-fuzz", targets: ["ResilienceFuzz"]),
        .library(name: "Resilience",
                 targets: ["PanelData", "PanelIO", "DemoPanel", "Weighting", "Inequality", "Resilience", "Reporting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // Stage 1: the panel data model (no I/O).
        .target(name: "PanelData"),
        // Stage 1b: readers and configuration loading (CSV, XLSX, YAML/JSON).
        .target(name: "PanelIO", dependencies: [
            "PanelData",
            .product(name: "CSV", package: "CSV.swift"),
            .product(name: "Yams", package: "Yams"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // The embedded, synthetic demo panel.
        .target(name: "DemoPanel", dependencies: ["PanelData"]),
        // Stage 2: standardisation, objective weights, composite scores.
        .target(name: "Weighting", dependencies: ["PanelData"]),
        // Stage 3: inequality measures on plain arrays (knows nothing of cities).
        .target(name: "Inequality"),
        // Stage 4: the pipeline and its result type (results.json is this type).
        .target(name: "Resilience", dependencies: ["PanelData", "PanelIO", "DemoPanel", "Weighting", "Inequality"]),
        // Stage 5: tables, charts, HTML report (values in, strings out).
        .target(name: "Reporting", dependencies: ["Resilience"]),
        // The command-line program: the only code that writes files.
        .executableTarget(name: "ResilienceCLI", dependencies: [
            "Resilience", "Reporting", "PanelIO", "DemoPanel",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Benchmarks, outside the test suite.
        .executableTarget(name: "ResilienceBench", dependencies: [
            "Resilience", "Reporting", "PanelIO", "DemoPanel", "Weighting", "Inequality",
        ]),
        // Fuzzing of the readers: libFuzzer with `scripts/fuzz.sh`, or a seeded random fuzzer.
        .executableTarget(name: "ResilienceFuzz", dependencies: ["PanelIO", "PanelData"]),

        // Test helpers (not shipped) and the fixtures copied from ../shared/fixtures.
        .target(name: "TestSupport", path: "Tests/TestSupport", resources: [.copy("Fixtures")]),
        .testTarget(name: "PanelDataTests", dependencies: ["PanelData", "TestSupport"]),
        .testTarget(name: "PanelIOTests", dependencies: ["PanelIO", "TestSupport"]),
        .testTarget(name: "DemoPanelTests", dependencies: ["DemoPanel", "TestSupport"]),
        .testTarget(name: "WeightingTests", dependencies: ["Weighting", "TestSupport"]),
        .testTarget(name: "InequalityTests", dependencies: ["Inequality", "TestSupport"]),
        .testTarget(name: "ResilienceTests", dependencies: ["Resilience", "TestSupport"]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["ResilienceCLI", "TestSupport"]),
    ]
)
