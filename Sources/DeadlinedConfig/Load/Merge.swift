import DeadlinedCore

/// Merging one decoded file into the whole, in include order.
extension LoadSession {
    /// Adds one file's directives and items; an id already taken by an earlier file is an
    /// error naming both places, and the later one is left out.
    func merge(_ f: DecodedFile, main: Bool) {
        diagnostics += f.diagnostics
        anyExtensions = anyExtensions || f.hasExtensions
        progressDates += f.progressDates
        // Kept for errors only: a file with warnings is read again to quote them, rather than
        // held (its size in bytes) through the load and in the cache.
        if let text = f.text, f.diagnostics.hasErrors, let file = f.diagnostics.first?.file { texts[file] = text }
        if main, let s = f.settings { settings = s }
        agencies += f.agencies
        let global = mergeDirectives(f)
        mergeRecurring(f, global: global)
        if tooMany { return }
        mergeItems(f, global: global)
    }

    /// The file's directives; returns where each landed in `directives` (nil: a duplicate).
    private func mergeDirectives(_ f: DecodedFile) -> [Int?] {
        var global: [Int?] = []
        global.reserveCapacity(f.directives.count)
        for d in f.directives {
            if let first = directiveIds[d.id] {
                diagnostics.appendDuplicate(.directive, d.id, at: d.source, first: first)
                global.append(nil)
                continue
            }
            directiveIds[d.id] = d.source
            global.append(directives.count)
            directives.append(d)
        }
        return global
    }

    /// The file's recurring duties, whose occurrences are made at the end.
    private func mergeRecurring(_ f: DecodedFile, global: [Int?]) {
        for duty in f.recurring {
            var template = duty.template
            if let local = template.directive {
                guard let g = global[local] else { continue }
                template.directive = g
            }
            if let first = recurringIds[template.id]
                ?? itemIds.find(template.id, idAt: { self.items[$0].id }).map({ self.items[$0].source })
            {
                diagnostics.appendDuplicate(.item, template.id, at: template.source, first: first)
                continue
            }
            recurringIds[template.id] = template.source
            recurring.append(RecurringDuty(template: template, rule: duty.rule))
        }
    }

    /// The file's items, each id checked against every item merged so far.
    private func mergeItems(_ f: DecodedFile, global: [Int?]) {
        if adoptItems(f, global: global) { return }
        if items.count + f.items.count > items.capacity { reserveFor(f.items.count) }
        let anyRecurring = !recurringIds.isEmpty
        // The loop works on local arrays, moved out of the session and back: every access to
        // a class's property is an exclusivity check, four per item here.
        var items = self.items, dueSpecs = self.dueSpecs, completedSpecs = self.completedSpecs, itemIds = self.itemIds
        self.items = []
        self.dueSpecs = []
        self.completedSpecs = []
        self.itemIds = IdIndex()
        defer {
            self.items = items
            self.dueSpecs = dueSpecs
            self.completedSpecs = completedSpecs
            self.itemIds = itemIds
        }
        let maxItems = limits.maxItems
        // The id table is larger than the cache: each id's slot is prefetched a few items
        // ahead of its insert, so the waits for memory overlap.
        let hashes = f.idHashes.count == f.items.count ? f.idHashes : f.items.map { IdIndex.hash($0.id) }
        let ahead = 8
        for h in hashes.prefix(ahead) { itemIds.prefetch(h) }
        for (i, var item) in f.items.enumerated() {
            if i + ahead < hashes.count { itemIds.prefetch(hashes[i + ahead]) }
            if anyRecurring, let first = recurringIds[item.id] {
                diagnostics.appendDuplicate(.item, item.id, at: item.source, first: first)
                continue
            }
            if let local = item.directive {
                guard let g = global[local] else { continue }
                item.directive = g
            }
            // One probe per item: the slot is claimed for this item, or holds an earlier one.
            if let firstIndex = itemIds.insert(item.id, hash: hashes[i], at: items.count, idAt: { items[$0].id }) {
                diagnostics.appendDuplicate(.item, item.id, at: item.source, first: items[firstIndex].source)
                continue
            }
            items.append(item)
            dueSpecs.append(f.dueSpecs[i])
            completedSpecs.append(f.completedSpecs[i])
            if items.count > maxItems {
                // A file over the limit on its own has said so already.
                if !f.overItemLimit { error(item.source, "more than \(maxItems) items (limit max_items)") }
                tooMany = true
                return
            }
        }
    }

    /// The first file with items, when nothing merged before can clash with them (no items,
    /// no recurring duties, its directives where they were in the file, within `max_items`):
    /// its arrays are taken as they are, shared with the decoded file rather than copied, so a
    /// single large file's items are not held twice. False (nothing merged) otherwise, or when
    /// an id is given twice.
    private func adoptItems(_ f: DecodedFile, global: [Int?]) -> Bool {
        guard items.isEmpty, recurringIds.isEmpty, !f.items.isEmpty, f.items.count <= limits.maxItems,
            f.idHashes.count == f.items.count, global.indices.allSatisfy({ global[$0] == $0 })
        else { return false }
        var ids = IdIndex()
        ids.reserve(f.items.count)
        for (i, item) in f.items.enumerated()
        where ids.insert(item.id, hash: f.idHashes[i], at: i, idAt: { f.items[$0].id }) != nil {
            return false
        }
        itemIds = ids
        items = f.items
        dueSpecs = f.dueSpecs
        completedSpecs = f.completedSpecs
        return true
    }
}
