import DeadlinedCore
import DeadlinedParallel

/// Writes the output of `list`, making a long JSON list's pieces on every core.
public enum ListOutput {
    /// The list in `format`, handed to `flush` in order and in pieces, byte for byte what
    /// `Renderer.list(_:_:format:flush:)` writes. A JSON list of more than one piece is made
    /// a piece at a time on up to `threads` threads, a few pieces ahead of the one written.
    public static func write(
        _ renderer: Renderer, _ config: Config, _ picks: [ListPick], format: OutputFormat,
        threads: Int = Parallel.cores,
        flush: ([UInt8]) -> Void
    ) {
        let chunk = Renderer.listJSONChunk
        let chunks = (picks.count + chunk - 1) / chunk
        guard format == .json, chunks > 1 else { return renderer.list(config, picks, format: format, flush: flush) }
        flush(Renderer.listJSONOpening)
        Parallel.ordered(
            chunks, threads: threads,
            { c in
                renderer.listJSON(config, picks, rows: c * chunk..<Swift.min(picks.count, (c + 1) * chunk))
            }, consume: { flush($0) })
        flush(Renderer.listJSONClosing(empty: picks.isEmpty))
    }
}
