/// Which language a command speaks to the person running it: `--lang`, else
/// `DEADLINED_LANG`, else the locale's message category (LC_ALL, else LC_MESSAGES, else LANG,
/// the first one set and not empty, as POSIX orders them); Vietnamese when it starts with
/// `vi`, English otherwise. The journal's alerts follow `settings.language` instead.
public enum UserLanguage {
    /// `flag`: the value of `--lang`, already checked. `environment`: the process's variables.
    /// A `DEADLINED_LANG` that is neither vi nor en is passed over, as an unknown locale is.
    public static func resolve(flag: Language?, environment: [String: String]) -> Language {
        if let flag { return flag }
        if let v = environment["DEADLINED_LANG"], let l = named(v) { return l }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let v = environment[name], !v.isEmpty else { continue }
            return v.hasPrefix("vi") ? .vi : .en
        }
        return .en
    }

    /// `vi` or `en` (also as a locale name such as vi_VN.UTF-8), nil otherwise.
    public static func named(_ text: String) -> Language? {
        if text == "vi" || text.hasPrefix("vi_") || text.hasPrefix("vi.") { return .vi }
        if text == "en" || text.hasPrefix("en_") || text.hasPrefix("en.") { return .en }
        return nil
    }

    /// Takes `--lang X` and `--lang=X` out of a command line (before a `--`), which every
    /// command accepts wherever it is written. Returns the last value given, and the rest.
    public static func extractFlag(_ arguments: [String]) -> (value: String?, rest: [String]) {
        var value: String?, rest: [String] = [], i = 0
        while i < arguments.count {
            let a = arguments[i]
            if a == "--" {
                rest += arguments[i...]
                break
            }
            if a == "--lang", i + 1 < arguments.count {
                value = arguments[i + 1]
                i += 2
                continue
            }
            if a.hasPrefix("--lang=") {
                value = String(a.dropFirst("--lang=".count))
                i += 1
                continue
            }
            rest.append(a)
            i += 1
        }
        return (value, rest)
    }
}
