import CSystemd

#if canImport(Glibc)
import Glibc
#endif

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
    /// at 100,000 items. Called by the daemon after the start-up load and again after READY=1,
    /// 30 s after the last reload.
    public static func trim() {
        _ = malloc_trim(0)
    }

    /// Blocks at least this large are asked to be backed by huge pages (`hugePages`).
    public static let hugePagesAtLeast = 4 << 20

    /// Asks that the not yet touched pages of a large block about to be filled (a config
    /// file read whole) be backed by transparent huge pages: 2 MiB per page fault instead
    /// of 4 KiB. Reading the 26.8 MB one-file bench config into 4 KiB pages took 6,500
    /// faults, and `check` reads it twice (again to quote its warnings). Measured (medians
    /// of 11, alternating, load 2.3): check 34,500 -> 22,600 faults, 380 -> 350 ms CPU;
    /// list 27,300 -> 21,900 faults, 380 -> 360 ms; peak RSS 1.5-3 MiB more. Only the whole
    /// 4 KiB pages inside the block are advised; a no-op where THP is off (`never`) or
    /// already used for everything (`always`), and smaller blocks are left alone.
    public static func hugePages(_ block: UnsafeMutableRawBufferPointer) {
        guard block.count >= hugePagesAtLeast, let base = block.baseAddress else { return }
        let page = UInt(4096)
        let start = (UInt(bitPattern: base) + page - 1) & ~(page - 1)
        let end = (UInt(bitPattern: base) + UInt(block.count)) & ~(page - 1)
        guard end > start, let p = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(p, Int(end - start), Int32(MADV_HUGEPAGE))
    }
}
