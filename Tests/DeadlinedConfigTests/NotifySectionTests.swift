import Testing

@testable import DeadlinedConfig
@testable import DeadlinedCore

@Suite("The notify: section")
struct NotifySectionTests {
    @Test("every key is read")
    func full() throws {
        let r = load(
            """
            notify:
              relay: smtp://mail.longan.gov.vn:587
              starttls: true
              from: deadlined@longan.gov.vn
              user: deadlined
              password_file: /etc/deadlined/smtp-password
              kinds: [overdue, digest, reminder]
              batch: 10m
              cc: [vanphong@longan.gov.vn, "chanhvanphong@longan.gov.vn"]
              quiet_hours: "22:00 - 06:30"
            """)
        #expect(r.errors.isEmpty, "\(r.errors)")
        let n = try #require(r.config?.settings.notify)
        #expect(n.relay == "smtp://mail.longan.gov.vn:587")
        #expect(n.startTLS)
        #expect(n.from == "deadlined@longan.gov.vn")
        #expect(n.user == "deadlined")
        #expect(n.passwordFile == "/etc/deadlined/smtp-password")
        #expect(n.passwordCredential == nil)
        #expect(n.kinds == [.overdue, .digest, .reminder])
        #expect(n.batch == 600)
        #expect(n.cc == ["vanphong@longan.gov.vn", "chanhvanphong@longan.gov.vn"])
        // 22:00 is 79200 s after midnight, 06:30 is 23400.
        #expect(n.quietHours == QuietHours(start: 79200, end: 23400))
    }

    @Test("relay and from alone take the defaults")
    func defaults() throws {
        let r = load("notify:\n  relay: smtp://127.0.0.1\n  from: d@longan.gov.vn\n")
        #expect(r.errors.isEmpty, "\(r.errors)")
        let n = try #require(r.config?.settings.notify)
        #expect(n.kinds == [.overdue, .escalated, .behind, .digest])  // issue 18: behind once it exists
        #expect(n.batch == 300)
        #expect(n.cc.isEmpty && n.quietHours == nil && !n.startTLS && n.user == nil)
        // Without the section there is nothing to send.
        #expect(load("assignments: []\n").config?.settings.notify == nil)
    }

    @Test("a password in the YAML is refused at its key, saying where it goes instead")
    func password() {
        let r = load("notify:\n  relay: smtp://127.0.0.1\n  from: d@longan.gov.vn\n  password: hunter2\n")
        #expect(r.config == nil)
        #expect(r.errors.count == 1)
        #expect(r.errors.first?.location?.line == 4)
        #expect(r.errors.first?.location?.column == 3)
        #expect(r.errors.first?.message.hasPrefix("a password does not belong in the configuration") == true)
        #expect(r.errors.first?.message.contains("'notify.password_file'") == true)
        #expect(r.errors.first?.message.contains("hunter2") == false)
    }

    @Test("each mistake is an error at its place")
    func mistakes() {
        let r = load(
            """
            notify:
              relay: http://mail
              from: deadlined
              user: d
              kinds: [overdue, late]
              cc: [a@b, "Văn phòng"]
              quiet_hours: 22h-6h
              password_credential: a/b
            """)
        let got = r.errors.map { "\($0.location?.line ?? 0): \($0.message)" }
        #expect(
            got == [
                "2: 'notify.relay' must be a smtp:// or smtps:// URL such as smtp://mail.longan.gov.vn:587",
                "3: 'deadlined' in 'notify.from' is not a mail address such as deadlined@longan.gov.vn",
                "5: unknown kind 'late' in 'notify.kinds'; expected reminder, overdue, escalated, behind, reached, resolved, digest",
                "6: 'Văn phòng' in 'notify.cc' is not a mail address",
                "7: invalid 'notify.quiet_hours': '22h-6h'; expected HH:MM-HH:MM such as 22:00-06:00",
                "8: 'notify.password_credential' is a credential's name, not a path",
                "1: 'notify.user' needs 'notify.password_file' or 'notify.password_credential'",
            ], "\(got)")
    }

    @Test("missing relay and from are named; notify in an included file is refused")
    func missing() {
        let r = load("notify:\n  cc: a@b\n")
        #expect(r.errors.map(\.message) == ["'notify' needs 'relay'", "'notify' needs 'from'"])
        let inc = load(files: [
            mainPath: "include: [more.yaml]\n",
            "/etc/deadlined/more.yaml": "notify:\n  relay: smtp://x\n  from: a@b\n",
        ])
        #expect(
            inc.errors.map(\.message) == ["'notify' belongs in the main configuration file, not in an included file"])
    }

    @Test("the agency registry answers for every name of an agency, with its addresses")
    func registry() throws {
        let r = load(
            """
            agencies:
              - name: Sở Thông tin và Truyền thông
                short: Sở TT&TT
                head: Nguyễn Văn An
                email: stttt@longan.gov.vn
              - name: Sở Y tế
            """)
        #expect(r.errors.isEmpty, "\(r.errors)")
        let book = AgencyBook(registry: try #require(r.config).agencies)
        let c = book.contact(for: "Sở TT&TT")
        #expect(c?.name == "Sở Thông tin và Truyền thông")
        #expect(c?.head == "Nguyễn Văn An")
        #expect(c?.email == ["stttt@longan.gov.vn"])
        #expect(book.contact(for: "sở  thông tin và truyền thông")?.name == "Sở Thông tin và Truyền thông")
        #expect(book.contact(for: "Sở Y tế")?.email == [])
        // Diacritics count: "Sở Y te" is another agency.
        #expect(book.contact(for: "Sở Y te") == nil)
    }
}

@Suite("check's notes on agencies without an address")
struct NotifyAuditTests {
    @Test("each agency without an address is noted once, at its registry entry or first item")
    func notes() throws {
        let r = load(
            """
            notify: {relay: "smtp://127.0.0.1", from: d@longan.gov.vn, cc: vp@longan.gov.vn}
            agencies:
              - name: Sở Y tế
              - name: Sở Tài chính
                email: stc@longan.gov.vn
            assignments:
              - {id: a, agency: Sở Tài chính, task: T, due: 15/5/2024}
              - {id: b, agency: Sở Y tế, task: T, due: 15/5/2024}
              - {id: c, agency: Sở Nội vụ, task: T, due: 15/5/2024}
              - {id: d, agency: Sở Nội vụ, task: T, due: 15/5/2024}
              - {id: e, agency: Sở Y tế, task: T, due: 15/5/2024}
            """)
        let cfg = try #require(r.config)
        // Sở Y tế: registered on line 3 without email. Sở Nội vụ: not registered, first item on
        // line 9 (its mapping starts at column 5). Sở Tài chính has an address: no note.
        #expect(
            NotifyAudit.unaddressed(cfg).map(\.description) == [
                "\(mainPath):3:5: note: agency 'Sở Y tế' has no 'email' in 'agencies:'; deadlined notify sends its alerts to 'notify.cc' (vp@longan.gov.vn)",
                "\(mainPath):9:5: note: agency 'Sở Nội vụ' is not in 'agencies:', so it has no mail address; deadlined notify sends its alerts to 'notify.cc' (vp@longan.gov.vn)",
            ])
        var none = cfg
        none.settings.notify = nil
        #expect(NotifyAudit.unaddressed(none).isEmpty)
    }
}
