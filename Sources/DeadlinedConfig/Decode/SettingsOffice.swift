import DeadlinedCore

extension FileDecoder {
    /// The most characters `office` may have: at most 240 bytes of UTF-8, within the 256 that
    /// `journalctl -x` shows of a field the catalog quotes.
    static let officeLimit = 60

    /// `office`: one line of text, at most `officeLimit` characters, without its outer spaces.
    func officeName(_ v: Int) -> String? {
        guard let t = text(v, field: "office") else { return nil }
        let trimmed = String(t.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        if trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            error(loc(v), "'office' must be one line of text, without line breaks or control characters")
        } else if trimmed.count > FileDecoder.officeLimit {
            error(
                loc(v), "'office' is \(trimmed.count) characters long; at most \(FileDecoder.officeLimit) are allowed")
        } else {
            return trimmed
        }
        return nil
    }
}
