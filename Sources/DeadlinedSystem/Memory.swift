import CSystemd

/// Process-wide allocator settings.
public enum Memory {
    /// For the one-shot commands (`check`, `list`, ...): serves blocks of 256 KiB and more
    /// (each file's YAML node array, the arrays of items) straight from mmap and gives them
    /// back whole when freed. glibc otherwise raises that threshold after the first such free,
    /// and later large blocks come from the heap, which keeps their pages: with 100,000 items
    /// that was 15-25 MiB more peak RSS for `check` and `list`. The daemon does not call this:
    /// each reload would then take fresh pages for its arrays (page faults, ~10 ms of a reload
    /// of 100,000 items), where the default reuses the heap the previous load freed.
    public static func tune() {
        _ = mallopt(M_MMAP_THRESHOLD, 256 << 10)
    }
}
