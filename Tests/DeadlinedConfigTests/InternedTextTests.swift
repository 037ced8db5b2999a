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
