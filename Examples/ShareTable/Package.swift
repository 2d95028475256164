// swift-tools-version: 6.1
import PackageDescription

// An example package that uses OilStat as a library: it depends on the repository root by path, as your package
// would by path or by URL (`.package(url: "<repository URL>", from: "<a tagged version>")`).
let package = Package(
    name: "ShareTable",
    dependencies: [
        .package(name: "OilStat", path: "../..")
    ],
    targets: [
        .executableTarget(
            name: "share-table",
            dependencies: [
                .product(name: "OilStatCore", package: "OilStat"),
                .product(name: "OilStatAnalysis", package: "OilStat"),
                .product(name: "OilStatReport", package: "OilStat"),
            ]
        )
    ]
)
