// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "OilStat",
    products: [
        .library(name: "OilStatCore", targets: ["OilStatCore"]),
        .library(name: "OilStatImport", targets: ["OilStatImport"]),
        .library(name: "OilStatAnalysis", targets: ["OilStatAnalysis"]),
        .library(name: "OilStatReport", targets: ["OilStatReport"]),
        .executable(name: "oilstat", targets: ["oilstat"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        // Data model, SQLite store (GRDB), bundled data and the long-CSV loader.
        .target(
            name: "OilStatCore",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
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
        // The thin command layer.
        .executableTarget(
            name: "oilstat",
            dependencies: [
                "OilStatCore", "OilStatImport", "OilStatAnalysis", "OilStatReport",
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
    ]
)
