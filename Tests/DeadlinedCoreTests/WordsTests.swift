import DeadlinedCore
import Testing

@Test func wordsPickTheConfiguredLanguage() {
    #expect(Words(.vi).pick(vi: "quá hạn", en: "overdue") == "quá hạn")
    #expect(Words(.en).pick(vi: "quá hạn", en: "overdue") == "overdue")
}
