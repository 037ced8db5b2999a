import DeadlinedCore

/// The outcome of loading a configuration: the config when it is valid, every diagnostic,
/// and the text of each file read so diagnostics can quote their line.
public struct LoadResult: Error, Sendable {
    public var config: Config?
    public var diagnostics: [Diagnostic]
    /// The text of each file that has an error, to quote its lines.
    public var texts: [String: [UInt8]]
    /// Every file read (or tried), the main one first: what a watcher should watch.
    public var files: [String]
    /// The main file's path, as given.
    public var path: String
    /// Where a file with a diagnostic but no entry in `texts` (warnings only) is read again to
    /// quote its lines: its bytes are not held while the items are made. nil: not quoted.
    public var source: (any ConfigSource)? = nil
    var maxFileSize = Limits().maxFileSize

    /// Line `line` (1-based) of a file that was read.
    public func sourceLine(_ file: String, _ line: Int) -> String? {
        if let bytes = texts[file] {
            var lines = LineIndex(bytes)
            return lines.text(ofLine: line)
        }
        return rereadLines(file, [line])?[line]
    }

    /// The text of `lines` of a file read again from `source`, in one pass through the file
    /// that keeps only those lines and stops after the last; nil when it cannot be read.
    func rereadLines(_ file: String, _ lines: [Int]) -> [Int: String]? {
        guard let source else { return nil }
        var picker = LinePicker(lines)
        let read = source.forEachChunk(of: file, maxSize: maxFileSize) { chunk in
            picker.feed(chunk)
            return !picker.done
        }
        guard case .success = read else { return nil }
        picker.finish()
        return picker.texts
    }

    /// Every diagnostic with its source line and caret, one after the other. A file in `texts`
    /// has one `LineIndex` for the whole rendering: 100,000 duplicate ids render in linear
    /// time. Any other file is read again once, first gathering every line its diagnostics
    /// quote, and only those lines are kept. `colour`: each severity's name in its colour.
    public func renderedDiagnostics(in language: Language = .en, colour: Bool = false) -> String {
        // The files to read again, in the order first quoted, and the lines each quotes. A
        // file's diagnostics mostly follow one another, so the last file is checked first.
        var wanted: [(file: String, lines: [Int])] = []
        var slot: [String: Int] = [:]
        for d in diagnostics {
            guard let l = d.location else { continue }
            if let last = wanted.last, last.file == l.file {
                wanted[wanted.count - 1].lines.append(l.line)
                continue
            }
            if let i = slot[l.file] {
                wanted[i].lines.append(l.line)
            } else if texts[l.file] == nil {
                slot[l.file] = wanted.count
                wanted.append((l.file, [l.line]))
            }
        }
        var quoted: [String: [Int: String]] = [:]
        for (file, lines) in wanted {
            if let found = rereadLines(file, lines) { quoted[file] = found }
        }
        wanted = []
        var kept: [String: LineIndex] = [:]
        // The lines of the file last quoted from again.
        var current: (file: String, lines: [Int: String]?)?
        func sourceLine(_ file: String, _ line: Int) -> String? {
            if let current, current.file == file { return current.lines?[line] }
            guard let bytes = texts[file] else {
                current = (file, quoted[file])
                return current?.lines?[line]
            }
            var lines = kept.removeValue(forKey: file) ?? LineIndex(bytes)
            defer { kept[file] = lines }
            return lines.text(ofLine: line)
        }
        return diagnostics.map { $0.rendered(sourceLine: sourceLine, in: language, colour: colour) }.joined(
            separator: "\n")
    }
}
