// libFuzzer entry point over the config loader (libyaml tape, FastScanner's tape against it,
// the same tape made from pieces of the file, includes, decoding, validation),
// what runs on a loaded config (evaluation, planning, the engine, list JSON) and the date and
// duration grammars. Build and run with `bash fuzz/run.sh [SECONDS]`.
//
// The input is one config file. When it holds a line `#%%` (a YAML comment), the text before
// that line is the main file and the text after it the included file; otherwise both files
// hold the whole input. The main file is /f/deadlined.yaml, the included one
// /f/assignments.d/fuzz.yaml, so `include: [assignments.d/*.yaml]` (as in the shipped config)
// reaches it, and `include: '*.yaml'` in the included file makes a cycle.

import CLibFuzzer
@_spi(Fuzz) import DeadlinedConfig
import DeadlinedCore

#if canImport(Glibc)
import Glibc
#endif

let mainPath = "/f/deadlined.yaml"
let includedPath = "/f/assignments.d/fuzz.yaml"
let marker: [UInt8] = Array("\n#%%\n".utf8)

/// Small limits, so that every limit is reachable with small inputs and no run is slow.
let limits: Limits = {
    var l = Limits()
    l.maxFileSize = 256 << 10
    l.maxDepth = 24
    l.maxAliasExpansion = 2_000
    l.maxItems = 300
    l.maxIncludeDepth = 4
    return l
}()

/// DEADLINED_FUZZ_VERBOSE=1 prints the diagnostics of each input, for triage:
/// `DEADLINED_FUZZ_VERBOSE=1 fuzz/.build-fuzz/debug/DeadlinedFuzz fuzz/crashes/...`.
let verbose = getenv("DEADLINED_FUZZ_VERBOSE") != nil

/// 2024-01-01T00:00Z, mid-May 2024, 2025-12-31T23:59:59Z, 1970 and the last second of 9999.
let instants: [Int64] = [1_704_067_200, 1_715_800_000, 1_767_225_599, 0, 253_402_300_799]

/// Hands control to libFuzzer. SwiftPM links a debug executable with `--defsym
/// main=DeadlinedFuzz_main`, so libFuzzer's own `main` never runs: this one calls its driver.
@main
enum FuzzMain {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let rc = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            guard let data else {
                var empty: UInt8 = 0
                return fuzz(&empty, 0)
            }
            return fuzz(data, size)
        }
        exit(rc)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // A file parsed in pieces on several cores must give the tape of the whole file.
    precondition(TapeSplitCheck.agrees(bytes, limits: limits), "parsed in pieces, the file reads differently")
    // Wherever FastScanner answers, its tape must be libyaml's, and it must bail where libyaml fails.
    precondition(FastScanCheck.agrees(bytes, limits: limits), "FastScanner reads the file differently from libyaml")
    // Decoded piece by piece, as a large main file is, it must decode as the whole file does.
    precondition(PieceDecodeCheck.agrees(bytes, limits: limits), "decoded in pieces, the file reads differently")
    fuzzConfig(bytes)
    fuzzGrammar(bytes)
    return 0
}

func split(_ bytes: [UInt8]) -> (main: [UInt8], included: [UInt8]) {
    guard bytes.count >= marker.count else { return (bytes, bytes) }
    var i = 0
    while i + marker.count <= bytes.count {
        if bytes[i] == marker[0], bytes[i..<i + marker.count].elementsEqual(marker) {
            return (Array(bytes[..<(i + 1)]), Array(bytes[(i + marker.count)...]))
        }
        i += 1
    }
    return (bytes, bytes)
}

func fuzzConfig(_ bytes: [UInt8]) {
    let (main, included) = split(bytes)
    let source = MemorySource(bytes: [mainPath: main, includedPath: included])
    let result = ConfigLoader(source: source, limits: limits).load(mainPath)
    // Diagnostics quote their source line with a caret: run that on every outcome.
    let rendered = result.renderedDiagnostics()
    if verbose {
        print(rendered)
        print("-- \(result.config.map { "config with \($0.items.count) items" } ?? "no config")")
    }
    precondition(result.config == nil || !result.diagnostics.hasErrors, "a config was returned despite errors")
    guard let config = result.config else {
        precondition(result.diagnostics.hasErrors, "no config and no error")
        return
    }
    let settings = config.settings
    for item in config.items {
        var moments = instants
        if let d = item.deadline { moments += [d.overdueAt - 1, d.overdueAt, d.reminderAnchor, d.shownAt] }
        if let c = item.completed { moments.append(c) }
        for t in moments {
            let e = item.evaluate(at: t, settings: settings)
            if let d = e.daysOverdue { precondition(d >= 0, "negative days overdue for \(item.id)") }
            if let d = e.daysLeft { precondition(d >= 0, "negative days left for \(item.id)") }
            let (_, entry) = Planner.fire(item, nil, settings: settings, now: t)
            if let next = Planner.nextEvent(item, entry, settings: settings, now: t) {
                precondition(next >= t, "next event before now for \(item.id)")
            }
        }
    }
    let renderer = Renderer(zone: settings.zone, language: settings.language, width: 80)
    for t in instants.prefix(3) {
        _ = renderer.list(config.rows(at: t), format: .json)
        var engine = Engine(config: config, ledger: Ledger(), now: t)
        _ = engine.tick(now: t)
        _ = engine.nextWake(now: t)
    }
    _ = renderer.list(config.rows(at: instants[1]), format: .table)
}

func fuzzGrammar(_ bytes: [UInt8]) {
    // Whole input as one date, and each line on its own (the corpus holds many YAML lines).
    let text = String(decoding: bytes, as: UTF8.self)
    grammar(text)
    if bytes.count <= 4096 {
        for line in text.split(separator: "\n", maxSplits: 64) { grammar(String(line)) }
    }
}

func grammar(_ text: String) {
    if case .success(let spec) = DueGrammar.parse(text) {
        precondition(DueGrammar.yearRange.contains(spec.date.year), "year out of range from '\(text)'")
        precondition(
            CivilDate.valid(year: spec.date.year, month: spec.date.month, day: spec.date.day) != nil,
            "invalid date from '\(text)'")
        _ = Deadline(spec, in: .vietnam)
        _ = DueGrammar.instant(text, in: .vietnam, atEnd: true)
    }
    if case .success(let seconds) = DurationGrammar.parse(text) {
        precondition(seconds >= 0, "negative duration from '\(text)'")
        _ = DurationGrammar.format(seconds)
    }
}
