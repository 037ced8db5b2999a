/// Durations such as `7d`, `12h`, `1d12h`, `2w`, `30m`, `7 ngày`, `2 tuần`.
public enum DurationGrammar {
    public static func parse(_ text: String) -> Result<Int64, GrammarError> {
        let folded = Text.fold(text.trimmingWhitespace())
        guard !folded.isEmpty else { return .failure(GrammarError("empty duration")) }
        if folded.hasPrefix("-") { return .failure(GrammarError("duration '\(text)' is negative")) }
        guard let tokens = DueGrammar.tokenize(folded) else {
            return .failure(
                GrammarError("unrecognised duration '\(text)'; expected a form such as 7d, 12h, 30m, 2w or 1d12h"))
        }
        var total: Int64 = 0
        var i = 0
        guard !tokens.isEmpty else { return .failure(GrammarError("empty duration")) }
        while i < tokens.count {
            guard case .num(let n, let digits) = tokens[i], digits <= 7, i + 1 < tokens.count,
                case .word(let unit) = tokens[i + 1]
            else {
                return .failure(
                    GrammarError("unrecognised duration '\(text)'; expected a form such as 7d, 12h, 30m, 2w or 1d12h"))
            }
            let factor: Int64
            switch unit {
            case "s", "sec", "giay": factor = 1
            case "m", "min", "phut": factor = 60
            case "h", "gio", "tieng": factor = 3600
            case "d", "day", "days", "ngay": factor = 86400
            case "w", "week", "weeks", "tuan": factor = 7 * 86400
            default:
                return .failure(GrammarError("unknown unit '\(unit)' in duration '\(text)'; use s, m, h, d or w"))
            }
            total += Int64(n) * factor
            i += 2
        }
        return .success(total)
    }

    /// `7d`, `1d12h`, `30m`: the shortest exact spelling.
    public static func format(_ seconds: Int64) -> String {
        if seconds == 0 { return "0s" }
        var s = seconds, out = ""
        for (unit, f) in [("d", Int64(86400)), ("h", 3600), ("m", 60), ("s", 1)] where s >= f {
            out += "\(s / f)\(unit)"
            s %= f
        }
        return out
    }
}
