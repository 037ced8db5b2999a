import DeadlinedConfig

#if canImport(Glibc)
import Glibc
#endif

extension FileSource {
    /// How many bytes `forEachChunk` reads at a time, into one buffer it reuses.
    public static let chunkSize = 128 << 10

    /// Reads the file through one buffer of `chunkSize` bytes, handing each read to `body`:
    /// the pages touched are the buffer's, whatever the file's size.
    public func forEachChunk(
        of path: String, maxSize: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Bool
    ) -> Result<Void, SourceFailure> {
        forEachChunk(of: path, maxSize: maxSize, chunkSize: FileSource.chunkSize, body)
    }

    /// `forEachChunk(of:maxSize:_:)` with chunks of at most `chunkSize` bytes.
    func forEachChunk(
        of path: String, maxSize: Int, chunkSize: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Bool
    ) -> Result<Void, SourceFailure> {
        let fd: Int32
        switch FileSource.openRegular(path, maxSize: maxSize) {
        case .success(let opened): fd = opened.fd
        case .failure(let f): return .failure(f)
        }
        defer { Sys.close(fd) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Swift.max(chunkSize, 1)) { buffer in
            var total = 0
            while true {
                switch Sys.read(fd, buffer.baseAddress, buffer.count) {
                case .failure(let e): return .failure(SourceFailure(e.text))
                case .success(0): return .success(())
                case .success(let n):
                    // It may have grown since fstat: the limit holds for what is read.
                    total += n
                    guard total <= maxSize else {
                        return .failure(
                            SourceFailure("the file is more than the limit of \(maxSize) bytes (max_file_size)"))
                    }
                    if !body(UnsafeBufferPointer(rebasing: buffer[..<n])) { return .success(()) }
                }
            }
        }
    }

    /// Opens `path` for reading and checks it as `read` and `forEachChunk` do: a regular file
    /// of at most `maxSize` bytes. The caller closes the descriptor.
    static func openRegular(_ path: String, maxSize: Int) -> Result<(fd: Int32, size: Int), SourceFailure> {
        let fd: Int32
        switch Sys.open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK) {
        case .success(let f): fd = f
        case .failure(let e): return .failure(SourceFailure(e.text, missing: e.code == ENOENT))
        }
        let failure: SourceFailure
        switch Sys.fstat(fd) {
        case .failure(let e): failure = SourceFailure(e.text)
        case .success(let st):
            switch st.st_mode & S_IFMT {
            case S_IFREG:
                if Int(st.st_size) <= maxSize { return .success((fd, Int(st.st_size))) }
                failure = SourceFailure(
                    "the file is \(st.st_size) bytes, more than the limit of \(maxSize) (max_file_size)")
            case S_IFDIR: failure = SourceFailure("it is a directory, not a file")
            default: failure = SourceFailure("it is not a regular file")
            }
        }
        Sys.close(fd)
        return .failure(failure)
    }
}
