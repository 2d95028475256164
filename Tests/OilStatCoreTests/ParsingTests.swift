import Testing

@testable import OilStatCore

struct ParsingTests {
    @Test(arguments: ["", "-", "x", "X", "..", " .. ", "n/a"])
    func missingMarkersAreMissing(text: String) {
        #expect(MissingValuePolicy.longCSV.isMissing(text))
    }

    @Test(arguments: ["0", "0.0000", "NA", "10633", "--"])
    func realValuesAreNotMissing(text: String) {
        #expect(!MissingValuePolicy.longCSV.isMissing(text))
    }

    @Test(arguments: [
        ("10633", 10633.0), ("10,633", 10633.0), ("-422.4194", -422.4194), ("0.0000", 0.0),
        ("1,234,567.5", 1_234_567.5),
    ])
    func parsesNumbers(text: String, value: Double) {
        #expect(NumberParser.parse(text) == value)
    }

    @Test(arguments: ["10,63", "1O633", "abc", "1.2.3", "inf", "nan", "12,3456", "586,7122092"])
    func rejectsNonNumbers(text: String) {
        #expect(NumberParser.parse(text) == nil)
    }

    @Test func figureKeysRoundTripAndSortByProducerThenMonth() {
        let key = FigureKey(
            source: 3, producer: FigureKey.alpha2ProducerID("SA")!, month: Month("2024-02")!, product: 1, flow: 1,
            unit: 2)
        #expect(key.source == 3)
        #expect(key.producer == FigureKey.alpha2ProducerID("SA"))
        #expect(key.month == Month("2024-02"))
        #expect(key.product == 1 && key.flow == 1 && key.unit == 2)
        let later = FigureKey(source: 3, producer: key.producer, month: Month("2024-03")!, product: 1, flow: 1, unit: 1)
        let nextProducer = FigureKey(
            source: 3, producer: FigureKey.alpha2ProducerID("SB")!, month: Month("2002-01")!, product: 1, flow: 1,
            unit: 1)
        #expect(key < later && later < nextProducer)
        #expect(FigureKey.alpha2ProducerID("AA") == 1)
        #expect(FigureKey.alpha2ProducerID("ZZ") == 676)
        #expect(FigureKey.alpha2ProducerID("OPEC") == nil)
    }

    @Test(arguments: [
        (ProductionUnit.kbbl, 277636.0, "2024-01", 8956.0), (.kbbl, 261319.0, "2024-02", 9011.0),
        (.mbd, 10.633, "2018-10", 10633.0),
    ])
    func unitsConvertByTheDaysOfTheMonth(unit: ProductionUnit, value: Double, month: String, kbd: Double) {
        let m = Month(month)!
        #expect(abs(unit.toKBD(value, in: m) - kbd) < 1e-6)
        #expect(abs(unit.fromKBD(kbd, in: m) - value) < 1e-6)
    }
}

/// Issue 8: one strict grammar per format, and the plausibility bounds stated in one place.
struct NumberGrammarTests {
    @Test(arguments: [
        "0x10", "0x1p10", "9000\u{0}", "inf", "-inf", "nan", "NaN", "Infinity", "1e309", "-1e309", "1 000",
        "9_000", "\u{0661}\u{0662}", "1e", "e5", ".", "+", "--5", "5-", "1.5.", "true", "12abc",
    ])
    func notNumbersInAnyStyle(text: String) {
        for style in [NumberParser.Style.plain, .thousands, .decimalComma] {
            #expect(NumberParser.parse(text, style: style) == nil, "\(style)")
        }
    }

    @Test func eachStyleItsOwnSeparators() {
        #expect(NumberParser.parse("10,633", style: .thousands) == 10633)
        #expect(NumberParser.parse("10,633", style: .plain) == nil)
        #expect(NumberParser.parse("586,7122092", style: .decimalComma) == 586.7122092)
        #expect(NumberParser.parse("586.7122092", style: .decimalComma) == nil)
        #expect(NumberParser.parse(" -4.5e-3 ", style: .plain) == -0.0045)
        #expect(NumberParser.parse("+.5", style: .plain) == 0.5)
        #expect(NumberParser.parse("5.", style: .plain) == 5)
        #expect(NumberParser.parse("1e308", style: .plain) == 1e308) // finite: FigureBounds rejects it, not the grammar
        #expect(NumberParser.parse(String(repeating: "9", count: 40), style: .plain) == 1e40)
    }

    @Test func boundsFollowFromOneCountrysFlow() {
        #expect(FigureBounds.range(unit: "KBD", flow: "INDPROD", aggregate: false) == 0...50_000)
        #expect(FigureBounds.range(unit: "KBD", flow: "INDPROD", aggregate: true) == 0...200_000)
        #expect(FigureBounds.range(unit: "KBBL", flow: "INDPROD", aggregate: false) == 0...1_550_000)
        #expect(FigureBounds.range(unit: "KBBL", flow: "CLOSTLV", aggregate: false) == 0...18_600_000)
        #expect(FigureBounds.range(unit: "KTONS", flow: "TOTDEMO", aggregate: false).upperBound.rounded() == 258_333)
        #expect(FigureBounds.range(unit: "KL", flow: "INDPROD", aggregate: false).upperBound.rounded() == 246_430)
        #expect(FigureBounds.range(unit: "KBD", flow: "STOCKCH", aggregate: false) == -50_000...50_000)
        #expect(FigureBounds.range(unit: "KBD", flow: "STATDIFF", aggregate: false) == -50_000...50_000)
        #expect(FigureBounds.range(unit: "CONVBBL", flow: "INDPROD", aggregate: true) == 0...20_000)
        #expect(FigureBounds.annualRange(variable: "oilprod_kbd", aggregate: false) == 0...50_000)
        #expect(FigureBounds.annualRange(variable: "oilprod_mt", aggregate: true) == 0...12_200)
        #expect(FigureBounds.annualRange(variable: "co2_mtco2", aggregate: false) == nil)
    }

    @Test func problemsSayWhatIsWrong() {
        let kbd = FigureBounds.range(unit: "KBD", flow: "INDPROD", aggregate: false)
        #expect(FigureBounds.problem(8956, range: kbd, unit: "KBD", flow: "INDPROD", aggregate: false) == nil)
        #expect(
            FigureBounds.problem(-5000, range: kbd, unit: "KBD", flow: "INDPROD", aggregate: false)
                == "is below 0: INDPROD figures cannot be negative")
        #expect(
            FigureBounds.problem(1e308, range: kbd, unit: "KBD", flow: "INDPROD", aggregate: false)
                == "is above 50,000, the largest plausible KBD INDPROD figure for one country")
        let change = FigureBounds.range(unit: "KBBL", flow: "STOCKCH", aggregate: false)
        #expect(
            FigureBounds.problem(-2e6, range: change, unit: "KBBL", flow: "STOCKCH", aggregate: false)
                == "is below -1,550,000, the smallest plausible KBBL STOCKCH figure for one country")
    }
}
