/// The `behind` and `reached` entries of an item with a target.
extension AlertWriter {
    /// Progress below what is expected by `checkpoint` (a milestone or the due date).
    /// Priority warning (4).
    public func behindAlert(item: Item, directive: Directive?, checkpoint c: Checkpoint, now: Int64) -> Alert {
        let m = item.measure ?? Measure(target: c.expected)
        let latest = m.latest(at: now, zone: settings.zone)?.value ?? 0
        let figures = progressFigures(m, latest)
        let message =
            words.pick(
                vi: "Chậm tiến độ (\(figures), cần \(figureNumber(c.expected, m)) trước \(c.day)): ",
                en: "Behind (\(figures), \(figureNumber(c.expected, m)) expected by \(c.day)): ")
            + subject(item, directive)
        var fields = [("DEADLINED_KIND", AlertKind.behind.field)]
        fields += itemFields(.behind, item, directive, item.evaluate(at: now, settings: settings))
        fields += progressFields(m, latest)
        fields.append(("DEADLINED_EXPECTED", plainNumber(c.expected)))
        fields.append(("DEADLINED_EXPECTED_BY", c.day.description))
        return Alert(kind: .behind, priority: .warning, message: message, fields: fields)
    }

    /// The target reached. Priority info (6).
    public func reachedAlert(item: Item, directive: Directive?, now: Int64) -> Alert {
        let m = item.measure ?? Measure(target: 0)
        let latest = m.latest(at: now, zone: settings.zone)?.value ?? 0
        let message =
            words.pick(
                vi: "Đạt chỉ tiêu (\(progressFigures(m, latest))): ",
                en: "Target reached (\(progressFigures(m, latest))): ")
            + subject(item, directive)
        var fields = [("DEADLINED_KIND", AlertKind.reached.field)]
        fields += itemFields(.reached, item, directive, item.evaluate(at: now, settings: settings))
        fields += progressFields(m, latest)
        return Alert(kind: .reached, priority: .info, message: message, fields: fields)
    }

    /// "14/25 thủ tục, 56 %", as `list` shows it.
    func progressFigures(_ m: Measure, _ latest: Double) -> String {
        var r = Renderer(zone: settings.zone, language: settings.language, width: nil)
        r.now = nil
        let f = ProgressFigures(
            measure: m, latest: ProgressEntry(on: CivilDate(year: 1970, month: 1, day: 1), value: latest),
            share: m.share(of: latest), expectedShare: nil)
        return r.progressText(f)
    }

    func figureNumber(_ v: Double, _ m: Measure) -> String {
        let r = Renderer(zone: settings.zone, language: settings.language, width: nil)
        return r.number(v) + (m.isPercent ? words.pick(vi: " %", en: "%") : "")
    }

    func progressFields(_ m: Measure, _ latest: Double) -> [(String, String)] {
        var f = [("DEADLINED_PROGRESS", plainNumber(latest)), ("DEADLINED_TARGET", plainNumber(m.target))]
        if m.isPercent {
            f.append(("DEADLINED_TARGET_UNIT", "%"))
        } else if let u = m.unit {
            f.append(("DEADLINED_TARGET_UNIT", u))
        }
        return f
    }

    /// A number for a journal field: "14", "12.5".
    func plainNumber(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }
}
