// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "OilStat",
    products: [
        .library(name: "OilStatCore", targets: ["OilStatCore"]),
        .library(name: "OilStatImport", targets: ["OilStatImport"]),
        .library(name: "OilStatAnalysis", targets: ["OilStatAnalysis"]),
        .library(name: "OilStatReport", targets: ["OilStatReport"]),
        .library(name: "OilStatUpdate", targets: ["OilStatUpdate"]),
        .executable(name: "oilstat", targets: ["oilstat"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // Data model, SQLite store (GRDB), bundled data (Data/*.csv, compiled in) and the long-CSV loader.
        .target(
            name: "OilStatCore",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            plugins: ["EmbedBundledData"]
        ),
        // Compiles Data/*.csv into OilStatCore at build time (Data/ stays the one copy of the files).
        .plugin(name: "EmbedBundledData", capability: .buildTool()),
        // The system zlib (zlib1g-dev), to read .zip downloads in process.
        .systemLibrary(name: "COilStatZlib"),
        // Importers for the files analysts download: JODI, EIA, Energy Institute.
        .target(
            name: "OilStatImport",
            dependencies: ["OilStatCore", "COilStatZlib"]
        ),
        // Shares, changes, averages, units, concentration, conformity; results as report tables; the JODI share
        // task (read by Import's scanner, no database).
        .target(
            name: "OilStatAnalysis",
            dependencies: ["OilStatCore", "OilStatImport", "OilStatReport"]
        ),
        // Tables, CSV/TSV/JSON/Markdown, SVG charts and the HTML report, with Core's number formatter. No database.
        .target(name: "OilStatReport", dependencies: ["OilStatCore"]),
        // `oilstat update`: fetches the publishers' files (AsyncHTTPClient), caches and verifies them, imports.
        .target(
            name: "OilStatUpdate",
            dependencies: [
                "OilStatCore", "OilStatImport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        // `oilstat serve`: the dashboard and HTTP API (Hummingbird), read-only over the store.
        .target(
            name: "OilStatServer",
            dependencies: [
                "OilStatCore", "OilStatAnalysis", "OilStatReport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // The thin command layer.
        .executableTarget(
            name: "oilstat",
            dependencies: [
                "OilStatCore", "OilStatImport", "OilStatAnalysis", "OilStatReport", "OilStatUpdate", "OilStatServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "OilStatCoreTests", dependencies: ["OilStatCore"]),
        .testTarget(name: "OilStatImportTests", dependencies: ["OilStatImport", "OilStatCore"], exclude: ["Fixtures"]),
        .testTarget(
            name: "OilStatAnalysisTests",
            dependencies: ["OilStatAnalysis", "OilStatCore", "OilStatImport", "OilStatReport"]
        ),
        .testTarget(name: "OilStatReportTests", dependencies: ["OilStatReport", "OilStatCore"], exclude: ["Golden"]),
        .testTarget(name: "OilStatCommandTests", dependencies: ["oilstat", "OilStatCore"], exclude: ["Golden"]),
        .testTarget(
            name: "OilStatUpdateTests",
            dependencies: [
                "oilstat", "OilStatUpdate", "OilStatCore", "OilStatImport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "OilStatServerTests",
            dependencies: [
                "OilStatServer", "OilStatCore", "OilStatAnalysis", "OilStatReport", "oilstat",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)
