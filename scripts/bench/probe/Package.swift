// swift-tools-version: 6.1
// TEMPORARY measurement harness (deleted once `oilstat` has the commands).
import PackageDescription

let package = Package(
    name: "probe",
    dependencies: [.package(path: "../../..")],
    targets: [
        .executableTarget(name: "probe", dependencies: [
            .product(name: "OilStatImport", package: "main"),
            .product(name: "OilStatCore", package: "main"),
        ]),
    ]
)
