import DeadlinedCore
import Testing

@testable import DeadlinedConfig

@Test func everyStatusSpellingReadsAsTheGrammarReadsIt() {
    for spelling in Status.spellings + ["Hoàn thành", "hoàn  thành", "DONE", "not started", "xong"] {
        for written in ["\(spelling)", "\"\(spelling)\"", "'\(spelling)'"] {
            let result = load(
                """
                assignments:
                  - {id: a1, agency: Sở Tư pháp, task: "Việc một", due: 15/5/2024, status: \(written)}
                  - {id: a2, agency: Sở Tư pháp, task: "Việc hai", due: 15/5/2024, status: \(written)}

                """)
            guard let expected = Status(parsing: spelling) else {
                #expect(result.config == nil, "\(written)")
                continue
            }
            #expect(result.config?.items.map(\.status) == [expected, expected], "\(written)")
        }
    }
}

@Test func theSpellingTableReadsEachSpellingAsStatusParsingDoes() {
    #expect(FileDecoder.statusSpellings.count == Status.spellings.count)
    for (bytes, status) in FileDecoder.statusSpellings {
        #expect(Status(parsing: String(decoding: bytes, as: UTF8.self)) == status)
    }
}
