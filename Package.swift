// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Kader",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kader", targets: ["kader"]),
        .executable(name: "kader-profile", targets: ["kader-profile"]),
        .library(name: "KaderCore", targets: ["KaderCore"]),
        .library(name: "KaderIngest", targets: ["KaderIngest"]),
        .library(name: "KaderStore", targets: ["KaderStore"]),
        .library(name: "KaderReport", targets: ["KaderReport"]),
        .library(name: "KaderWeb", targets: ["KaderWeb"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit", from: "2.17.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        .target(name: "KaderCore"),
        // _FoundationICU, the ICU that Foundation ships and links, for CompiledPattern.
        .target(
            name: "KaderIngest", dependencies: ["KaderCore"],
            linkerSettings: [.linkedLibrary("_FoundationICU", .when(platforms: [.linux]))]),
        .target(
            name: "KaderStore",
            dependencies: [
                "KaderCore",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Migrations"), .copy("Seed")]
        ),
        .target(name: "KaderReport", dependencies: ["KaderCore"]),
        // Generated corpora and the measurements of `kader bench`.
        .target(name: "KaderBench"),
        .target(
            name: "KaderWeb",
            dependencies: [
                "KaderCore", "KaderIngest", "KaderStore", "KaderReport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Templates"), .copy("OpenAPI")]
        ),
        .executableTarget(
            name: "kader",
            dependencies: [
                "KaderCore", "KaderIngest", "KaderStore", "KaderReport", "KaderWeb", "KaderBench",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Extraction alone with a synchronous main, for callgrind (scripts/profile-extraction).
        .executableTarget(name: "kader-profile", dependencies: ["KaderIngest"]),
        // The corpus letters, the curated registry and temporary databases for every test target.
        .target(
            name: "KaderTestSupport",
            dependencies: [
                "KaderCore", "KaderIngest", "KaderStore", .product(name: "SQLKit", package: "sql-kit"),
            ],
            path: "Tests/KaderTestSupport"
        ),
        .testTarget(name: "KaderCoreTests", dependencies: ["KaderCore", "KaderTestSupport"]),
        .testTarget(name: "KaderIngestTests", dependencies: ["KaderIngest", "KaderTestSupport"]),
        .testTarget(
            name: "KaderStoreTests",
            dependencies: ["KaderStore", "KaderIngest", "KaderReport", "KaderBench", "KaderTestSupport"]),
        .testTarget(name: "KaderReportTests", dependencies: ["KaderReport", "KaderTestSupport"]),
        .testTarget(name: "KaderBenchTests", dependencies: ["KaderBench"]),
        // Runs the built `kader` binary: exit codes, messages and what reaches the database.
        .testTarget(name: "KaderCLITests", dependencies: ["KaderStore", "KaderIngest", "KaderTestSupport"]),
        .testTarget(
            name: "KaderWebTests",
            dependencies: [
                "KaderWeb", "KaderTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
