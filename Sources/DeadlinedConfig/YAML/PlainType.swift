/// What a plain scalar means in YAML's core schema, for type errors.
enum PlainType {
    case null, bool, number, text

    init(_ v: String) {
        if let t = v.utf8.withContiguousStorageIfAvailable({ PlainType(bytes: $0) }) {
            self = t
        } else {
            self = Array(v.utf8).withUnsafeBufferPointer { PlainType(bytes: $0) }
        }
    }

    /// Decided on the bytes: YAML's core schema spellings of null and booleans, and numbers.
    init(bytes b: UnsafeBufferPointer<UInt8>) {
        func isAny(_ forms: StaticString...) -> Bool {
            forms.contains { f in f.utf8CodeUnitCount == b.count && f.withUTF8Buffer { $0.elementsEqual(b) } }
        }
        switch b.count {
        case 0:
            self = .null
            return
        case 1 where b[0] == 0x7E:
            self = .null
            return
        case 4 where isAny("null", "Null", "NULL"):
            self = .null
            return
        case 4 where isAny("true", "True", "TRUE"), 5 where isAny("false", "False", "FALSE"):
            self = .bool
            return
        default:
            break
        }
        // A number is only digits, '.', '_' and a leading sign.
        var digits = 0
        for (i, c) in b.enumerated() {
            if c >= 0x30, c <= 0x39 {
                digits += 1
            } else if !(c == 0x2E || c == 0x5F || ((c == 0x2D || c == 0x2B) && i == 0)) {
                self = .text
                return
            }
        }
        self = digits > 0 ? .number : .text
    }

    var name: String {
        switch self {
        case .null: return "nothing"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .text: return "text"
        }
    }
}
