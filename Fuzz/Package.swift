// swift-tools-version: 6.1
// libFuzzer targets for OilStat's parsers. A separate package so that the root `swift build` / `swift test`
// never builds them; build and run them with `scripts/fuzz` (see README.md).
import Foundation
import PackageDescription

/// SwiftPM names a path dependency by its folder (`main`, `fuzz`, a CI checkout's name...), so the root
/// package's identity is read from where this manifest lies.
let root = "oilstat"

/// One fuzz target: an executable whose only entry point is `LLVMFuzzerTestOneInput` (libFuzzer supplies `main`).
func fuzzTarget(_ name: String, _ products: [String], grdb: Bool = false) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzSupport"] + products.map { .product(name: $0, package: root) }
            + (grdb ? [.product(name: "GRDB", package: "GRDB.swift")] : []),
        swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    )
}

let package = Package(
    name: "OilStatFuzz",
    dependencies: [
        .package(path: "OilStat"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    ],
    targets: [
        .target(name: "FuzzSupport"),
        fuzzTarget("FuzzJODI", ["OilStatImport", "OilStatAnalysis", "OilStatCore"]),
        fuzzTarget("FuzzLongCSV", ["OilStatCore"], grdb: true),
        fuzzTarget("FuzzEIAAPI", ["OilStatImport", "OilStatCore"]),
        fuzzTarget("FuzzEIABulk", ["OilStatImport", "OilStatCore"]),
        fuzzTarget("FuzzEnergyInstitute", ["OilStatImport", "OilStatCore"]),
    ]
)
