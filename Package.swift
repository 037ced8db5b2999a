// swift-tools-version:6.0
import PackageDescription

// One set of settings for every target: Swift 6 language mode, full concurrency checking.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
    name: "deadlined",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "deadlined", targets: ["deadlined"]),
        .library(name: "DeadlinedCore", targets: ["DeadlinedCore"]),
        .library(name: "DeadlinedConfig", targets: ["DeadlinedConfig"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .systemLibrary(
            name: "CSystemd",
            pkgConfig: "libsystemd",
            providers: [.apt(["libsystemd-dev"])]
        ),
        // Excel workbooks for `report`/`list --format xlsx`; used only by DeadlinedSystem.
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // libcurl's SMTP for `deadlined notify`, behind one non-variadic C function
        // (curl_easy_setopt is variadic, which Swift cannot call).
        .target(name: "CSMTP", linkerSettings: [.linkedLibrary("curl")]),
        // A CPU hint from C (a prefetch, used by IdIndex), which Swift has no spelling for.
        .target(name: "CHints"),
        .target(
            name: "DeadlinedCore",
            dependencies: ["CHints"],
            swiftSettings: swiftSettings
        ),
        // Threads for the shell (parallel decode, list output); the core never starts one.
        .target(
            name: "DeadlinedParallel",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "DeadlinedConfig",
            dependencies: ["DeadlinedCore", "DeadlinedParallel", "CLibYAML"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "DeadlinedSystem",
            dependencies: [
                "DeadlinedCore", "DeadlinedConfig", "DeadlinedParallel", "CSystemd", "CXlsxWriter", "CSMTP",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "deadlined",
            dependencies: [
                "DeadlinedCore", "DeadlinedConfig", "DeadlinedSystem",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DeadlinedCoreTests",
            dependencies: ["DeadlinedCore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DeadlinedParallelTests",
            dependencies: ["DeadlinedParallel"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DeadlinedConfigTests",
            dependencies: ["DeadlinedCore", "DeadlinedConfig"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DeadlinedSystemTests",
            dependencies: ["DeadlinedCore", "DeadlinedConfig", "DeadlinedSystem"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["DeadlinedCore"],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
