/// One mail ready for the relay: its envelope recipients, its id and its RFC 5322 text.
public struct OutgoingMail: Sendable, Equatable {
    /// Every address the relay must deliver to (To and Cc), in order, each once.
    public var recipients: [String]
    public var messageID: String
    /// Headers and body, every line ending in CRLF, UTF-8 in the body (8bit).
    public var text: String
}

/// Writes the mail for one batch: the agency's overdue items, in the configured language.
/// Pure: `now` is the Date header's time; `config`, when given, adds each item's extensions
/// and acknowledgement, which the journal entries do not carry.
public struct MailComposer: Sendable {
    public var settings: NotifySettings
    public var zone: Zone
    public var language: Language
    public var directory: any AgencyDirectory
    public var config: Config?
    /// Body lines are wrapped at this many characters (RFC 5322 recommends 78 with CRLF).
    public static let width = 76

    public init(
        settings: NotifySettings, zone: Zone, language: Language, directory: any AgencyDirectory,
        config: Config? = nil
    ) {
        self.settings = settings
        self.zone = zone
        self.language = language
        self.directory = directory
        self.config = config
    }

    var words: Words { Words(language) }

    /// The mail, or nil when nobody can receive it (no agency address and no `cc`).
    public func compose(_ batch: NotifyBatch, now: Int64) -> OutgoingMail? {
        let contact = batch.agency.flatMap { directory.contact(for: $0) }
        let own = contact?.email ?? []
        let to = own.isEmpty ? settings.cc : own
        let cc = own.isEmpty ? [] : settings.cc.filter { !own.contains($0) }
        guard !to.isEmpty else { return nil }
        let domain = settings.from.split(separator: "@").last.map(String.init) ?? "localhost"
        let id = MailHeaders.messageID(cursors: batch.entries.map(\.cursor), domain: domain)
        var h: [String] = [
            MailHeaders.header("From", settings.from),
            MailHeaders.header("To", to.joined(separator: ", ")),
        ]
        if !cc.isEmpty { h.append(MailHeaders.header("Cc", cc.joined(separator: ", "))) }
        if let reply = settings.cc.first { h.append(MailHeaders.header("Reply-To", reply)) }
        h += [
            MailHeaders.header("Subject", subject(batch)),
            MailHeaders.header("Date", MailHeaders.date(now, zone: zone)),
            MailHeaders.header("Message-ID", id),
            "Auto-Submitted: auto-generated",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: 8bit",
        ]
        let body = bodyLines(batch, contact: contact, hasAddress: !own.isEmpty, id: id)
        let text = (h + [""] + body).map { $0 + "\r\n" }.joined()
        var seen = Set<String>()
        return OutgoingMail(recipients: (to + cc).filter { seen.insert($0).inserted }, messageID: id, text: text)
    }

    /// "[deadlined] Sở Tài chính: 3 nhiệm vụ quá hạn".
    public func subject(_ batch: NotifyBatch) -> String {
        let items = batch.items
        let overdue = items.filter { $0.kind == .overdue || $0.kind == .escalated }.count
        let soon = items.filter { $0.kind == .reminder }.count
        let behind = items.filter { $0.kind == .behind }.count
        var parts: [String] = []
        if overdue > 0 {
            parts.append(words.pick(vi: "\(overdue) nhiệm vụ quá hạn", en: "\(overdue) \(tasks(overdue)) overdue"))
        }
        if behind > 0 {
            parts.append(
                words.pick(vi: "\(behind) nhiệm vụ chậm tiến độ", en: "\(behind) \(tasks(behind)) behind target"))
        }
        if soon > 0 {
            parts.append(words.pick(vi: "\(soon) nhiệm vụ sắp đến hạn", en: "\(soon) \(tasks(soon)) due soon"))
        }
        if parts.isEmpty { parts.append(words.pick(vi: "báo cáo tổng hợp", en: "digest")) }
        let who = batch.agency.map { Text.oneLine($0) } ?? words.pick(vi: "Toàn tỉnh", en: "All agencies")
        return "[deadlined] " + who + ": " + parts.joined(separator: ", ")
    }

    func tasks(_ n: Int) -> String { n == 1 ? "task" : "tasks" }

    func bodyLines(_ batch: NotifyBatch, contact: AgencyContact?, hasAddress: Bool, id: String) -> [String] {
        var out: [String] = []
        let agency = batch.agency.map { Text.oneLine($0) }
        if let head = contact?.head, let agency {
            out.append(
                words.pick(
                    vi: "Kính gửi: \(Text.oneLine(head)), \(agency).", en: "To: \(Text.oneLine(head)), \(agency)."))
        } else if let agency {
            out.append(words.pick(vi: "Kính gửi: \(agency).", en: "To: \(agency)."))
        }
        if batch.agency != nil, !hasAddress {
            out += wrap(
                words.pick(
                    vi: "(Cơ quan này chưa có địa chỉ thư trong danh mục cơ quan; thư gửi Văn phòng để chuyển tiếp.)",
                    en:
                        "(This agency has no address in the agency registry; the office receives this mail to forward it.)"
                ),
                indent: "")
        }
        out.append("")
        out += wrap(
            words.pick(
                vi: "Hệ thống theo dõi nhiệm vụ (deadlined) thông báo:",
                en: "The task tracking system (deadlined) reports:"), indent: "")
        out.append("")
        for (n, e) in batch.items.enumerated() { out += itemLines(n + 1, e) + [""] }
        out += wrap(
            words.pick(
                vi:
                    "Việc cần làm: khẩn trương hoàn thành các nhiệm vụ trên; trả lời thư này để báo cáo kết quả hoặc đề nghị gia hạn với Văn phòng, và ghi nhận tiến độ thực hiện để hệ thống cập nhật.",
                en:
                    "What to do: complete the tasks above; reply to this mail to report the result or ask the office for an extension, and record the progress so that the system is updated."
            ), indent: "")
        out += [
            "", "-- ",
            words.pick(
                vi: "Thư tự động từ deadlined, xin không trả lời tự động.", en: "Sent automatically by deadlined."),
            words.pick(vi: "Mã thư: ", en: "Message-ID: ") + id,
        ]
        return out
    }

    func itemLines(_ n: Int, _ e: NotifyEntry) -> [String] {
        guard let id = e.itemID else { return wrap("\(n). " + Text.oneLine(e.message), indent: "   ") }
        var out = wrap("\(n). " + Text.oneLine(e["TASK"] ?? e.message), indent: "   ")
        out.append("   " + words.pick(vi: "Mã nhiệm vụ: ", en: "Item: ") + Text.oneLine(id))
        if let basis = e["REFERENCE"] ?? e["BASIS"] {
            out += wrap("   " + words.pick(vi: "Căn cứ: ", en: "Directive: ") + Text.oneLine(basis), indent: "     ")
        }
        if let due = e["DUE_TEXT"] ?? e["DUE"] {
            var line = "   " + words.pick(vi: "Hạn: ", en: "Due: ") + Text.oneLine(due)
            let d = Int(e["DAYS_OVERDUE"] ?? "") ?? 0
            switch e.kind {
            case .overdue:
                line += words.pick(vi: ", quá hạn \(d) ngày", en: ", overdue by \(d) day\(d == 1 ? "" : "s")")
            case .escalated:
                line += words.pick(vi: ", quá hạn nghiêm trọng \(d) ngày", en: ", escalated: overdue by \(d) days")
            case .behind:
                // "tiến độ 14/25 thủ tục": the latest value against the target.
                if let p = e["PROGRESS"], let t = e["TARGET"] {
                    let unit = e["TARGET_UNIT"].map { " " + Text.oneLine($0) } ?? ""
                    line += words.pick(vi: ", tiến độ \(p)/\(t)\(unit)", en: ", progress \(p)/\(t)\(unit)")
                }
            case .reminder:
                let l = Int(e["DAYS_LEFT"] ?? "") ?? 0
                line += words.pick(vi: ", còn \(l) ngày", en: ", \(l) day\(l == 1 ? "" : "s") left")
            default: break
            }
            out += wrap(line, indent: "     ")
        }
        if let item = config?.items.first(where: { $0.id == id }) { out += extras(item) }
        return out
    }

    /// Extensions granted and the office's acknowledgement, from the configuration.
    func extras(_ item: Item) -> [String] {
        var out: [String] = []
        if let first = item.extensions.first {
            var line =
                "   "
                + words.pick(
                    vi: "Gia hạn: \(item.extensions.count) lần, hạn ban đầu \(first.previousDueText)",
                    en:
                        "Extended \(item.extensions.count) time\(item.extensions.count == 1 ? "" : "s"), first due \(first.previousDueText)"
                )
            if let r = item.extensions.last?.reference { line += " (" + Text.oneLine(r) + ")" }
            out += wrap(line, indent: "     ")
        }
        if let ack = item.ack {
            let until = zone.local(ack.until).date.description
            var line = "   " + words.pick(vi: "Đã ghi nhận đến \(until)", en: "Acknowledged until \(until)")
            if let note = ack.note { line += ": " + Text.oneLine(note) }
            out += wrap(line, indent: "     ")
        }
        return out
    }

    /// Breaks `text` at spaces into lines of at most `width` characters, keeping its leading
    /// spaces on the first line and starting the later ones with `indent`; a word longer
    /// than a line is cut.
    func wrap(_ text: String, indent: String) -> [String] {
        let width = MailComposer.width
        let lead = String(text.prefix(while: { $0 == " " }))
        var lines: [String] = []
        var line = lead
        var fresh = true
        for word in text.dropFirst(lead.count).split(separator: " ") {
            var w = word
            if !fresh, line.count + 1 + w.count <= width {
                line += " " + w
                continue
            }
            if !fresh {
                lines.append(line)
                line = indent
            }
            while line.count + w.count > width {
                let room = max(width - line.count, 1)
                lines.append(line + w.prefix(room))
                w = w.dropFirst(room)
                line = indent
            }
            line += w
            fresh = false
        }
        if !fresh { lines.append(line) }
        return lines
    }
}
