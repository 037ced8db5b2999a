import Foundation
import Testing

@Test func reportFormatHTMLWritesTheOutputFileOrStandardOutput() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let file = dir.path("out/report.html")
    try FileManager.default.createDirectory(atPath: dir.path("out"), withIntermediateDirectories: true)
    let written = try deadlined([
        "report", "--config", dir.main, "--at", "20/5/2024", "--format", "html", "--output", file,
    ])
    #expect(written.status == 0, "\(written.stderr)")
    #expect(written.stdout.isEmpty)
    let page = try String(contentsOfFile: file, encoding: .utf8)
    #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(page.contains("<p class=\"asof\">As of 20/5/2024</p>"))
    // Readable by a web server or a shared folder, whatever the umask.
    let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
    #expect(mode == 0o644)
    // Without --output the same page goes to standard output.
    let printed = try deadlined(["report", "--config", dir.main, "--at", "20/5/2024", "--format", "html"])
    #expect(printed.status == 0)
    #expect(printed.stdout == page)
}

@Test func reportOutputIntoAMissingDirectoryFailsWithExit1() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let r = try deadlined(["report", "--config", dir.main, "--format", "html", "--output", dir.path("none/r.html")])
    #expect(r.status == 1)
    #expect(r.stderr.hasPrefix("deadlined: cannot write \(dir.path("none/r.html")): cannot open its directory"))
    #expect(!FileManager.default.fileExists(atPath: dir.path("none")))
}

@Test func listRefusesTheHTMLFormat() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let r = try deadlined(["list", "--config", dir.main, "--format", "html"])
    #expect(r.status == 64)
    #expect(r.stderr.contains("--format html is for 'report'; 'list' writes table, json, csv or xlsx"))
}

@Test func reportFormatHTMLHonoursAgency() throws {
    let dir = try ConfigDir(validFiles)
    defer { dir.cleanup() }
    let r = try deadlined([
        "report", "--config", dir.main, "--at", "20/5/2024", "--format", "html", "--agency", "Sở Tài chính",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("<td>Sở Tài chính</td>"))
    #expect(!r.stdout.contains("<td>Sở Nội vụ</td>"))
}
