/// A term in both languages.
public struct Term: Sendable, Equatable {
    public var vi: String
    public var en: String
}

/// The one table of terms that `list`, `report`, the digest, the alerts and STATUS= read, so
/// every output calls a state by one name ("trễ hạn", never also "quá hạn", for work done
/// after its deadline). The README's glossary is this table.
public enum Glossary {
    /// A state as `list` shows it and the report counts it.
    public static func state(_ s: ItemState) -> Term {
        switch s {
        case .overdue: return Term(vi: "quá hạn", en: "overdue")
        case .dueSoon: return Term(vi: "sắp đến hạn", en: "due soon")
        case .open: return Term(vi: "chưa đến hạn", en: "open")
        case .doneOnTime: return Term(vi: "hoàn thành đúng hạn", en: "done on time")
        case .doneLate: return Term(vi: "hoàn thành trễ hạn", en: "done late")
        case .ongoing: return Term(vi: "thường xuyên", en: "ongoing")
        case .noDeadline: return Term(vi: "không thời hạn", en: "no deadline")
        case .cancelled: return Term(vi: "đã hủy", en: "cancelled")
        }
    }

    /// A declared status, as the status split of `report` names it.
    public static func status(_ s: Status) -> Term {
        switch s {
        case .notStarted: return Term(vi: "chưa thực hiện", en: "not started")
        case .inProgress: return Term(vi: "đang thực hiện", en: "in progress")
        case .done: return Term(vi: "hoàn thành", en: "done")
        case .ongoing: return Term(vi: "thường xuyên", en: "ongoing")
        case .cancelled: return Term(vi: "đã hủy", en: "cancelled")
        }
    }

    /// The short form of a state where the column or sentence already says "done"
    /// ("Hoàn thành: 3 đúng hạn, 1 trễ hạn"): the state's name without its first words.
    public static func timeliness(_ s: ItemState) -> Term {
        switch s {
        case .doneOnTime: return Term(vi: "đúng hạn", en: "on time")
        case .doneLate: return Term(vi: "trễ hạn", en: "late")
        default: return state(s)
        }
    }

    /// The report's count of open and due-soon work together.
    public static let notYetDue = Term(vi: "chưa đến hạn", en: "not yet due")
    /// Counts of days in tables (not a date): "+N" overdue by N days, "-N" N days left.
    public static let days = Term(vi: "số ngày", en: "days")
    /// A unit of work in report sentences.
    public static let task = Term(vi: "nhiệm vụ", en: "task")
    public static let agency = Term(vi: "cơ quan", en: "agency")
    public static let directive = Term(vi: "văn bản", en: "directive")
    public static let total = Term(vi: "tổng", en: "total")

    /// Every state and status with its terms, in the order the README lists them.
    public static var entries: [(key: String, term: Term)] {
        ItemState.allCases.map { ("state " + $0.rawValue, state($0)) }
            + Status.allCases.map { ("status " + $0.rawValue, status($0)) }
    }
}

extension Words {
    /// The term in the configured language.
    public func term(_ t: Term) -> String { pick(vi: t.vi, en: t.en) }
    /// The status as the report's status split names it.
    public func status(_ s: Status) -> String { term(Glossary.status(s)) }
    /// `term` with its first letter in upper case, for headings and the start of a sentence.
    public func heading(_ t: Term) -> String { Words.capitalizedFirst(term(t)) }

    static func capitalizedFirst(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }

    /// A share (0...1) as a percentage with two decimals: "69,04 %" in Vietnamese (decimal
    /// comma), "69.04 %" in English.
    public func percent(_ share: Double) -> String {
        let hundredths = Int((share * 10000).rounded())
        let whole = hundredths / 100, frac = hundredths % 100
        return "\(whole)" + pick(vi: ",", en: ".") + (frac < 10 ? "0" : "") + "\(frac) %"
    }
}
