// swift-tools-version: 6.1
import PackageDescription

// An example package that uses OilStat as a library: it depends on the repository root by path, as your package
// would depend on OilStat by URL (`.package(url: "https://github.com/OWNER/OilStat", from: "1.0.0")`).
let package = Package(
    name: "ShareTable",
    dependencies: [
        .package(name: "OilStat", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "share-table",
            dependencies: [
                .product(name: "OilStatCore", package: "OilStat"),
                .product(name: "OilStatAnalysis", package: "OilStat"),
                .product(name: "OilStatReport", package: "OilStat"),
            ]
        ),
    ]
)
