import Testing
@testable import OilStatCore

struct ParsingTests {
    @Test(arguments: ["", "-", "x", "X", "..", " .. ", "n/a"])
    func missingMarkersAreMissing(text: String) {
        #expect(MissingValue.isMissing(text))
    }

    @Test(arguments: ["0", "0.0000", "NA", "10633"])
    func realValuesAreNotMissing(text: String) {
        #expect(!MissingValue.isMissing(text))
    }

    @Test(arguments: [("10633", 10633.0), ("10,633", 10633.0), ("-422.4194", -422.4194), ("0.0000", 0.0), ("1,234,567.5", 1_234_567.5)])
    func parsesNumbers(text: String, value: Double) {
        #expect(NumberParser.parse(text) == value)
    }

    @Test(arguments: ["10,63", "1O633", "abc", "1.2.3", "inf", "nan", "12,3456", "586,7122092"])
    func rejectsNonNumbers(text: String) {
        #expect(NumberParser.parse(text) == nil)
    }

    @Test func figureKeysRoundTripAndSortByProducerThenMonth() {
        let key = FigureKey(source: 3, producer: FigureKey.alpha2ProducerID("SA")!, month: Month("2024-02")!, product: 1, flow: 1, unit: 2)
        #expect(key.source == 3)
        #expect(key.producer == FigureKey.alpha2ProducerID("SA"))
        #expect(key.month == Month("2024-02"))
        #expect(key.product == 1 && key.flow == 1 && key.unit == 2)
        let later = FigureKey(source: 3, producer: key.producer, month: Month("2024-03")!, product: 1, flow: 1, unit: 1)
        let nextProducer = FigureKey(source: 3, producer: FigureKey.alpha2ProducerID("SB")!, month: Month("2002-01")!, product: 1, flow: 1, unit: 1)
        #expect(key < later && later < nextProducer)
        #expect(FigureKey.alpha2ProducerID("AA") == 1)
        #expect(FigureKey.alpha2ProducerID("ZZ") == 676)
        #expect(FigureKey.alpha2ProducerID("OPEC") == nil)
    }

    @Test(arguments: [(ProductionUnit.kbbl, 277636.0, "2024-01", 8956.0), (.kbbl, 261319.0, "2024-02", 9011.0), (.mbd, 10.633, "2018-10", 10633.0)])
    func unitsConvertByTheDaysOfTheMonth(unit: ProductionUnit, value: Double, month: String, kbd: Double) {
        let m = Month(month)!
        #expect(abs(unit.toKBD(value, in: m) - kbd) < 1e-6)
        #expect(abs(unit.fromKBD(kbd, in: m) - value) < 1e-6)
    }
}
