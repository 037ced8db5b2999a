import DeadlinedCore
import Testing

@_spi(Fuzz) @testable import DeadlinedConfig

// The scanner takes the common characters of Vietnamese text (leads C3-CB, and E1 B8-BB)
// before its full check of UTF-8: every lead byte with every second byte, alone, before a
// continuation byte and at the end of the file, must still read as libyaml reads it or be
// left to libyaml, in each kind of scalar.

private let contexts: [(before: String, after: String)] = [
    ("a: \"", "\"\n"), ("a: '", "'\n"), ("a: x", " y\n"), ("a: [x", "]\n"), ("a: x", ""),
]

@Test(arguments: Array(0xC0...0xFF))
func everyLeadAndSecondByteIsReadAsLibYAMLOrLeftToIt(_ lead: Int) {
    for second in 0...0xFF {
        for tail in [[], [0x87], [0x0A]] as [[UInt8]] {
            let character = [UInt8(lead), UInt8(second)] + tail
            for (before, after) in contexts {
                let bytes = Array(before.utf8) + character + Array(after.utf8)
                let outcome = FastScanCheck.compare(bytes, limits: Limits())
                #expect(outcome != .differs, "\(bytes)")
            }
        }
    }
}

@Test func theVietnameseLettersAreAnsweredNotLeftToLibYAML() {
    for (before, after) in contexts {
        let bytes = Array(before.utf8) + Array("Kế hoạch Đề án ưu tiên ỹ ả".utf8) + Array(after.utf8)
        #expect(FastScanCheck.compare(bytes, limits: Limits()) == .same, "\(before)")
    }
}
