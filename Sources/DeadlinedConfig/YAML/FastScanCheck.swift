import DeadlinedCore

/// For the fuzz target and the tests: whether `FastScanner`, where it answers, reads a file
/// as libyaml does: the same nodes, texts, keys and line count, and never a file libyaml
/// refuses.
@_spi(Fuzz) public enum FastScanCheck {
    public enum Outcome: Equatable, Sendable {
        /// The scanner left the file to libyaml.
        case bailed
        /// The scanner's tape is libyaml's.
        case same
        /// The scanner answered with another tape, or where libyaml fails.
        case differs
    }

    /// False only when the scanner answers and differs from libyaml.
    public static func agrees(_ bytes: [UInt8], limits: Limits) -> Bool {
        compare(bytes, limits: limits) != .differs
    }

    public static func compare(_ bytes: [UInt8], limits: Limits) -> Outcome {
        guard let (tape, lines) = scanned(bytes, limits: limits) else { return .bailed }
        guard let (other, otherLines) = libyaml(bytes, limits: limits) else { return .differs }
        return lines == otherLines && tape.sameNodes(as: other) ? .same : .differs
    }

    /// The scanner's tape of `bytes` and the line breaks it counted, or nil when it bails.
    static func scanned(_ bytes: [UInt8], limits: Limits) -> (tape: YAMLTape, lines: Int)? {
        bytes.withUnsafeBufferPointer { buf in
            var tape = YAMLTape()
            guard let lines = FastScanner.scan(buf, maxDepth: limits.maxDepth, into: &tape) else { return nil }
            return (tape, lines)
        }
    }

    /// libyaml's tape of `bytes` and the line breaks it counted, or nil when it fails.
    static func libyaml(_ bytes: [UInt8], limits: Limits) -> (tape: YAMLTape, lines: Int)? {
        bytes.withUnsafeBufferPointer { buf in
            let file = "f.yaml"
            var builder = YAMLTape.Builder(file: file, limits: limits)
            guard case .success(let lines) = builder.run(buf, syntax: { _ in Diagnostic(.error, file: file, "") }),
                !builder.tape.nodes.isEmpty
            else { return nil }
            return (builder.tape, lines)
        }
    }
}
