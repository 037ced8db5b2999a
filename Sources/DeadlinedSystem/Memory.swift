import CSystemd

/// Process-wide allocator settings.
public enum Memory {
    /// Serves blocks of 256 KiB and more (the YAML node array of each file, the arrays of
    /// items) straight from mmap and gives them back whole when freed. glibc otherwise raises
    /// that threshold after the first such free, and later large blocks come from the heap,
    /// which keeps their pages: with 100,000 items that was 15-25 MiB more peak RSS for
    /// `check` and `list`, and a heap that grows with every reload of the daemon.
    public static func tune() {
        _ = mallopt(M_MMAP_THRESHOLD, 256 << 10)
    }
}
