import DeadlinedCore

/// The end of a load: occurrences made, deadlines placed in time, acknowledgements applied.
extension LoadSession {
    /// Adds the read-time diagnostics of the session itself (cycles, unreadable files) after
    /// those of the files, merged as they were read, then places deadlines in time.
    func finish() -> Config? {
        diagnostics += sessionDiagnostics
        sessionDiagnostics = []
        guard !diagnostics.hasErrors else { return nil }
        settleAgencies()
        guard !diagnostics.hasErrors else { return nil }
        let horizon = makeOccurrences()
        guard !diagnostics.hasErrors else { return nil }
        let zone = settings.zone
        placeDeadlines(in: zone)
        guard !diagnostics.hasErrors else { return nil }
        applyAcks(in: zone)
        var config = Config(settings: settings, directives: directives, items: items, files: files)
        config.horizon = horizon
        config.agencies = agencies
        return config
    }

    /// Places each item's due, the dues its extensions replaced and its completion in time,
    /// counting working days and rolling days off forward on the holiday calendar.
    // Long because the three placements share one memo and one lazily built calendar.
    private func placeDeadlines(in zone: Zone) {
        // Working-day counts and roll-forward need the holiday calendar, built the first time
        // one is met.
        let settings = self.settings
        var calendar: HolidayCalendar? = settings.rollToWorkingDay ? settings.holidayCalendar : nil
        /// Places a count of working days and rolls a day off forward; a problem with it (past
        /// 31/12/9999, or past the lunar calendar's years) is said about `item`'s source.
        func onCalendar(_ spec: DueSpec, item: Int) -> DueSpec {
            guard settings.rollToWorkingDay || spec.kind == .workingDays else { return spec }
            let cal = calendar ?? settings.holidayCalendar
            calendar = cal
            var s = spec
            if s.kind == .workingDays {
                guard let end = cal.workingDay(s.count, after: s.date) else {
                    diagnostics.append(
                        Diagnostic(
                            .error, at: items[item].source,
                            "\(s.count) working days from \(s.date) end after 31/12/9999"))
                    return DueSpec(kind: .day, date: CivilDate(year: 9999, month: 12, day: 31))
                }
                s = DueSpec(kind: .day, date: end)
            }
            if settings.rollToWorkingDay, s.kind != .time { s.date = cal.nextWorkingDay(onOrAfter: s.date) }
            if s.date.year > LunarCalendar.supportedYears.upperBound {
                diagnostics.append(
                    Diagnostic(
                        .warning, at: items[item].source,
                        "working days are counted up to \(s.date) without Tết and Giỗ Tổ: the lunar calendar covers \(LunarCalendar.supportedYears.lowerBound)-\(LunarCalendar.supportedYears.upperBound)"
                    ))
            }
            return s
        }
        // The memo of the last load, when it was for this zone (a reload), else a new one.
        var memo =
            cache?.placements.withLock { m -> PlacementMemo? in
                defer { m = nil }
                return m?.zone == zone.identifier ? m : nil
            } ?? PlacementMemo(zone: zone.identifier)
        defer {
            if let cache { cache.placements.withLock { $0 = memo } }
        }
        func place(_ d: DueSpec) -> Deadline { memo.place(d, in: zone) }
        for i in items.indices {
            if let d0 = dueSpecs[i] { items[i].deadline = place(onCalendar(d0, item: i)) }
            // The dues that extensions replaced are placed by the same rules, so the original
            // deadline counts the config's own holidays. (Looked at only when some file has
            // extensions: reading each item's texts box is a cache miss per item.)
            if anyExtensions, !items[i].extensions.isEmpty {
                var extensions = items[i].extensions
                for k in extensions.indices {
                    extensions[k].previousDue = onCalendar(extensions[k].previousDue, item: i)
                }
                if extensions != items[i].extensions { items[i].extensions = extensions }
            }
            if let c = completedSpecs[i] {
                // Done at a time: that instant; on a day: the start of it.
                let dl = place(c)
                items[i].completed = c.kind == .time ? dl.overdueAt : dl.reminderAnchor
            }
        }
        dueSpecs = []
        completedSpecs = []
    }

    /// Quiets the items acknowledged until their ack's `until`.
    private func applyAcks(in zone: Zone) {
        for a in acks {
            guard let i = itemIds.find(a.id, idAt: { self.items[$0].id }) else {
                diagnostics.append(
                    Diagnostic(
                        .warning, at: a.at, "acknowledgement for '\(a.id)', which is not a tracked item; ignored"))
                continue
            }
            // A day means through its end; a time, until then.
            items[i].ack = Ack(until: Deadline(a.until, in: zone).overdueAt, note: a.note)
        }
    }
}
