import Foundation
import Testing

@testable import DeadlinedSystem

#if canImport(Glibc)
import Glibc
#endif

@Test func writeAllWritesEveryByteAndNamesTheErrnoOfAFailure() throws {
    let path = NSTemporaryDirectory() + "deadlined-writeall-\(UUID().uuidString)"
    defer { unlink(path) }
    let fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
    try #require(fd >= 0)
    let text = String(repeating: "Sở Tài chính\n", count: 100_000)
    #expect(Sys.writeAll(fd, text) == nil)
    close(fd)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    #expect(Sys.writeAll(-1, "x") == EBADF)
}
