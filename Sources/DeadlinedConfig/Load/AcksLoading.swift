import DeadlinedCore

/// The acknowledgements file written by `deadlined ack`, read with the configuration.
extension LoadSession {

    /// Reads the acknowledgements file, if there is one; a missing file is no error. Like the
    /// config files, it is read again only when its stamp changed.
    func loadAcks(_ path: String) {
        let key = "acks:" + path
        var decoded: DecodedFile
        if let cache {
            // With a cache the stamp also says whether the file exists at all.
            guard let stamp = source.stamp(path) else { return }
            if let hit = cache.get(key, stamp: stamp) {
                decoded = hit
            } else {
                guard let d = decodeAcks(path) else { return }
                decoded = d
                // A file that could not be read is tried again next time (a chmod does not
                // change its stamp).
                if !d.unreadable { cache.put(key, stamp: stamp, d) }
            }
        } else {
            guard let d = decodeAcks(path) else { return }
            decoded = d
        }
        cacheKeys.insert(key)
        files.append(path)
        acks = decoded.acks
        sessionDiagnostics += decoded.diagnostics
        if let text = decoded.text { texts[path] = text }
    }

    /// nil when there is no file; a file there but unreadable is a warning (its acks are not
    /// in force, so the repeats they quieted resume), not a reason to reject the config.
    private func decodeAcks(_ path: String) -> DecodedFile? {
        let bytes: [UInt8]
        switch source.read(path, maxSize: limits.maxFileSize) {
        case .success(let b): bytes = b
        case .failure(let f):
            if f.missing { return nil }
            var out = DecodedFile(
                diagnostics: [
                    Diagnostic(
                        .warning, file: path,
                        "cannot read the acknowledgements file: \(f.reason); its acknowledgements are not in force")
                ])
            out.unreadable = true
            return out
        }
        switch YAMLTape.parse(bytes, file: path, limits: limits) {
        case .failure(let d):
            return DecodedFile(diagnostics: [d], text: bytes)
        case .success(let tape):
            let l = FileDecoder(tape: tape, file: path, limits: limits)
            var out = DecodedFile()
            out.acks = l.decodeAcks()
            out.diagnostics = l.diagnostics
            out.text = l.diagnostics.isEmpty ? nil : bytes
            return out
        }
    }
}
