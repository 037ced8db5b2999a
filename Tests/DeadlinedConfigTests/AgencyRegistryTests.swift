import Foundation
import Testing

@testable import DeadlinedConfig
@testable import DeadlinedCore

// Issue 15, points 4 and 5: the warning about agencies written several ways, the canonical
// spelling, and the `agencies:` registry with aliases, strict mode and its errors.

private let f = mainPath

@Test func checkWarnsOnceNamingEachSpellingWithItsLines() throws {
    let r = load(
        """
        assignments:
          - id: a1
            agency: Sở tài chính
            task: T
            due: 15/5/2024
          - id: a2
            agency: Sở Tài chính
            task: T
            due: 15/5/2024
          - id: a3
            agency: Sở Tài chính
            task: T
            due: 15/5/2024
          - id: a4
            agency: [SỞ TÀI CHÍNH, Sở Y tế]
            task: T
            due: 15/5/2024
        """)
    // Spellings in file order: line 2 (one item), line 6 (two: a2 and a3), line 15 (the
    // list entry, one item). Most used: line 6's. The warning stands at the first other one.
    #expect(r.errors.isEmpty, "\(r.errors)")
    #expect(
        r.warnings.map(\.description) == [
            "\(f):2:5: warning: agency written 3 ways: 'Sở tài chính' (\(f):2), 'Sở Tài chính' (\(f):6, 2 items), 'SỞ TÀI CHÍNH' (\(f):15); using 'Sở Tài chính'"
        ])
    #expect(Set((r.config?.items ?? []).map(\.agency)) == ["Sở Tài chính", "Sở Y tế"])
}

@Test func aTieGoesToTheFirstSpellingInFileOrderAcrossIncludes() throws {
    // One item each: the main file's spelling comes first (the main file is read first),
    // though its item is on a later line than the included one's.
    let r = load(files: [
        f: """
        include: [more.yaml]
        assignments:
          - id: a1
            agency: "Sở  Nội vụ"
            task: T
            due: 15/5/2024
        """,
        "/etc/deadlined/more.yaml": """
        assignments:
          - id: a2
            agency: sở nội vụ
            task: T
            due: 15/5/2024
        """,
    ])
    #expect(r.errors.isEmpty, "\(r.errors)")
    // The spelling is shown with its spaces collapsed.
    #expect((r.config?.items ?? []).map(\.agency) == ["Sở Nội vụ", "Sở Nội vụ"])
    #expect(r.warnings.count == 1)
    #expect(r.warnings.first?.message.hasSuffix("; using 'Sở Nội vụ'") == true)
}

@Test func oneSpellingAloneIsNotWarnedAbout() {
    let r = load("assignments:\n  - id: a\n    agency: \"Sở  Y tế \"\n    task: T\n    due: 15/5/2024\n")
    #expect(r.warnings.isEmpty, "\(r.warnings)")
    #expect(r.config?.items.first?.agency == "Sở Y tế")
}

private let registry = """
    agencies:
      - name: Sở Thông tin và Truyền thông
        short: Sở TT&TT
        aliases: [STTTT, "Sở Thông tin - Truyền thông"]
        head: Nguyễn Văn An
        email: stttt@example.gov.vn
      - name: Sở Tài chính

    """

@Test func itemsNamingAnAliasOrTheShortFormCountUnderTheOfficialName() throws {
    let r = load(
        registry + """
            assignments:
              - id: a1
                agency: Sở TT&TT
                task: T
                due: 15/5/2024
              - id: a2
                agency: [sttTT, "sở thông tin - truyền thông", SỞ TÀI CHÍNH]
                task: T
                due: 15/5/2024
            """)
    #expect(r.errors.isEmpty, "\(r.errors)")
    // Each spelling has an identity of its own (an alias is not a misspelling): no warning.
    #expect(r.warnings.isEmpty, "\(r.warnings)")
    let c = try #require(r.config)
    #expect(
        c.items.map(\.agency) == [
            "Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông",
            "Sở Tài chính",
        ])
    #expect(
        c.agencies == [
            Agency(
                name: "Sở Thông tin và Truyền thông", short: "Sở TT&TT",
                aliases: ["STTTT", "Sở Thông tin - Truyền thông"], head: "Nguyễn Văn An",
                email: "stttt@example.gov.vn", source: SourceLocation(file: f, line: 2, column: 5)),
            Agency(name: "Sở Tài chính", source: SourceLocation(file: f, line: 7, column: 5)),
        ])
    #expect(c.agency(named: "Sở Tài chính")?.head == nil)
    #expect(c.agency(named: "Sở Thông tin và Truyền thông")?.head == "Nguyễn Văn An")
}

@Test func strictAgenciesRejectsAnUnregisteredAgencyWithADidYouMean() {
    let r = load(
        "settings:\n  strict_agencies: true\n" + registry + """
            assignments:
              - id: a1
                agency: Sở Tài chinh
                task: T
                due: 15/5/2024
              - id: a2
                agency: Sở Tài chinh
                task: T
                due: 15/5/2024
              - id: a3
                agency: Ban Dân tộc
                task: T
                due: 15/5/2024
            """)
    // Lines: 2 of settings, 7 of the registry, so "assignments:" is line 10, a1 is 11, a3 19.
    #expect(r.config == nil)
    #expect(
        r.errors.map(\.description) == [
            "\(f):11:5: error: agency 'Sở Tài chinh' is not in the 'agencies' registry (2 items); did you mean 'Sở Tài chính'?",
            "\(f):19:5: error: agency 'Ban Dân tộc' is not in the 'agencies' registry; add it to 'agencies' (as a name, a short form or an alias) or correct it",
        ])
}

@Test func withoutStrictAnUnregisteredAgencyIsFine() {
    let r = load(registry + "assignments:\n  - id: a\n    agency: Ban Dân tộc\n    task: T\n    due: 15/5/2024\n")
    #expect(r.errors.isEmpty, "\(r.errors)")
    #expect(r.config?.items.first?.agency == "Ban Dân tộc")
}

@Test func aNameGivenByTwoEntriesIsAnErrorNamingBoth() {
    let r = load(files: [
        f: """
        include: [more.yaml]
        agencies:
          - name: Sở Tài chính
            aliases: [STC]
          - name: Sở Kế hoạch và Đầu tư
            aliases: [sở  tài chính]
        """,
        "/etc/deadlined/more.yaml": """
        agencies:
          - name: Sở KH&ĐT
            short: stc
        """,
    ])
    // The second entry's alias is the first's name (case and spaces aside); the included
    // file's short form is the first entry's alias.
    #expect(
        r.errors.map(\.description) == [
            "\(f):5:5: error: agency name 'sở tài chính' is already a name of 'Sở Tài chính' (\(f):3); each name belongs to one agency",
            "/etc/deadlined/more.yaml:2:5: error: agency name 'stc' is already a name of 'Sở Tài chính' (\(f):3); each name belongs to one agency",
        ])
}

@Test func registryEntriesAreCheckedLikeEveryMapping() {
    let r = load(
        """
        agencies:
          - name: Sở Y tế
            phone: "0200 3852 123"
            email: syt at example.gov.vn
          - short: STP
          - Sở Nội vụ
        """)
    #expect(
        r.errors.map(\.description) == [
            "\(f):3:5: error: unknown key 'phone' in an agency",
            "\(f):4:12: error: 'syt at example.gov.vn' does not look like an email address (expected name@domain.gov.vn)",
            "\(f):5:5: error: an agency needs 'name': its official name",
            "\(f):6:5: error: expected a mapping for an agency, found text",
        ])
}

@Test(arguments: [
    ("so@example.gov.vn", true), ("a.b@c.d", true), ("no-at.gov.vn", false), ("@example.gov.vn", false),
    ("a@nodot", false), ("a@b..vn", false), ("a@@b.vn", false), ("a b@c.vn", false),
])
func emailsAreCheckedRoughly(address: String, ok: Bool) {
    #expect(FileDecoder.looksLikeEmail(address) == ok)
}

@Test func strictAgenciesMustBeABoolean() {
    let r = load("settings:\n  strict_agencies: maybe\n")
    #expect(r.errors.map(\.message) == ["expected true or false for 'strict_agencies', found text"])
}

@Test func recurringDutiesTakeTheCanonicalSpellingToo() throws {
    // Two items write "Sở Tài chính", the monthly duty "sở tài chính": its occurrences are
    // made from a template renamed to the spelling used most.
    let r = load(
        """
        assignments:
          - id: a1
            agency: Sở Tài chính
            task: T
            due: 15/5/2024
          - id: a2
            agency: Sở Tài chính
            task: T
            due: 15/5/2024
          - id: monthly
            agency: sở tài chính
            task: Báo cáo tháng
            every: month
            day: 20
            starts: 1/2024
            until: 3/2024
        """)
    #expect(r.errors.isEmpty, "\(r.errors)")
    let c = try #require(r.config)
    // Two items and three occurrences (1/2024 to 3/2024).
    #expect(c.items.count == 5)
    #expect(c.items.allSatisfy { $0.agency == "Sở Tài chính" })
    #expect(r.warnings.count == 1)
}

@Test func aRegistryInAnIncludedFileNamesTheMainFilesItems() throws {
    let r = load(files: [
        f: """
        include: [agencies.yaml]
        assignments:
          - id: a1
            agency: UBND huyện
            task: T
            due: 15/5/2024
        """,
        "/etc/deadlined/agencies.yaml": """
        agencies:
          - name: Ủy ban nhân dân cấp huyện
            aliases: [UBND huyện, UBND cấp huyện]
            head: Chủ tịch UBND huyện
        """,
    ])
    #expect(r.errors.isEmpty, "\(r.errors)")
    let c = try #require(r.config)
    #expect(c.items.map(\.agency) == ["Ủy ban nhân dân cấp huyện"])
    #expect(c.agency(named: "Ủy ban nhân dân cấp huyện")?.head == "Chủ tịch UBND huyện")
}
