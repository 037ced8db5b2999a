import ArgumentParser
import DeadlinedConfig
import DeadlinedCore
import DeadlinedSystem
import Foundation

/// Shell completion of what only the configuration knows: item ids, agencies and directive ids.
/// The scripts from `deadlined --generate-completion-script` call the binary back
/// (`deadlined ---completion ...`) with the words of the command line being completed; the
/// configuration named there by `--config` (else the default) is loaded and the candidates that
/// start with the word under the cursor are printed, one a line. Nothing is ever written on
/// stderr: a missing or broken configuration completes to nothing.
///
/// An argument opts in with one line, e.g. `@Argument(completion: Completion.itemIDs)`.
enum Completion {
    static let itemIDs = CompletionKind.custom { words, _, prefix in candidates(.itemIDs, words: words, prefix: prefix)
    }
    static let agencies = CompletionKind.custom { words, _, prefix in
        candidates(.agencies, words: words, prefix: prefix)
    }
    static let directiveIDs = CompletionKind.custom { words, _, prefix in
        candidates(.directiveIDs, words: words, prefix: prefix)
    }

    enum Source {
        case itemIDs, agencies, directiveIDs
    }

    /// The configuration the command line names: the last `--config PATH` or `--config=PATH`
    /// (ArgumentParser keeps the last one too), else the default.
    static func configPath(in words: [String]) -> String {
        var path = defaultConfigPath
        var i = 0
        while i < words.count {
            let w = words[i]
            if w == "--" { break }
            if w == "--config", i + 1 < words.count, !words[i + 1].isEmpty {
                path = unquoted(words[i + 1])
                i += 1
            } else if w.hasPrefix("--config="), w.count > "--config=".count {
                path = unquoted(String(w.dropFirst("--config=".count)))
            }
            i += 1
        }
        // The shell passes the word as typed: a leading ~/ is not yet the home directory.
        if path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
            path = home + path.dropFirst(1)
        }
        return path
    }

    /// Sorted, without repeats, those starting with `prefix`; empty when the configuration
    /// does not load.
    static func candidates(_ source: Source, words: [String], prefix: String) -> [String] {
        let result = ConfigLoader(source: FileSource(), asOf: Int64(Date().timeIntervalSince1970))
            .load(configPath(in: words))
        guard let cfg = result.config else { return [] }
        let all: [String]
        switch source {
        case .itemIDs: all = cfg.items.map(\.id)
        case .agencies: all = cfg.items.map(\.agency)
        case .directiveIDs: all = cfg.directives.map(\.id)
        }
        let typed = unquoted(prefix)
        return Set(all.filter { $0.hasPrefix(typed) }).sorted()
    }

    /// The word as the command will receive it: bash and zsh pass the words as typed, so
    /// `Sở\ Tư`, `'Sở T` and `"st"` mean `Sở Tư`, `Sở T` and `st`. A quote still open (the
    /// user is typing) runs to the end of the word; inside double quotes a backslash escapes
    /// only $, `, ", \ as in sh.
    static func unquoted(_ word: String) -> String {
        var out = ""
        var quote: Character? = nil
        var escaped = false
        for c in word {
            if escaped {
                if quote == "\"", !"$`\"\\".contains(c) { out.append("\\") }
                out.append(c)
                escaped = false
                continue
            }
            switch (quote, c) {
            case (nil, "\\"), ("\"", "\\"): escaped = true
            case (nil, "'"), (nil, "\""): quote = c
            case ("'", "'"), ("\"", "\""): quote = nil
            default: out.append(c)
            }
        }
        return out
    }
}
