import Foundation
import Testing

@_spi(Fuzz) @testable import DeadlinedConfig
@testable import DeadlinedCore

// Thousands of small edits of real files (a fixed seed, so every run sees the same mutants):
// bytes YAML gives a meaning to, Vietnamese letters, lines joined and split, indentation
// changed. Whatever the scanner answers must be libyaml's tape, and where libyaml fails the
// scanner must have bailed (`FastScanCheck.compare` is then `.differs`).

/// SplitMix64: a small generator with a fixed seed.
struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
}

private let significant: [[UInt8]] =
    Array("-:#'\"[]{},&*!|>%@\t\r\n ".utf8).map { [$0] }
    + ["ơ", "ệ", "Đ", "ữ", "\u{85}", "\u{FEFF}", "\u{2028}", "𝔸", "\\", "\\u", "''", "- ", ": ", " #", "---", "..."].map
{
    Array($0.utf8)
}

/// One edit of `file` at a place chosen by `rng`.
func mutate(_ file: [UInt8], _ rng: inout SplitMix) -> [UInt8] {
    var f = file
    guard !f.isEmpty else { return significant[rng.below(significant.count)] }
    let at = rng.below(f.count)
    let lineStarts = [0] + f.indices.filter { f[$0] == 0x0A }.map { $0 + 1 }.filter { $0 < f.count }
    let line = lineStarts[rng.below(lineStarts.count)]
    switch rng.below(9) {
    case 0, 1: f.insert(contentsOf: significant[rng.below(significant.count)], at: at)
    case 2: f.remove(at: at)
    case 3: f.replaceSubrange(at...at, with: significant[rng.below(significant.count)])
    case 4:  // join a line with the next
        if let lf = f[line...].firstIndex(of: 0x0A) { f.remove(at: lf) }
    case 5: f.insert(0x0A, at: at)
    case 6: f.insert(contentsOf: Array(repeating: UInt8(ascii: " "), count: 1 + rng.below(3)), at: line)
    case 7:  // take a space of indentation away
        if f[line] == UInt8(ascii: " ") { f.remove(at: line) }
    default:  // a line copied elsewhere
        let end = f[line...].firstIndex(of: 0x0A).map { $0 + 1 } ?? f.count
        f.insert(contentsOf: Array(f[line..<end]), at: lineStarts[rng.below(lineStarts.count)])
    }
    return f
}

/// Small files covering what the scanner reads: the shipped ones, a slice of the benchmark's
/// shape, and one with the rarer forms (quotes and escapes, flow lists, lists at their key's
/// column, empty values, Vietnamese keys).
private let seeds: [[UInt8]] = {
    var s = ["config/deadlined.yaml", "config/assignments.d/cchc-2022.yaml"].map {
        bytes(repoRoot.appendingPathComponent($0))
    }
    s.append(Array(FastScannerCases.rare.utf8))
    s.append(Array(FastScannerCases.benchShape.utf8))
    return s
}()

@Test func mutantsAreReadAsLibYAMLReadsThemOrLeftToIt() {
    var rng = SplitMix(state: 20)
    var answered = 0, refused = 0, total = 0
    for seed in seeds {
        for _ in 0..<1_500 {
            var m = mutate(seed, &rng)
            if rng.below(3) == 0 { m = mutate(m, &rng) }
            let outcome = FastScanCheck.compare(m, limits: Limits())
            total += 1
            if outcome == .same { answered += 1 }
            if FastScanCheck.libyaml(m, limits: Limits()) == nil { refused += 1 }
            if outcome == .differs {
                Issue.record("scanner differs from libyaml on:\n\(String(decoding: m, as: UTF8.self))")
                return
            }
        }
    }
    // Both sides are exercised: many mutants still read, many are errors libyaml reports.
    #expect(answered * 5 > total, "answered \(answered) of \(total)")
    #expect(refused * 10 > total, "libyaml refused \(refused) of \(total)")
}
