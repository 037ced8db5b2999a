import Testing

@testable import DeadlinedCore

// An item's texts are stored compactly (the rare ones boxed apart, the place in 32-bit
// numbers); what an item says must not change for it.

private let at = SourceLocation(file: "/etc/deadlined/assignments.d/a.yaml", line: 1_234_567, column: 89)
private let granted = Extension(
    previousDue: DueSpec(kind: .day, date: CivilDate(year: 2024, month: 5, day: 15)), previousDueText: "15/5/2024",
    reference: "Công văn số 12")

@Test func anItemGivesBackEveryTextItWasMadeWith() {
    let item = Item(
        id: "nv-1", agency: "Sở Tài chính", task: "Báo cáo", dueText: "30/6/2024", owner: "Anh Minh",
        note: "Chờ số liệu", source: at, extensions: [granted])
    #expect(item.agency == "Sở Tài chính" && item.task == "Báo cáo" && item.dueText == "30/6/2024")
    #expect(item.owner == "Anh Minh" && item.note == "Chờ số liệu")
    #expect(item.extensions == [granted])
    #expect(item.source == at)
}

@Test func anItemWithoutTheRareTextsHasNoneOfThem() {
    let item = Item(id: "nv-2", agency: "Sở Y tế", task: "Kiểm tra", source: at)
    #expect(item.owner == nil && item.note == nil && item.extensions.isEmpty && item.dueText == nil)
    #expect(item.source == at)
}

private let ownersAndNotes: [(String?, String?)] = [("Chị Lan", nil), (nil, "Ghi chú"), ("Chị Lan", "Ghi chú")]

@Test(arguments: ownersAndNotes)
func changingAnItemsAgencyOrExtensionsKeepsItsOtherTexts(_ owner: String?, _ note: String?) {
    var item = Item(id: "nv-3", agency: "Sở Y tế", task: "Kiểm tra", owner: owner, note: note, source: at)
    item.agency = "Sở Tài chính"
    #expect(item.owner == owner && item.note == note && item.source == at && item.task == "Kiểm tra")
    item.extensions = [granted]
    #expect(item.owner == owner && item.note == note && item.agency == "Sở Tài chính")
    #expect(item.extensions == [granted])
    let other = Item(id: "nv-3", agency: "Sở Tài chính", task: "Kiểm tra", owner: owner, note: note, source: at)
    #expect(item != other)
}
