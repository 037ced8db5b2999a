#if canImport(Glibc)
import Glibc
#endif

/// Standard output and error, unbuffered enough for a daemon and a CLI.
public enum Console {
    /// Writes text to standard output as it is.
    public static func write(_ text: String) {
        var t = text
        t.withUTF8 { buf in writeAll(1, buf) }
    }

    /// Writes bytes to standard output as they are.
    public static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { writeAll(1, $0) }
    }

    /// Writes a line to standard error.
    public static func error(_ line: String) {
        var t = line + "\n"
        t.withUTF8 { buf in writeAll(2, buf) }
    }

    /// Nothing is left to tell of a console that cannot be written.
    static func writeAll(_ fd: Int32, _ buf: UnsafeBufferPointer<UInt8>) {
        _ = Sys.writeAll(fd, buf)
    }

    /// The terminal's width when standard output is one, else `COLUMNS`, else no limit.
    public static func width() -> Int? {
        var ws = winsize()
        if isatty(1) != 0, ioctl(1, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 { return Int(ws.ws_col) }
        if let c = getenv("COLUMNS"), let n = Int(String(cString: c)), n > 0 { return n }
        return nil
    }
}
