import DeadlinedCore
import Testing

@Test func wordsPickTheConfiguredLanguageUnderBothNames() {
    #expect(Words(.vi).pick(vi: "quá hạn", en: "overdue") == "quá hạn")
    #expect(Words(.en).pick(vi: "quá hạn", en: "overdue") == "overdue")
    #expect(Words(.vi).vi("quá hạn", "overdue") == "quá hạn")
    #expect(Words(.en).vi("quá hạn", "overdue") == "overdue")
}
