import Foundation
import Testing

/// Runs the binary with the locale variables cleared, then `env` set.
private func run(_ args: [String], env: [String: String]) throws -> Run {
    var overrides: [String: String?] = ["LC_ALL": nil, "LC_MESSAGES": nil, "LANG": nil, "DEADLINED_LANG": nil]
    for (k, v) in env { overrides[k] = v }
    return try deadlined(args, env: overrides)
}

private let bad = """
    directives:
      - id: cv-12
        assignments:
          - id: a1
            agency: Sở Tài chính
            task: Báo cáo quý
            due: 15/13/2024
    """

private let good = """
    directives:
      - id: cv-12
        assignments:
          - id: a1
            agency: Sở Tài chính
            task: Báo cáo quý
            due: 15/5/2099
    """

// Expected lines: the entries "invalid date for '{1}': {2}" and "month {1} does not exist",
// and "{1}: {2} error{3}; the configuration was not loaded", filled by hand.
private func vietnameseCheck(_ path: String) -> String {
    "\(path):7:14: lỗi: ngày không hợp lệ cho 'due': không có tháng 13\n        due: 15/13/2024\n             ^\n"
        + "\(path): 1 lỗi; cấu hình không được nạp\n"
}

private func englishCheck(_ path: String) -> String {
    "\(path):7:14: error: invalid date for 'due': month 13 does not exist\n        due: 15/13/2024\n             ^\n"
        + "\(path): 1 error; the configuration was not loaded\n"
}

@Test func aVietnameseLocaleGivesVietnameseDiagnosticsAtTheSamePlace() throws {
    let dir = try ConfigDir(["deadlined.yaml": bad])
    defer { dir.cleanup() }
    let r = try run(["check", "--config", dir.main], env: ["LANG": "vi_VN.UTF-8"])
    #expect(r.status == 78)
    #expect(r.stderr == vietnameseCheck(dir.main))
}

@Test func langEnOverridesAVietnameseLocaleAndTheVariable() throws {
    let dir = try ConfigDir(["deadlined.yaml": bad])
    defer { dir.cleanup() }
    let r = try run(
        ["check", "--lang", "en", "--config", dir.main], env: ["LANG": "vi_VN.UTF-8", "DEADLINED_LANG": "vi"])
    #expect(r.stderr == englishCheck(dir.main))
    // Before the subcommand too, and as --lang=vi over DEADLINED_LANG=en.
    let v = try run(["--lang=vi", "check", "--config", dir.main], env: ["DEADLINED_LANG": "en"])
    #expect(v.stderr == vietnameseCheck(dir.main))
}

@Test func lcAllWinsOverLang() throws {
    let dir = try ConfigDir(["deadlined.yaml": bad])
    defer { dir.cleanup() }
    let r = try run(["check", "--config", dir.main], env: ["LC_ALL": "C", "LANG": "vi_VN.UTF-8"])
    #expect(r.stderr == englishCheck(dir.main))
    let m = try run(["check", "--config", dir.main], env: ["LC_MESSAGES": "vi_VN.UTF-8", "LANG": "en_US.UTF-8"])
    #expect(m.stderr == vietnameseCheck(dir.main))
}

@Test func deadlinedLangBeatsTheLocale() throws {
    let dir = try ConfigDir(["deadlined.yaml": bad])
    defer { dir.cleanup() }
    let r = try run(["check", "--config", dir.main], env: ["DEADLINED_LANG": "vi", "LC_ALL": "C"])
    #expect(r.stderr == vietnameseCheck(dir.main))
}

@Test func checksSummaryLineInVietnamese() throws {
    let dir = try ConfigDir(["deadlined.yaml": good])
    defer { dir.cleanup() }
    let r = try run(["check", "--config", dir.main], env: ["LANG": "vi_VN.UTF-8"])
    #expect(r.status == 0)
    // One directive, one item due in 2099: none overdue, none within the default window (remind_before: 7d, 1d, so 7 days).
    #expect(r.stdout == "OK: 1 chỉ thị, 1 nhiệm vụ (0 quá hạn, 0 đến hạn trong 7 ngày tới) từ \(dir.main)\n")
}

@Test func usageErrorsInVietnamese() throws {
    let dir = try ConfigDir(["deadlined.yaml": good])
    defer { dir.cleanup() }
    // ArgumentParser's own error, its usage line and hint.
    let a = try run(["ack", "--config", dir.main], env: ["LANG": "vi_VN.UTF-8"])
    #expect(a.status == 64)
    let lines = a.stderr.split(separator: "\n").map(String.init)
    #expect(lines.first == "Lỗi: Thiếu đối số bắt buộc '<id>'")
    #expect(lines.contains { $0.hasPrefix("Cách dùng: deadlined ack ") })
    #expect(lines.last == "  Xem 'deadlined ack --help' để biết thêm.")
    // A command's own usage error, with its suggestion.
    let d = try run(["done", "a2", "--config", dir.main], env: ["LANG": "vi_VN.UTF-8"])
    #expect(d.status == 64)
    #expect(d.stderr == "deadlined: không có nhiệm vụ nào đang theo dõi có id 'a2'; có phải là 'a1'?\n")
    // An unknown option, in English without the locale.
    let u = try run(["check", "--frobnicate"], env: ["DEADLINED_LANG": "vi"])
    #expect(u.stderr.hasPrefix("Lỗi: Tùy chọn '--frobnicate' không hợp lệ\n"))
    let e = try run(["check", "--frobnicate"], env: [:])
    #expect(e.stderr.hasPrefix("Error: Unknown option '--frobnicate'\n"))
}

@Test func anUnknownLangIsAUsageError() throws {
    let r = try run(["--lang", "fr", "check"], env: [:])
    #expect(r.status == 64)
    #expect(r.stderr == "deadlined: unknown language 'fr' for --lang; expected vi or en\n")
}

@Test func doneSaysWhatItRecordedInVietnamese() throws {
    let dir = try ConfigDir(["deadlined.yaml": good])
    defer { dir.cleanup() }
    let r = try run(["done", "a1", "--on", "1/5/2024", "--config", dir.main], env: ["LANG": "vi_VN.UTF-8"])
    #expect(r.status == 0)
    // "'{1}' recorded as done on {2}" -> "đã ghi '{1}' hoàn thành ngày {2}"; the day as done prints it.
    #expect(r.stdout.hasPrefix("deadlined: đã ghi 'a1' hoàn thành ngày "))
}
