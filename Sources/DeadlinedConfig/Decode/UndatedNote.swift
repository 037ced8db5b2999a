import DeadlinedCore

/// The note `check` prints once per file about its assignments with no deadline
/// ("không thời hạn"): allowed, listed and counted, never overdue. It says how many, so a
/// `due` forgotten by mistake is seen, and names the file, not a line: a note with no
/// position keeps no copy of the file's text for rendering source lines.
extension FileDecoder {
    /// Counts an assignment under way or not started that has no `due`.
    func noteUndated() { undatedCount += 1 }

    /// The file's one note, when it has such assignments.
    func noteUndatedCount() {
        let n = undatedCount
        guard n > 0 else { return }
        let message =
            n == 1
            ? "1 assignment has no deadline (không thời hạn); it is listed and counted, never overdue"
            : "\(n) assignments have no deadline (không thời hạn); they are listed and counted, never overdue"
        diagnostics.append(Diagnostic(.note, file: file, message + " (see them: deadlined list --state no_deadline)"))
    }
}
