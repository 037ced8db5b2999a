import Foundation
import Testing

/// Four spellings of one agency (case, a double space and a trailing one, a no-break space,
/// NFD) are one row of `report`, under the spelling used most.
@Test func reportShowsOneRowForFourSpellingsOfOneAgency() throws {
    let nfd = "So\u{031B}\u{0309} Ta\u{0300}i chi\u{0301}nh"
    let names = [
        "Sở Tài chính", "Sở tài chính", "Sở  Tài chính ", "Sở\u{00A0}Tài chính", nfd, "Sở Tài chính", "Sở Y tế",
    ]
    var yaml = "assignments:\n"
    for (n, a) in names.enumerated() {
        yaml += "  - id: a\(n + 1)\n    agency: \"\(a)\"\n    task: T\(n + 1)\n    due: 15/5/2024\n"
    }
    let dir = try ConfigDir(["deadlined.yaml": yaml])
    defer { dir.cleanup() }
    let r = try deadlined(["report", "--config", dir.main, "--at", "1/6/2024", "--format", "csv"])
    #expect(r.status == 0, "\(r.stderr)")
    // Hand count: six items of Sở Tài chính, one of Sở Y tế, all overdue on 1/6/2024. The
    // first CSV column is the agency; the header and the total are the other rows.
    let firsts = r.stdout.split(separator: "\n").map { String($0.split(separator: ",").first ?? "") }
    let rows = firsts.filter { $0.hasPrefix("S") || $0.hasPrefix("\"S") }
    #expect(rows.map { Array($0.utf8) } == [Array("Sở Tài chính".utf8), Array("Sở Y tế".utf8)], "\(r.stdout)")
    #expect(r.stdout.contains("Sở Tài chính,6,"), "\(r.stdout)")
}

/// The shipped example registers "Sở Thông tin và Truyền thông" with the short form its items
/// use: `check` stays clean, `list` shows the official name, and `--agency` given the short
/// form (or the name with odd spacing) still finds its items.
@Test func theShippedRegistryRenamesAndStillFilters() throws {
    let path = packageRoot.appendingPathComponent("config/deadlined.yaml").path
    let check = try deadlined(["check", "--config", path])
    #expect(check.status == 0, "\(check.stderr)")
    #expect(!check.stderr.contains("warning:"), "\(check.stderr)")
    for name in ["Sở TT&TT", "Sở Thông tin\u{00A0}và  Truyền thông"] {
        let r = try deadlined(["list", "--config", path, "--format", "csv", "--at", "1/6/2024", "--agency", name])
        #expect(r.status == 0, "\(r.stderr)")
        // config/deadlined.yaml has two items of "Sở TT&TT" (ioc and dao-tao-mooc): two rows
        // and the header.
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 3, "\(r.stdout)")
        #expect(lines.dropFirst().allSatisfy { $0.contains(",Sở Thông tin và Truyền thông,") }, "\(r.stdout)")
    }
}
