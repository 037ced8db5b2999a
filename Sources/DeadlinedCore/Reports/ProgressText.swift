import Foundation

/// How `list` and `report` show a target and the progress against it: "14/25 thủ tục, 56,00 %"
/// in Vietnamese (decimal comma, a space before %), "14/25 thủ tục, 56.00 %" in English; the
/// share is written by `Words.percent`, as the report's other shares.
extension Renderer {
    /// The latest value at the renderer's `now` (every entry when `now` is not set), its
    /// share of the target and the share expected by then, for one item.
    func progressFigures(_ item: Item) -> ProgressFigures? { ProgressFigures(item, now: now, zone: zone) }

    /// "14/25 thủ tục, 56,00 %"; "60,5 %/76 %, 79,61 %" for a percentage; "-/25 thủ tục"
    /// before any progress is reported.
    func progressText(_ f: ProgressFigures) -> String {
        let m = f.measure
        let sign = m.isPercent ? percentSign : ""
        var s = (f.latest.map { number($0.value) + sign } ?? "-") + "/" + number(m.target) + sign
        if let u = m.unit { s += " " + u }
        if let share = f.share { s += ", " + words.percent(share) }
        return s
    }

    /// A number as people write it: no decimals for a whole number, else one or two, with a
    /// decimal comma in Vietnamese.
    func number(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        var s = String(format: "%.2f", v)
        while s.hasSuffix("0") { s.removeLast() }
        return words.language == .vi ? s.replacingOccurrences(of: ".", with: ",") : s
    }

    private var percentSign: String { words.language == .vi ? " %" : "%" }
}

/// What is shown of one item's progress.
struct ProgressFigures {
    var measure: Measure
    var latest: ProgressEntry?
    var share: Double?
    var expectedShare: Double?

    /// The latest value at `now` (every entry when `now` is nil), its share of the target and
    /// the share expected by then; nil for an item without a target.
    init?(_ item: Item, now: Int64?, zone: Zone) {
        guard let m = item.measure else { return nil }
        let latest = now.map { m.latest(at: $0, zone: zone) } ?? m.progress.last
        var expected: Double?
        if let now, let due = item.dueDay(in: zone), let e = m.expected(on: zone.local(now).date, due: due) {
            expected = m.share(of: e)
        }
        self.init(
            measure: m, latest: latest, share: latest.flatMap { m.share(of: $0.value) }, expectedShare: expected)
    }

    init(measure: Measure, latest: ProgressEntry?, share: Double?, expectedShare: Double?) {
        self.measure = measure
        self.latest = latest
        self.share = share
        self.expectedShare = expectedShare
    }
}

/// A share for JSON: four decimals, as `overdue_share`.
func roundedShare(_ v: Double) -> Double { (v * 10000).rounded() / 10000 }

extension Renderer {
    /// The progress fields of a `list` JSON row: `target`, `unit`, `progress` (the latest
    /// value, null before any), `progress_on` (its date), `progress_share` and
    /// `expected_share` (null without a start and a due day to count between). They follow
    /// other fields of the row, so each opens with its comma.
    func writeProgressJSON(_ f: ProgressFigures, to w: inout JSONWriter) {
        func key(_ k: StaticString) {
            w.raw(", \"")
            w.raw(k)
            w.raw("\": ")
        }
        func num(_ k: StaticString, _ v: Double?) {
            key(k)
            if let v { w.number(v) } else { w.raw("null") }
        }
        num("target", f.measure.target)
        key("target_is_percent")
        w.raw(f.measure.isPercent ? "true" : "false")
        key("unit")
        if let u = f.measure.unit { w.string(u) } else { w.raw("null") }
        num("progress", f.latest?.value)
        key("progress_on")
        if let on = f.latest?.on { w.string(on.iso) } else { w.raw("null") }
        num("progress_share", f.share.map(roundedShare))
        num("expected_share", f.expectedShare.map(roundedShare))
    }
}

extension JSONWriter {
    /// A finite number: an integer without a decimal point, else Swift's shortest form.
    mutating func number(_ v: Double) {
        if v == v.rounded(), abs(v) < 1e15 {
            int(Int(v))
        } else {
            for c in JSONWriter.numberText(v).utf8 { byte(c) }
        }
    }

    /// The text `number(_:)` writes, for CSV to write the same.
    static func numberText(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) }
        return v.isFinite ? "\(v)" : "null"
    }
}
