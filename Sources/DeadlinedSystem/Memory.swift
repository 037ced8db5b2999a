import CSystemd

/// Process-wide allocator settings.
public enum Memory {
    /// For the one-shot commands (`check`, `list`, ...): serves blocks of 8 MiB and more
    /// (the item arrays and id table as a large config is merged) straight from mmap and
    /// gives them back whole when freed. glibc otherwise raises that threshold after the first
    /// such free, and later large blocks come from the heap, which keeps their pages: with
    /// 100,000 items that was 15-25 MiB more peak RSS for `check` and `list`. Measured at
    /// 100,000 items (hyperfine, 9 runs): 256 KiB cost 50 ms more system time for page faults
    /// than 8 MiB for the same peak RSS; 16 MiB saved no time and cost list 4 MiB.
    /// The daemon does not call this: each reload would take fresh pages for its arrays,
    /// where the default reuses the heap the previous load freed.
    public static func tune() {
        _ = mallopt(M_MMAP_THRESHOLD, 8 << 20)
    }

    /// For the daemon, before its first thread: every thread allocates from one malloc arena.
    /// The files a load decodes on other threads are freed in those threads' arenas, which
    /// the main thread, building the engine and the first alerts after the load, does not
    /// allocate from; with one arena it reuses them. Measured at 100,000 items in ten files
    /// (medians of 5, load 8): peak RSS 99.1 -> 96.1 MiB, settled 90.3 -> 84.9, the same CPU
    /// to READY=1 (per-thread caches keep the arena's lock off the common path).
    public static func oneArena() {
        _ = mallopt(M_ARENA_MAX, 1)
    }

    /// Gives the pages of memory freed after a load (the YAML of every file, the previous
    /// configuration) back to the system: without it the daemon kept ~20 MiB more resident
    /// at 100,000 items. Called after the start-up load and again after READY=1, 30 s after the
    /// last reload, and by `check` once the configuration is let go.
    public static func trim() {
        _ = malloc_trim(0)
    }
}
