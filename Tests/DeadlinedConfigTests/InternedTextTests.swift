import DeadlinedCore
import Testing

@testable import DeadlinedConfig

/// Where a string's UTF-8 bytes live: equal for two strings that share one storage.
private func storage(_ s: String?) -> UnsafeRawPointer? {
    guard var copy = s else { return nil }
    return copy.withUTF8 { UnsafeRawPointer($0.baseAddress) }
}

@Test func itemsOfAFileShareOneStorageForEachAgencyAndDueText() {
    // "Sở Giáo dục và Đào tạo" is 32 bytes of UTF-8 and "hoàn thành trước ngày 15/5/2024" 37:
    // both above the 15 a String holds inline, so each scalar read from the file has storage
    // of its own until the decoder interns it. "Việc ..." tasks differ and are not interned.
    let result = load(
        """
        assignments:
          - {id: a1, agency: "Sở Giáo dục và Đào tạo", task: "Việc một", due: hoàn thành trước ngày 15/5/2024}
          - {id: a2, agency: "Sở Giáo dục và Đào tạo", task: "Việc hai", due: hoàn thành trước ngày 15/5/2024}
          - {id: a3, agency: "Sở Giáo dục và Đào tạo", task: "Việc ba", due: hoàn thành trước ngày 15/5/2024}

        """)
    let items = result.config?.items ?? []
    #expect(items.map(\.id) == ["a1", "a2", "a3"])
    #expect(items.allSatisfy { $0.agency == "Sở Giáo dục và Đào tạo" })
    #expect(items.allSatisfy { $0.dueText == "hoàn thành trước ngày 15/5/2024" })
    #expect(Set(items.map { storage($0.agency) }).count == 1)
    #expect(Set(items.map { storage($0.dueText) }).count == 1)
    #expect(storage(items.first?.agency) != nil)
}

@Test func textsReadTheLongWayAreSharedToo() {
    // Owners written decomposed (not NFC: read through a String and normalized) and a due
    // text with an escape, each 16 bytes or more: still one storage for every item; an
    // agency with spaces inside its quotes is trimmed to the spelling of the others.
    let result = load(
        """
        assignments:
          - {id: a1, agency: "Sở Y tế tỉnh Nghệ An ", task: "Việc một", owner: "Pho\\u0301 gia\\u0301m đốc sở", due: "trước ngày\\t15/5/2024"}
          - {id: a2, agency: "Sở Y tế tỉnh Nghệ An", task: "Việc hai", owner: "Pho\\u0301 gia\\u0301m đốc sở", due: "trước ngày\\t15/5/2024"}
          - {id: a3, agency: "Sở Y tế tỉnh Nghệ An", task: "Việc ba", owner: "Phó giám đốc sở", due: "trước ngày\\t15/5/2024"}

        """)
    let items = result.config?.items ?? []
    #expect(items.count == 3)
    #expect(items.allSatisfy { Text.sameBytes($0.agency, "Sở Y tế tỉnh Nghệ An") })
    #expect(items.allSatisfy { $0.owner.map { Text.sameBytes($0, "Phó giám đốc sở") } == true })
    #expect(Set(items.map { storage($0.agency) }).count == 1)
    #expect(Set(items.map { storage($0.owner) }).count == 1)
    #expect(Set(items.map { storage($0.dueText) }).count == 1)
}
