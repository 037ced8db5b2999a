import Foundation
import Testing

// The deadline phrases of issue 17 through the built binary: `check` notes the approximate
// due at its line and warns about the typo; `list` keeps the text as written beside the
// instant it was read as.

@Test func checkAndListShowDeadlinePhrasesAsWritten() throws {
    let dir = try ConfigDir([
        "deadlined.yaml": """
        directives:
          - id: kh-1
            issued: 2/4/2024
            assignments:
              - {id: a, agency: A, task: T, due: giữa tháng 8/2024}
              - {id: b, agency: A, task: T, due: 2 giờ chiều ngày 6/9/2024}
              - {id: c, agency: A, task: T, due: cuối quý III/2023}

        """
    ])
    defer { dir.cleanup() }
    let check = try deadlined(["check", "--config", dir.main])
    #expect(check.status == 0, "stderr: \(check.stderr)")
    // Line 5, column 42 (`      - {id: a, agency: A, task: T, due: ` is 41 characters).
    #expect(check.stderr.contains("deadlined.yaml:5:42: note: 'giữa tháng 8/2024' is approximate"), "\(check.stderr)")
    // Quarter III of 2023 ends 30/9/2023, before the directive's 2/4/2024.
    #expect(
        check.stderr.contains(
            "deadlined.yaml:7:42: warning: 'due: cuối quý III/2023' ends on 30/9/2023, before the directive 'kh-1' was issued (2/4/2024)"
        ), "\(check.stderr)")
    #expect(check.stdout.contains("; 1 warning"), "\(check.stdout)")
    let list = try deadlined(["list", "--format", "json", "--config", dir.main, "--at", "1/8/2024"])
    #expect(list.status == 0, "stderr: \(list.stderr)")
    // giữa tháng: day 20, ends 23:59:59 local; 2 giờ chiều: 14:00 local.
    #expect(list.stdout.contains(#""due_text": "giữa tháng 8/2024""#), "\(list.stdout)")
    #expect(list.stdout.contains("2024-08-20T23:59:59+07:00"))
    #expect(list.stdout.contains(#""due_text": "2 giờ chiều ngày 6/9/2024""#))
    #expect(list.stdout.contains("2024-09-06T14:00:00+07:00"))
}
