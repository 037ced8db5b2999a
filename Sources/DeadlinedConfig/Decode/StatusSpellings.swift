import DeadlinedCore

/// `status:` as most files write it, one of `Status.spellings` exactly, found by its bytes:
/// the general reader (`text`, then `Status(parsing:)`) checks the text for NFC and compares
/// the Vietnamese spellings as Strings, once per assignment of a large config.
extension FileDecoder {
    /// Each spelling `Status(parsing:)` knows, as UTF-8, with the status it reads.
    static let statusSpellings: [(bytes: [UInt8], status: Status)] = Status.spellings.compactMap { s in
        Status(parsing: s).map { (Array(s.utf8), $0) }
    }

    /// The status of a scalar whose bytes are one of `statusSpellings`; nil for anything else,
    /// which `status` reads. No spelling is empty, null, a number or a boolean, so `text`
    /// would take each as it is.
    func spelledStatus(_ v: Int, in t: YAMLTape) -> Status? {
        let i = t.resolved(v)
        guard t.nodes[i].kind == .scalar else { return nil }
        return t.withValueBytes(i) { b in
            FileDecoder.statusSpellings.first { $0.bytes.count == b.count && $0.bytes.elementsEqual(b) }?.status
        }
    }
}
