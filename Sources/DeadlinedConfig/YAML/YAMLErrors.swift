import CLibYAML
import DeadlinedCore

/// What is wrong with a file libyaml would not parse, located and put in words: text that is
/// not UTF-8, control characters (found by libyaml's reader, which gives only a byte offset)
/// and syntax errors.
extension YAMLTape {
    /// Rejects what is not UTF-8 text before libyaml sees it, naming the byte offset.
    // Long because it is one pass over every byte of the file, ASCII runs first.
    static func checkText(_ bytes: [UInt8], file: String) -> Diagnostic? {
        var i = 0
        let n = bytes.count
        // The line and column of a problem are counted only once there is one.
        func at(_ offset: Int, _ message: String) -> Diagnostic {
            Diagnostic(.error, at: location(ofByte: offset, in: bytes, file: file), message)
        }
        // Eight bytes at a time while they are ASCII without NUL: most of a config.
        let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
        return bytes.withUnsafeBytes { raw -> Diagnostic? in
            while i < n {
                if i + 8 <= n {
                    let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if w & high == 0, (w &- ones) & ~w & high == 0 {
                        i += 8
                        continue
                    }
                }
                let b = raw[i]
                if b < 0x80 {
                    if b == 0 { return at(i, "NUL byte at byte offset \(i): this is not a text file") }
                    i += 1
                    continue
                }
                let len: Int
                var minimum: UInt32
                if b & 0xE0 == 0xC0 {
                    len = 2
                    minimum = 0x80
                } else if b & 0xF0 == 0xE0 {
                    len = 3
                    minimum = 0x800
                } else if b & 0xF8 == 0xF0 {
                    len = 4
                    minimum = 0x10000
                } else {
                    return at(
                        i,
                        "invalid UTF-8 at byte offset \(i) (byte 0x\(String(b, radix: 16, uppercase: true))): the file must be UTF-8 text"
                    )
                }
                guard i + len <= n else {
                    return at(i, "invalid UTF-8 at byte offset \(i): the file ends inside a character")
                }
                var v = UInt32(b) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
                for k in 1..<len {
                    let c = raw[i + k]
                    guard c & 0xC0 == 0x80 else {
                        let lead = String(b, radix: 16, uppercase: true), next = String(c, radix: 16, uppercase: true)
                        return at(
                            i,
                            "invalid UTF-8 at byte offset \(i) (byte 0x\(lead) starts a \(len)-byte character, byte 0x\(next) cuts it off): the file must be UTF-8 text"
                        )
                    }
                    v = v << 6 | UInt32(c & 0x3F)
                }
                if v < minimum || v > 0x10FFFF || (0xD800...0xDFFF).contains(v) {
                    return at(i, "invalid UTF-8 at byte offset \(i): the file must be UTF-8 text")
                }
                i += len
            }
            return nil
        }
    }

    /// The 1-based line and column (in characters) of a byte offset.
    static func location(ofByte offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        let offset = min(max(offset, 0), bytes.count)
        var line = 1, lineStart = 0
        for k in 0..<offset where bytes[k] == 0x0A {
            line += 1
            lineStart = k + 1
        }
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return SourceLocation(file: file, line: line, column: column)
    }

    static func syntaxError(_ parser: yaml_parser_t, file: String, bytes: [UInt8]) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        // The reader (which decodes and checks characters ahead of the scanner) leaves the
        // mark at 0,0 and gives the byte offset and the character instead.
        if parser.error == YAML_READER_ERROR {
            var message = "YAML syntax error: \(problem)"
            if parser.problem_value >= 0, let u = Unicode.Scalar(UInt32(parser.problem_value)) {
                message += ": \(Invisible.name(u))"
            }
            message += " at byte offset \(parser.problem_offset)"
            return Diagnostic(.error, at: location(ofByte: Int(parser.problem_offset), in: bytes, file: file), message)
        }
        let mark = parser.problem_mark
        var message = "YAML syntax error: \(problem)"
        if let ctx = parser.context {
            let c = String(cString: ctx)
            message += " (\(c) at line \(parser.context_mark.line + 1))"
        }
        // libyaml counts `index` and `column` in characters, not bytes: find the byte from the
        // line and column, or a tab after Vietnamese text would go unnoticed.
        let offset = byteOffset(line: Int(mark.line), column: Int(mark.column), in: bytes)
        if offset < bytes.count, bytes[offset] == 0x09 {
            message += "; tabs cannot be used for indentation, use spaces"
        } else if let hint = YAMLHints.hint(
            problem: problem, context: parser.context.map { String(cString: $0) },
            contextMark: YAMLHints.Mark(line: Int(parser.context_mark.line), column: Int(parser.context_mark.column)),
            mark: YAMLHints.Mark(line: Int(mark.line), column: Int(mark.column)), in: bytes)
        {
            message += "; \(hint)"
        }
        // A byte-order mark where two files were joined, a no-break space pasted in: the line
        // looks right. Tabs have their hint above. A line of megabytes is looked at in part.
        let start = byteOffset(line: Int(mark.line), column: 0, in: bytes)
        let end = min(bytes[start...].firstIndex(of: 0x0A) ?? bytes.count, start + 4096)
        let line = String(decoding: bytes[start..<end].map { $0 == 0x09 || $0 == 0x0D ? 0x20 : $0 }, as: UTF8.self)
        if let what = Invisible.described(line) { message += "; this line contains \(what)" }
        return Diagnostic(
            .error, at: SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1), message)
    }

    /// The byte offset of a 0-based line and character column.
    static func byteOffset(line: Int, column: Int, in bytes: [UInt8]) -> Int {
        var i = 0, l = 0
        while i < bytes.count, l < line {
            if bytes[i] == 0x0A { l += 1 }
            i += 1
        }
        var c = 0
        while i < bytes.count, c < column, bytes[i] != 0x0A {
            i += 1
            while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
            c += 1
        }
        return i
    }
}
