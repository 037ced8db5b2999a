import DeadlinedCore

/// The acknowledgements file written by `deadlined ack`, read with the configuration.
extension LoadSession {

    /// Reads the acknowledgements file, if there is one; a missing file is no error. A file
    /// there but unreadable is a warning (its acks are not in force, so the repeats they
    /// quieted resume), not a reason to reject the config.
    func loadAcks(_ path: String) {
        let unreadable = { (reason: String) in
            Diagnostic(
                .warning, file: path,
                "cannot read the acknowledgements file: \(reason); its acknowledgements are not in force")
        }
        guard
            let decoded = loadSideFile(
                path, key: "acks:", unreadable: unreadable, decode: { $1.acks = $0.decodeAcks() })
        else { return }
        acks = decoded.acks
    }

    /// A file beside the main one that a command writes (acks.yaml, updates.yaml): read, if
    /// it is there, and decoded by `decode`; like the config files, read again only when its
    /// stamp changed. nil when there is no file. A file that cannot be read gives the
    /// diagnostic `unreadable` makes and is tried again next time (a chmod does not change its
    /// stamp). The file and its diagnostics join the session's.
    func loadSideFile(
        _ path: String, key prefix: String, unreadable: (String) -> Diagnostic,
        decode: (FileDecoder, inout DecodedFile) -> Void
    ) -> DecodedFile? {
        let key = prefix + path
        var decoded: DecodedFile
        if let cache {
            // With a cache the stamp also says whether the file exists at all.
            guard let stamp = source.stamp(path) else { return nil }
            if let hit = cache.get(key, stamp: stamp) {
                decoded = hit
            } else {
                guard let d = decodeSideFile(path, unreadable: unreadable, decode: decode) else { return nil }
                decoded = d
                if !d.unreadable { cache.put(key, stamp: stamp, d) }
            }
        } else {
            guard let d = decodeSideFile(path, unreadable: unreadable, decode: decode) else { return nil }
            decoded = d
        }
        cacheKeys.insert(key)
        files.append(path)
        sessionDiagnostics += decoded.diagnostics
        if let text = decoded.text { texts[path] = text }
        return decoded
    }

    /// nil when there is no file.
    private func decodeSideFile(
        _ path: String, unreadable: (String) -> Diagnostic, decode: (FileDecoder, inout DecodedFile) -> Void
    ) -> DecodedFile? {
        let bytes: [UInt8]
        switch source.read(path, maxSize: limits.maxFileSize) {
        case .success(let b): bytes = b
        case .failure(let f):
            if f.missing { return nil }
            var out = DecodedFile(diagnostics: [unreadable(f.reason)])
            out.unreadable = true
            return out
        }
        switch YAMLTape.parse(bytes, file: path, limits: limits) {
        case .failure(let d):
            return DecodedFile(diagnostics: [d], text: bytes)
        case .success(let tape):
            let l = FileDecoder(tape: tape, file: path, limits: limits)
            var out = DecodedFile()
            decode(l, &out)
            out.diagnostics = l.diagnostics
            out.text = l.diagnostics.isEmpty ? nil : bytes
            return out
        }
    }
}
