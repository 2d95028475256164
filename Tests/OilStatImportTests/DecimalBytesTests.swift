import Foundation
import Testing

@testable import OilStatImport

struct DecimalBytesTests {
    private func parse(_ text: String) -> Double? {
        var bytes = Array(text.utf8)
        bytes.append(contentsOf: [UInt8](repeating: 0, count: 16))
        return bytes.withUnsafeBufferPointer {
            DecimalBytes.double(ByteSpan(start: $0.baseAddress!, count: text.utf8.count))
        }
    }

    @Test(arguments: [
        "0", "0.0000", "7323.0000", "-422.4194", "12553.5806", "13102.0690", "+5", ".5", "5.", "1e3", "-1.5E-2",
        "123456789012345678901234567890", "0.1", "9007199254740993", "44140.6722", "2.00005",
    ])
    func parsesLikeStrtod(_ text: String) {
        #expect(parse(text) == strtod(text, nil))
    }

    @Test(arguments: ["", "-", "x", "..", "NA", "1.2.3", "1,5", "abc", "1e", "--1", "+", ".", "1 ", "nan", "inf"])
    func rejectsNonNumbers(_ text: String) {
        #expect(parse(text) == nil)
    }

    @Test func randomDecimalsMatchStrtod() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let integer = Int.random(in: -9_999_999...9_999_999, using: &generator)
            let decimals = Int.random(in: 0...6, using: &generator)
            var text = String(integer)
            if decimals > 0 {
                text +=
                    "."
                    + String((0..<decimals).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
            }
            #expect(parse(text) == strtod(text, nil), "\(text)")
        }
    }

    @Test(arguments: [
        ("2024-01", 2024 * 12), ("2024-02", 2024 * 12 + 1), ("202412", 2024 * 12 + 11), ("1900-01", 1900 * 12),
    ])
    func monthIndexes(_ text: String, _ expected: Int) {
        let bytes = Array(text.utf8)
        let index = bytes.withUnsafeBufferPointer {
            DecimalBytes.monthIndex(ByteSpan(start: $0.baseAddress!, count: bytes.count))
        }
        #expect(index == expected)
    }

    @Test(arguments: ["2024-13", "2024-00", "24-01", "2024/01", "2024-1", "abcd-ef", "1899-12", ""])
    func badMonths(_ text: String) {
        let bytes = Array(text.utf8) + [0, 0, 0, 0, 0, 0, 0, 0]
        let index = bytes.withUnsafeBufferPointer {
            DecimalBytes.monthIndex(ByteSpan(start: $0.baseAddress!, count: text.utf8.count))
        }
        #expect(index == nil)
    }
}
