// swift-tools-version:6.0
// The libFuzzer target over the config loader and the date grammar. A separate package so
// that the main build never needs the fuzzer runtime; build it with fuzz/run.sh.
import PackageDescription

let package = Package(
    name: "deadlined-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "deadlined", path: "..")
    ],
    targets: [
        // Declares libFuzzer's LLVMFuzzerRunDriver; the runtime comes with -sanitize=fuzzer.
        .systemLibrary(name: "CLibFuzzer"),
        .executableTarget(
            name: "DeadlinedFuzz",
            dependencies: [
                "CLibFuzzer",
                .product(name: "DeadlinedCore", package: "deadlined"),
                .product(name: "DeadlinedConfig", package: "deadlined"),
            ],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
