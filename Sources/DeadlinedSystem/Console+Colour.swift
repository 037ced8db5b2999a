#if canImport(Glibc)
import Glibc
#endif

/// `--color`: when the commands colour what they write.
public enum ColourChoice: String, Sendable, CaseIterable {
    /// On a terminal, unless NO_COLOR is set and not empty, or TERM is dumb.
    case auto
    case always
    case never
}

extension Console {
    /// Whether to colour what is written to descriptor `fd` (1 or 2), by `choice`, the
    /// descriptor and the environment.
    public static func colours(_ fd: Int32, choice: ColourChoice) -> Bool {
        colours(
            choice: choice, terminal: isatty(fd) != 0, noColor: getenv("NO_COLOR").map { String(cString: $0) },
            term: getenv("TERM").map { String(cString: $0) })
    }

    /// The rule itself: `--color always` and `never` decide alone (a command line overrides
    /// the environment, as no-color.org asks); `auto` colours a terminal unless NO_COLOR is
    /// set to anything but the empty text or TERM is `dumb`.
    public static func colours(choice: ColourChoice, terminal: Bool, noColor: String?, term: String?) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto: return terminal && (noColor ?? "").isEmpty && term != "dumb"
        }
    }
}
