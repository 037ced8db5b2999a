import ArgumentParser
import DeadlinedSystem

/// A mistyped subcommand (`deadlined lsit`). `run` is the default subcommand, so without
/// this ArgumentParser reads the word as an argument of `run` and prints run's usage.
enum CommandTypo {
    /// Every subcommand's name, and `help`, which ArgumentParser adds.
    static var names: [String] {
        Deadlined.configuration.subcommands.map { $0._commandName } + ["help"]
    }

    /// The message for `arguments` (without the program's name) when the first one is a word
    /// that names no subcommand; nil when it names one, is an option, or may be a path: it
    /// holds a '/', ends in .yaml or .yml, or exists. Those go to ArgumentParser
    /// as before.
    static func message(_ arguments: [String], names: [String], exists: (String) -> Bool) -> String? {
        guard let word = arguments.first, !word.isEmpty, !word.hasPrefix("-"), !names.contains(word) else { return nil }
        let lower = word.lowercased()
        if word.contains("/") || lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || exists(word) { return nil }
        if let near = suggestion(for: lower, among: names) {
            return "unknown command '\(word)'; did you mean '\(near)'?"
        }
        return "unknown command '\(word)'; the commands are: \(names.joined(separator: ", "))"
    }

    /// The closest name, within one edit for a word of up to four letters and two for a
    /// longer one; on a tie, the first in `names`.
    static func suggestion(for word: String, among names: [String]) -> String? {
        let most = word.count <= 4 ? 1 : 2
        var best: (name: String, distance: Int)?
        for name in names {
            let d = distance(word, name)
            if d <= most, d < (best?.distance ?? Int.max) { best = (name, d) }
        }
        return best?.name
    }

    /// Edits to turn `a` into `b`: insertions, deletions, substitutions and swaps of two
    /// neighbouring letters ("lsit" is one swap from "list"); the optimal string alignment
    /// distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // d[i][j]: edits from a's first i letters to b's first j.
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }

    /// Whether something exists at `path`.
    static func exists(_ path: String) -> Bool { FileSource().stamp(path) != nil }
}
