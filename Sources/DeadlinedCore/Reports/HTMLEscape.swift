/// Text made safe to put in HTML, in element content and in quoted attribute values alike:
/// `&`, `<`, `>`, `"` and `'` become character references, and control characters other
/// than tab and line feed (which a config may hold and HTML does not allow) become spaces.
public func htmlEscaped(_ s: String) -> String {
    // Most names need nothing: return them as they are without building a new string.
    if !s.unicodeScalars.contains(where: needsEscape) { return s }
    var out = ""
    out.reserveCapacity(s.utf8.count + 16)
    for u in s.unicodeScalars {
        switch u {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        case _ where isDisallowedControl(u): out += " "
        default: out.unicodeScalars.append(u)
        }
    }
    return out
}

private func needsEscape(_ u: Unicode.Scalar) -> Bool {
    u == "&" || u == "<" || u == ">" || u == "\"" || u == "'" || isDisallowedControl(u)
}

/// C0 controls but tab and line feed, DEL and the C1 controls: not allowed in HTML text.
private func isDisallowedControl(_ u: Unicode.Scalar) -> Bool {
    (u.value < 0x20 && u != "\t" && u != "\n") || (0x7F...0x9F).contains(u.value)
}
