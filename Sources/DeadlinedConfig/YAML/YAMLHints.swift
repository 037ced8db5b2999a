/// Plain words for the libyaml syntax errors an officer meets most, found from the file's
/// lines around the error: a colon inside unquoted text, a key out of line with its
/// siblings, a missing space after a key's colon, a list item among a mapping's keys, a quote
/// ended early or never closed, a backslash inside double quotes. Each hint is said after
/// libyaml's own words; the error keeps libyaml's line and column.
enum YAMLHints {
    /// A position as libyaml's marks give it: 0-based line and column, the column counted in
    /// characters (Unicode scalars).
    struct Mark: Equatable {
        var line: Int
        var column: Int
    }

    /// The hint for libyaml's `problem` at `mark` (and its `context` at `contextMark`) in
    /// `bytes`, or nil when there is none to give.
    static func hint(problem: String, context: String?, contextMark: Mark?, mark: Mark, in bytes: [UInt8]) -> String? {
        // An unclosed quote is reported at the end of the file, far below where it opened.
        let opened = problem == "found unexpected end of stream" ? contextMark?.line : nil
        let lines = SourceLines(bytes, around: mark.line, from: opened)
        switch problem {
        case "mapping values are not allowed in this context":
            return colonHint(mark: mark, lines: lines)
        case "did not find expected key" where context == "while parsing a block mapping":
            return keyHint(mark: mark, lines: lines)
        case "did not find expected '-' indicator" where context == "while parsing a block collection":
            guard let shape = lines.shape(mark.line), shape.keyColumn == mark.column else { return nil }
            return indentHint(
                shape, line: mark.line, lines: lines, listColumn: contextMark?.column, readAsValue: false)
        case "found unexpected end of stream" where context == "while scanning a quoted scalar":
            guard let open = contextMark else { return nil }
            return unclosedQuoteHint(open: open, lines: lines)
        case "found unknown escape character" where context == "while parsing a quoted scalar",
            "did not find expected hexdecimal number" where context == "while parsing a quoted scalar":
            return
                "inside double quotes a backslash starts an escape: write \\\\ for a backslash, or put the text in single quotes instead"
        default:
            return nil
        }
    }

    /// libyaml stops at a ': ' inside a plain (unquoted) value, or at the colon of a key that
    /// continues the text of the key above it (it is further right than that key).
    static func colonHint(mark: Mark, lines: SourceLines) -> String? {
        guard let shape = lines.shape(mark.line), let colon = shape.colon, let key = shape.key else { return nil }
        if mark.column > colon, let start = shape.valueStart, mark.column > start {
            return quoteValueHint(shape, key: key, valueStart: start, line: mark.line, lines: lines)
        }
        guard mark.column == colon else { return nil }
        if !YAMLHints.isIdentifier(key) {
            // Not a key of the configuration language: text of the key above, carried over to
            // this line, that has ': ' in it.
            guard let owner = lines.keyLine(before: mark.line, leftOf: shape.indent) else { return nil }
            return
                "this line continues the text of '\(owner.shape.key ?? "")' (line \(owner.line + 1)), and that text contains ': ' (a colon and a space), which YAML reads as a key: put the whole text of '\(owner.shape.key ?? "")' in double quotes"
        }
        return indentHint(shape, line: mark.line, lines: lines, listColumn: nil, readAsValue: true)
    }

    /// A value with ': ' in it, put in double quotes: the actual line, rewritten.
    static func quoteValueHint(
        _ shape: LineShape, key: String, valueStart: Int, line: Int, lines: SourceLines
    )
        -> String?
    {
        let s = shape.scalars
        // A quoted, flow, block, anchored or tagged value has other rules.
        guard !"\"'[{|>&*!%@`".unicodeScalars.contains(s[valueStart]) else { return nil }
        let end = shape.plainEnd(from: valueStart)
        let value = String(String.UnicodeScalarView(s[valueStart..<end]))
        let what =
            value.unicodeScalars.last == ":" && !value.contains(": ")
            ? "ends with ':'" : "contains ': ' (a colon and a space)"
        let about = "the text of '\(key)' \(what), which YAML reads as the start of another key"
        // Text that goes on over the next lines is quoted from its start to its last line's end.
        if let next = lines.nextSignificant(after: line), let n = lines.shape(next), n.key == nil,
            n.indent > (shape.keyColumn ?? 0)
        {
            return "\(about): put the whole text, to the end of its last line, in double quotes"
        }
        // Said from the line's first character (a list item's dash, else the key).
        let head = String(String.UnicodeScalarView(s[shape.indent..<valueStart]))
        let tail = String(String.UnicodeScalarView(s[end...]))
        return "\(about): put the text in double quotes: \(head)\(doubleQuoted(value))\(tail)"
    }

    /// `text` as a YAML double-quoted scalar: backslashes and double quotes escaped.
    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for u in text.unicodeScalars {
            if u == "\\" || u == "\"" { out.unicodeScalars.append("\\") }
            out.unicodeScalars.append(u)
        }
        return out + "\""
    }

    /// "did not find expected key" inside a block mapping: a list item among its keys, text
    /// after a closing quote, or a key out of line with the one above.
    static func keyHint(mark: Mark, lines: SourceLines) -> String? {
        guard let shape = lines.shape(mark.line), mark.column < shape.scalars.count else { return nil }
        let s = shape.scalars
        if s[mark.column] == "-", mark.column + 1 == s.count || s[mark.column + 1] == " " {
            let above = lines.keyLine(before: mark.line, atColumn: mark.column)
            let sibling = above.map { " (like '\($0.shape.key ?? "")' on line \($0.line + 1))" } ?? ""
            return
                "a list item ('- ') cannot stand among the keys of a mapping\(sibling): put the list under a key of its own, or remove the '- '"
        }
        var before = mark.column - 1
        while before >= 0, s[before] == " " { before -= 1 }
        if before >= 0, let start = shape.valueStart, s[start] == s[before], s[before] == "\"" || s[before] == "'" {
            return quoteEndedHint(shape, key: shape.key ?? "", valueStart: start)
        }
        guard shape.keyColumn == mark.column else { return nil }
        return indentHint(shape, line: mark.line, lines: lines, listColumn: nil, readAsValue: false)
    }

    /// Text after a quoted value's closing quote: a quote inside the text ended it.
    static func quoteEndedHint(_ shape: LineShape, key: String, valueStart: Int) -> String {
        let s = shape.scalars
        let about = "the quoted text of '\(key)' ends at its second"
        if s[valueStart] == "'" {
            return "\(about) single quote and more text follows it: inside single quotes, write a single quote twice"
        }
        // The line rewritten in double quotes: between the first and the last quote when the
        // value ends with one (`"Sở "A" ok"`), else the whole value (`"Sở" tham mưu`), its
        // double quotes escaped.
        var last = s.count - 1
        while last > valueStart, s[last] == " " || s[last] == "\t" { last -= 1 }
        let closed = last > valueStart && s[last] == "\""
        let from = closed ? valueStart + 1 : valueStart, to = closed ? last : last + 1
        var inner = ""
        var i = from
        while i < to {
            if s[i] == "\\", i + 1 < to {
                inner.unicodeScalars.append(contentsOf: s[i...(i + 1)])
                i += 2
                continue
            }
            if s[i] == "\"" { inner.unicodeScalars.append("\\") }
            inner.unicodeScalars.append(s[i])
            i += 1
        }
        let head = String(String.UnicodeScalarView(s[shape.indent..<valueStart]))
        return
            "\(about) double quote and more text follows it: inside double quotes, write a double quote as \\\": \(head)\"\(inner)\""
    }

    /// A key whose column differs from the key above it: which column the siblings are at,
    /// and the sibling's name. `listColumn`: the column of the dashes of the list being read,
    /// when libyaml expected another item. `readAsValue`: libyaml took the line for more of
    /// the plain text above it.
    static func indentHint(
        _ shape: LineShape, line: Int, lines: SourceLines, listColumn: Int?, readAsValue: Bool
    )
        -> String?
    {
        guard let key = shape.key, let column = shape.keyColumn else { return nil }
        // `task:T` on the line above is text, not a key: libyaml read this line as more of it.
        if let prev = lines.previousSignificant(before: line), let p = lines.shape(prev), p.key == nil,
            let glued = p.gluedKey
        {
            return
                "on line \(prev + 1), '\(glued.key):' has no space after the colon, so YAML reads that line as text, not as the key '\(glued.key)': write '\(glued.key): \(glued.rest)'"
        }
        guard let above = lines.keyAbove(line), let sibling = above.shape.key,
            let expected = above.shape.keyColumn, expected != column
        else { return nil }
        var hint = "the key '\(key)' starts at column \(column + 1)"
        if column > expected {
            hint += ", further right than '\(sibling)' on line \(above.line + 1) (column \(expected + 1))"
            if readAsValue { hint += ", so YAML reads it as more of the text of '\(sibling)'" }
        } else {
            hint += ", left of '\(sibling)' on line \(above.line + 1) (column \(expected + 1))"
        }
        hint += "; keys of one mapping start in the same column: move '\(key)' to column \(expected + 1)"
        if let listColumn, listColumn == column {
            hint += ", or write '- ' before it to start a new item of the list"
        }
        return hint
    }

    /// A quote opened and never closed: libyaml notices only at the end of the file.
    static func unclosedQuoteHint(open: Mark, lines: SourceLines) -> String? {
        guard let shape = lines.shape(open.line), open.column < shape.scalars.count else { return nil }
        let quote = shape.scalars[open.column] == "'" ? "single quote" : "double quote"
        let of = shape.valueStart == open.column ? shape.key.map { " (the text of '\($0)')" } ?? "" : ""
        return
            "the \(quote) opened at line \(open.line + 1), column \(open.column + 1)\(of) is never closed: end that text with a \(quote)"
    }

    /// A key of the configuration language: ASCII letters, digits and '_', not starting with a
    /// digit.
    static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return s.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_"
        }
    }
}

/// The lines of a file around one line, each split into its indentation, list dashes, key and
/// value. Only the window's lines are found: a hint on a large file looks at a few lines.
struct SourceLines {
    let bytes: [UInt8]
    /// The window's first line, and where each of its lines starts.
    let first: Int
    let starts: [Int]

    /// How many lines a hint looks up or down for the key it is about: a file's error path
    /// stays linear however long the text between.
    static let reach = 1000

    /// The lines from `reach` lines before `line` (or from `from`, when earlier) to `reach`
    /// lines after it. Line breaks as libyaml and `LineIndex` count them: LF,
    /// CR LF, or a CR alone.
    init(_ bytes: [UInt8], around line: Int, from: Int? = nil) {
        self.bytes = bytes
        let low = Swift.max(0, Swift.min(from ?? line, line) - SourceLines.reach)
        let high = line + SourceLines.reach
        var starts: [Int] = []
        var l = 0, i = 0
        let n = bytes.count
        if low == 0 { starts.append(0) }
        while i < n, l <= high {
            let b = bytes[i]
            i += 1
            guard b == 0x0A || b == 0x0D else { continue }
            if b == 0x0D, i < n, bytes[i] == 0x0A { i += 1 }
            l += 1
            if l >= low { starts.append(i) }
        }
        self.first = low
        self.starts = starts
    }

    /// The 0-based line `index`, parsed; nil past the end.
    func shape(_ index: Int) -> LineShape? {
        let k = index - first
        guard k >= 0, k < starts.count else { return nil }
        var end = starts[k]
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        return LineShape(Array(String(decoding: bytes[starts[k]..<end], as: UTF8.self).unicodeScalars))
    }

    /// The nearest line before `index` that is not blank or a comment.
    func previousSignificant(before index: Int) -> Int? {
        var i = index - 1
        while i >= Swift.max(0, index - SourceLines.reach) {
            if let s = shape(i), !s.isBlank { return i }
            i -= 1
        }
        return nil
    }

    /// The nearest line after `index` that is not blank or a comment.
    func nextSignificant(after index: Int) -> Int? {
        var i = index + 1
        while i <= index + SourceLines.reach, let s = shape(i) {
            if !s.isBlank { return i }
            i += 1
        }
        return nil
    }

    /// The nearest line before `index` with a key: at `column` when given.
    func keyLine(before index: Int, atColumn column: Int?) -> (line: Int, shape: LineShape)? {
        var i = index - 1
        while i >= Swift.max(0, index - SourceLines.reach) {
            if let s = shape(i), s.key != nil, column == nil || s.keyColumn == column { return (i, s) }
            i -= 1
        }
        return nil
    }

    /// The key line above `index` whose value reaches down to it: the line before it, or the
    /// key that the lines of text in between continue. nil when a list item comes between.
    func keyAbove(_ index: Int) -> (line: Int, shape: LineShape)? {
        var i = index - 1
        // The lines of text in between: the least indented, and whether one is a list item.
        var least = Int.max, item = false
        while i >= Swift.max(0, index - SourceLines.reach) {
            if let s = shape(i), !s.isBlank {
                if let c = s.keyColumn { return least > c && !item ? (i, s) : nil }
                least = Swift.min(least, s.indent)
                item = item || s.isItem
            }
            i -= 1
        }
        return nil
    }

    /// The nearest line before `index` with a key left of `column`: the key whose value a
    /// more indented line of text continues.
    func keyLine(before index: Int, leftOf column: Int) -> (line: Int, shape: LineShape)? {
        var i = index - 1
        while i >= Swift.max(0, index - SourceLines.reach) {
            if let s = shape(i), s.key != nil, let c = s.keyColumn, c < column { return (i, s) }
            i -= 1
        }
        return nil
    }
}

/// One line of YAML as a block mapping or list writes it: `  - key: value  # comment`.
struct LineShape {
    let scalars: [Unicode.Scalar]
    /// Leading spaces.
    let indent: Int
    /// Blank, or only a comment.
    let isBlank: Bool
    /// Where the key starts, after any list dashes; nil when the line has no plain key.
    let keyColumn: Int?
    let key: String?
    /// The column of the colon that ends the key.
    let colon: Int?
    /// The first character of the value on this line, if any (not a comment).
    let valueStart: Int?

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        let n = scalars.count
        var i = 0
        while i < n, scalars[i] == " " { i += 1 }
        indent = i
        isBlank = i == n || scalars[i] == "#"
        while i < n, scalars[i] == "-", i + 1 == n || scalars[i + 1] == " " {
            i += 1
            while i < n, scalars[i] == " " { i += 1 }
        }
        var keyColumn: Int?, key: String?, colon: Int?, valueStart: Int?
        if !isBlank, i < n, !"\"'[{#&*!|>%@`".unicodeScalars.contains(scalars[i]) {
            var j = i
            while j < n {
                if scalars[j] == "#", j > 0, scalars[j - 1] == " " { break }
                if scalars[j] == ":", j + 1 == n || scalars[j + 1] == " " || scalars[j + 1] == "\t" {
                    var k = j
                    while k > i, scalars[k - 1] == " " { k -= 1 }
                    keyColumn = i
                    key = String(String.UnicodeScalarView(scalars[i..<k]))
                    colon = j
                    var v = j + 1
                    while v < n, scalars[v] == " " || scalars[v] == "\t" { v += 1 }
                    if v < n, scalars[v] != "#" { valueStart = v }
                    break
                }
                j += 1
            }
        }
        self.keyColumn = keyColumn
        self.key = key
        self.colon = colon
        self.valueStart = valueStart
    }

    /// Whether the line starts a list item ('- ').
    var isItem: Bool {
        indent < scalars.count && scalars[indent] == "-" && (indent + 1 == scalars.count || scalars[indent + 1] == " ")
    }

    /// Where a plain value starting at `start` ends on this line: at a comment (' #') or the
    /// line's end, trailing spaces left out.
    func plainEnd(from start: Int) -> Int {
        var end = start
        while end < scalars.count, !(scalars[end] == "#" && end > start && scalars[end - 1] == " ") { end += 1 }
        while end > start, scalars[end - 1] == " " || scalars[end - 1] == "\t" { end -= 1 }
        return end
    }

    /// `key:value` with no space after the colon, which YAML reads as text: the key and the
    /// rest of the line.
    var gluedKey: (key: String, rest: String)? {
        var i = indent
        while i < scalars.count, scalars[i] == "-", i + 1 < scalars.count, scalars[i + 1] == " " { i += 2 }
        guard let colon = scalars[i...].firstIndex(of: ":"), colon > i, colon + 1 < scalars.count,
            scalars[colon + 1] != " "
        else { return nil }
        let key = String(String.UnicodeScalarView(scalars[i..<colon]))
        guard YAMLHints.isIdentifier(key) else { return nil }
        return (key, String(String.UnicodeScalarView(scalars[(colon + 1)..<plainEnd(from: colon + 1)])))
    }
}
