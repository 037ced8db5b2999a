import Foundation

/// The English messages written in the sources: every string literal given to a diagnostic
/// constructor, a decoder's `error`/`warning`/`note`, `GrammarError`, a `msg` being built, or a
/// command's `say`/`tell`/`usageError`/`ValidationError`. Interpolations become `{}`;
/// literals joined with `+` are one message. Read from the files, as a reviewer would.
enum SourceMessages {
    struct Found {
        var file: String
        var line: Int
        var text: String
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let diagnosticCalls = [
        "error", "warning", "note", "Diagnostic", "GrammarError", "sessionError", "sessionWarning", "at",
    ]
    static let commandCalls = ["say", "tell", "usageError", "ValidationError"]

    /// Every message of the decoders, the grammars, check's notes and the commands.
    static func all() throws -> [Found] {
        var out: [Found] = []
        for dir in ["Sources/DeadlinedConfig", "Sources/DeadlinedCore/Grammar"] {
            for f in try files(under: dir) { out += try scan(f, calls: diagnosticCalls) }
        }
        out += try scan("Sources/DeadlinedCore/Notify/NotifyAudit.swift", calls: diagnosticCalls)
        for f in try files(under: "Sources/deadlined") { out += try scan(f, calls: commandCalls) }
        return out
    }

    static func files(under dir: String) throws -> [String] {
        let base = root.appendingPathComponent(dir)
        guard let e = FileManager.default.enumerator(atPath: base.path) else { return [] }
        return e.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted().map { dir + "/" + $0 }
    }

    static func scan(_ path: String, calls: [String]) throws -> [Found] {
        let s = Array(try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8).utf8)
        var out: [Found] = []
        var i = 0
        func line(_ at: Int) -> Int { s[..<at].filter { $0 == 0x0A }.count + 1 }
        while i < s.count {
            // Comments are not code.
            if s[i] == 0x2F, i + 1 < s.count, s[i + 1] == 0x2F {
                while i < s.count, s[i] != 0x0A { i += 1 }
                continue
            }
            if s[i] == 0x22 {
                i = skipString(s, i).end
                continue
            }
            if isIdentifierStart(s[i]), i == 0 || !isIdentifier(s[i - 1]) {
                var j = i
                while j < s.count, isIdentifier(s[j]) { j += 1 }
                let name = String(decoding: s[i..<j], as: UTF8.self)
                let declared = i >= 5 && String(decoding: s[(i - 5)..<i], as: UTF8.self) == "func "
                if j < s.count, s[j] == 0x28, calls.contains(name), !declared,
                    i == 0 || s[i - 1] != 0x2E || name == "error"
                {
                    for t in literals(s, from: j + 1, closing: true) {
                        out.append(Found(file: path, line: line(i), text: t))
                    }
                } else if name == "msg" {
                    var k = j
                    while k < s.count, s[k] == 0x20 { k += 1 }
                    if k + 1 < s.count, s[k] == 0x3D || (s[k] == 0x2B && s[k + 1] == 0x3D) {
                        for t in literals(s, from: k + (s[k] == 0x3D ? 1 : 2), closing: false) {
                            out.append(Found(file: path, line: line(i), text: t))
                        }
                    }
                }
                i = j
                continue
            }
            i += 1
        }
        return out
    }

    static func isIdentifierStart(_ b: UInt8) -> Bool {
        (0x61...0x7A).contains(b) || (0x41...0x5A).contains(b) || b == 0x5F
    }
    static func isIdentifier(_ b: UInt8) -> Bool { isIdentifierStart(b) || (0x30...0x39).contains(b) }

    /// The literals of an argument list (up to its closing parenthesis) or of an assignment's
    /// right side (up to the end of its expression), each run joined by `+` as one.
    static func literals(_ s: [UInt8], from start: Int, closing: Bool) -> [String] {
        // `joined`: a `+` follows the pending literal; `between`: an expression too, which the
        // message shows as `{}`.
        var out: [String] = [], pending: String?, joined = false, between = false, depth = 0, i = start
        while i < s.count {
            let c = s[i]
            if c == 0x22 {
                let (text, end) = skipString(s, i)
                if let text, depth == 0 {
                    if let p = pending, joined {
                        pending = p + (between ? "{}" : "") + text
                    } else {
                        if let p = pending { out.append(p) }
                        pending = text
                    }
                    joined = false
                    between = false
                } else if joined {
                    between = true
                }
                i = end
                continue
            }
            if c == 0x2B, depth == 0 {
                joined = pending != nil
            } else if c == 0x28 || c == 0x5B {
                depth += 1
                if joined { between = true }
            } else if c == 0x29 || c == 0x5D {
                if depth == 0 { break }
                depth -= 1
            } else if depth == 0, c == 0x2C {
                joined = false
                between = false
            } else if !closing, depth == 0, c == 0x0A {
                // An assignment continues on the next line only after a `+` or an `=`.
                if !joined, pending != nil { break }
            } else if c != 0x20, c != 0x0A, c != 0x09, c != 0x3D, joined {
                between = true
            }
            i += 1
        }
        if let p = pending { out.append(p) }
        return out
    }

    /// A string literal starting at `start`: its text with `{}` for each interpolation (nil for
    /// a multi-line literal) and the index after it.
    static func skipString(_ s: [UInt8], _ start: Int) -> (text: String?, end: Int) {
        if start + 2 < s.count, s[start + 1] == 0x22, s[start + 2] == 0x22 {
            var i = start + 3
            while i + 2 < s.count, !(s[i] == 0x22 && s[i + 1] == 0x22 && s[i + 2] == 0x22) { i += 1 }
            return (nil, i + 3)
        }
        var out: [UInt8] = [], i = start + 1
        while i < s.count {
            let c = s[i]
            if c == 0x5C, i + 1 < s.count {
                if s[i + 1] == 0x28 {
                    var depth = 1, k = i + 2
                    while k < s.count, depth > 0 {
                        if s[k] == 0x22 {
                            k = skipString(s, k).end
                            continue
                        }
                        if s[k] == 0x28 { depth += 1 } else if s[k] == 0x29 { depth -= 1 }
                        k += 1
                    }
                    out += Array("{}".utf8)
                    i = k
                    continue
                }
                // An escaped quote or backslash stands for itself.
                out.append(s[i + 1])
                i += 2
                continue
            }
            if c == 0x22 { return (String(decoding: out, as: UTF8.self), i + 1) }
            out.append(c)
            i += 1
        }
        return (String(decoding: out, as: UTF8.self), i)
    }
}
