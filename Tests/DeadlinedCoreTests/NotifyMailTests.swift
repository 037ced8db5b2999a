import Testing

@testable import DeadlinedCore

@Suite("Notify mail text")
struct NotifyMailTests {
    static let now: Int64 = 1_796_003_220  // 2026-11-30 01:47:00 UTC, 08:47 in Vietnam (a Monday)

    var settings: NotifySettings {
        var s = NotifySettings(relay: "smtp://127.0.0.1", from: "deadlined@longan.gov.vn")
        s.cc = ["vanphong@longan.gov.vn"]
        return s
    }

    var book: AgencyBook {
        AgencyBook([
            AgencyContact(name: "Sở Tài chính", head: "Nguyễn Văn An", email: ["stc@longan.gov.vn"]),
            AgencyContact(name: "Sở Y tế", head: "Trần Thị Bình"),
        ])
    }

    func entry(_ cursor: String, _ kind: AlertKind, id: String, task: String, due: String, days: Int) -> NotifyEntry {
        NotifyEntry(
            cursor: cursor, time: 0, kind: kind, message: "",
            fields: [
                "DEADLINED_AGENCY": "Sở Tài chính", "DEADLINED_ID": id, "DEADLINED_TASK": task,
                "DEADLINED_DUE_TEXT": due, "DEADLINED_DAYS_OVERDUE": String(days),
                "DEADLINED_REFERENCE": "05/CT-UBND", "DEADLINED_BASIS": "05/CT-UBND",
            ])
    }

    var batch: NotifyBatch {
        NotifyBatch(
            agency: "Sở Tài chính", opened: 0,
            entries: [
                entry(
                    "s=a;i=1", .overdue, id: "tc-01", task: "Báo cáo giải ngân vốn đầu tư công", due: "15/5/2024",
                    days: 12),
                entry("s=a;i=2", .escalated, id: "tc-02", task: "Rà soát nợ đọng", due: "30/6/2024", days: 31),
            ])
    }

    @Test("the whole mail for one agency, as sent")
    func golden() throws {
        let c = MailComposer(settings: settings, zone: .vietnam, language: .vi, directory: book)
        let mail = try #require(c.compose(batch, now: NotifyMailTests.now))
        let id = MailHeaders.messageID(cursors: ["s=a;i=1", "s=a;i=2"], domain: "longan.gov.vn")
        #expect(mail.messageID == id)
        #expect(mail.recipients == ["stc@longan.gov.vn", "vanphong@longan.gov.vn"])
        // The subject's words are cut as in NotifyHeaderTests (39 bytes, then 16), with "2" in
        // place of "3"; base64 from python3. The last paragraph is wrapped greedily at 76:
        // its second line is 76 characters, and " hiện" would make it 81.
        let expected = [
            "From: deadlined@longan.gov.vn",
            "To: stc@longan.gov.vn",
            "Cc: vanphong@longan.gov.vn",
            "Reply-To: vanphong@longan.gov.vn",
            "Subject: =?UTF-8?B?W2RlYWRsaW5lZF0gU+G7nyBUw6BpIGNow61uaDogMiBuaGnhu4dt?=",
            " =?UTF-8?B?IHbhu6UgcXXDoSBo4bqhbg==?=",
            "Date: Mon, 30 Nov 2026 08:47:00 +0700",
            "Message-ID: " + id,
            "Auto-Submitted: auto-generated",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            "Kính gửi: Nguyễn Văn An, Sở Tài chính.",
            "",
            "Hệ thống theo dõi nhiệm vụ (deadlined) thông báo:",
            "",
            "1. Báo cáo giải ngân vốn đầu tư công",
            "   Mã nhiệm vụ: tc-01",
            "   Căn cứ: 05/CT-UBND",
            "   Hạn: 15/5/2024, quá hạn 12 ngày",
            "",
            "2. Rà soát nợ đọng",
            "   Mã nhiệm vụ: tc-02",
            "   Căn cứ: 05/CT-UBND",
            "   Hạn: 30/6/2024, quá hạn nghiêm trọng 31 ngày",
            "",
            "Việc cần làm: khẩn trương hoàn thành các nhiệm vụ trên; trả lời thư này để",
            "báo cáo kết quả hoặc đề nghị gia hạn với Văn phòng, và ghi nhận tiến độ thực",
            "hiện để hệ thống cập nhật.",
            "",
            "-- ",
            "Thư tự động từ deadlined, xin không trả lời tự động.",
            "Mã thư: " + id,
        ].map { $0 + "\r\n" }.joined()
        #expect(mail.text == expected)
    }

    @Test("every line ends in CRLF and stays within 78 characters, long words cut")
    func lines() throws {
        var b = batch
        b.entries[0].fields["DEADLINED_TASK"] =
            String(repeating: "Nhiệm vụ rất dài ", count: 10) + String(repeating: "x", count: 200)
        let c = MailComposer(settings: settings, zone: .vietnam, language: .vi, directory: book)
        let mail = try #require(c.compose(b, now: NotifyMailTests.now))
        #expect(mail.text.hasSuffix("\r\n"))
        let bytes = Array(mail.text.utf8)
        for (i, byte) in bytes.enumerated() where byte == 0x0A { #expect(i > 0 && bytes[i - 1] == 0x0D) }
        let lines = mail.text.components(separatedBy: "\r\n").dropLast()
        for l in lines { #expect(l.count <= 78 && !l.contains("\n") && !l.contains("\r")) }
        // 200 x's after the 3 indent spaces: 73 + 73 + 54, the later pieces indented by 3.
        #expect(lines.contains("   " + String(repeating: "x", count: 73)))
        #expect(lines.contains("   " + String(repeating: "x", count: 54)))
    }

    @Test("an agency with no address is sent to cc with a note; nobody at all gives no mail")
    func noAddress() throws {
        var b = batch
        for i in b.entries.indices { b.entries[i].fields["DEADLINED_AGENCY"] = "Sở Y tế" }
        b.agency = "Sở Y tế"
        let c = MailComposer(settings: settings, zone: .vietnam, language: .vi, directory: book)
        let mail = try #require(c.compose(b, now: NotifyMailTests.now))
        #expect(mail.recipients == ["vanphong@longan.gov.vn"])
        #expect(mail.text.contains("\r\nTo: vanphong@longan.gov.vn\r\n"))
        #expect(!mail.text.contains("\r\nCc:"))
        #expect(mail.text.contains("Kính gửi: Trần Thị Bình, Sở Y tế.\r\n"))
        #expect(mail.text.contains("(Cơ quan này chưa có địa chỉ thư"))
        var s = settings
        s.cc = []
        let none = MailComposer(settings: s, zone: .vietnam, language: .vi, directory: book)
        #expect(none.compose(b, now: NotifyMailTests.now) == nil)
    }

    @Test("subject counts items once and names reminders and digests; English too")
    func subjects() {
        let vi = MailComposer(settings: settings, zone: .vietnam, language: .vi, directory: book)
        var b = batch
        // tc-01 again, escalated: still two items.
        b.entries.append(entry("s=a;i=3", .escalated, id: "tc-01", task: "t", due: "15/5/2024", days: 30))
        #expect(vi.subject(b) == "[deadlined] Sở Tài chính: 2 nhiệm vụ quá hạn")
        let en = MailComposer(settings: settings, zone: .vietnam, language: .en, directory: book)
        #expect(en.subject(b) == "[deadlined] Sở Tài chính: 2 tasks overdue")
        let digest = NotifyBatch(
            agency: nil, opened: 0,
            entries: [NotifyEntry(cursor: "d", time: 0, kind: .digest, message: "Tổng hợp: 3 quá hạn", fields: [:])])
        #expect(vi.subject(digest) == "[deadlined] Toàn tỉnh: báo cáo tổng hợp")
        #expect(en.subject(digest) == "[deadlined] All agencies: digest")
    }

    @Test("a behind entry is named in the subject and its line gives the progress against the target")
    func behindEntries() throws {
        var b = batch
        var e = entry("s=a;i=9", .behind, id: "ben-luc", task: "Dịch vụ công", due: "31/12/2024", days: 0)
        e.fields["DEADLINED_PROGRESS"] = "14"
        e.fields["DEADLINED_TARGET"] = "25"
        e.fields["DEADLINED_TARGET_UNIT"] = "thủ tục"
        b.entries.append(e)
        let vi = MailComposer(settings: settings, zone: .vietnam, language: .vi, directory: book)
        // The batch's two overdue items and the new one behind target.
        #expect(vi.subject(b) == "[deadlined] Sở Tài chính: 2 nhiệm vụ quá hạn, 1 nhiệm vụ chậm tiến độ")
        let mail = try #require(vi.compose(b, now: NotifyMailTests.now))
        #expect(mail.text.contains("Hạn: 31/12/2024, tiến độ 14/25 thủ tục"))
        #expect(NotifySettings.defaultKinds.contains(.behind))
    }

    @Test("the overall digest goes to cc and lists the entry's message")
    func overallDigest() throws {
        let c = MailComposer(settings: settings, zone: .vietnam, language: .vi, directory: book)
        let digest = NotifyBatch(
            agency: nil, opened: 0,
            entries: [NotifyEntry(cursor: "d", time: 0, kind: .digest, message: "Tổng hợp: 3 quá hạn", fields: [:])])
        let mail = try #require(c.compose(digest, now: NotifyMailTests.now))
        #expect(mail.recipients == ["vanphong@longan.gov.vn"])
        #expect(mail.text.contains("\r\n1. Tổng hợp: 3 quá hạn\r\n"))
        #expect(!mail.text.contains("Kính gửi"))
    }

    @Test("extensions and the acknowledgement come from the configuration")
    func extras() throws {
        let may15 = DueSpec(kind: .day, date: CivilDate(year: 2024, month: 5, day: 15))
        var item = Item(
            id: "tc-01", agency: "Sở Tài chính", task: "t", source: SourceLocation(file: "f", line: 1, column: 1),
            extensions: [
                Extension(previousDue: may15, previousDueText: "15/5/2024", reference: "CV 12/UBND")
            ])
        // 2024-06-20 00:00 in Vietnam is 2024-06-19 17:00 UTC.
        item.ack = Ack(until: unix("2024-06-19T17:00:00Z"), note: "đã đôn đốc")
        let config = Config(items: [item])
        let c = MailComposer(settings: settings, zone: .vietnam, language: .vi, directory: book, config: config)
        let mail = try #require(c.compose(batch, now: NotifyMailTests.now))
        #expect(
            mail.text.contains(
                "   Hạn: 15/5/2024, quá hạn 12 ngày\r\n   Gia hạn: 1 lần, hạn ban đầu 15/5/2024 (CV 12/UBND)\r\n   Đã ghi nhận đến 20/6/2024: đã đôn đốc\r\n\r\n2. "
            ))
    }
}
