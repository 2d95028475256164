import Testing

@testable import OilStatCore

/// One `Code` type for products, flows and units, with each dimension's built-in codes.
struct CodeTests {
    /// The ids and codes of a dimension's built-in list.
    static func check<D: CodeDimension>(_ codes: [Code<D>], first: Code<D>) {
        #expect(codes.first == first)
        #expect(codes.allSatisfy { (1...255).contains($0.id) }, "ids must fit the key's 8-bit field")
        #expect(Set(codes.map(\.id)).count == codes.count)
        #expect(Set(codes.map(\.code)).count == codes.count)
        #expect(codes.map(\.id) == codes.map(\.id).sorted())
        #expect(Code<D>.builtIn == D.builtIn)
    }

    @Test func everyDimensionListsDistinctCodesThatFitTheKey() {
        Self.check(Product.builtIn, first: .crude)
        Self.check(Flow.builtIn, first: .production)
        Self.check(UnitCode.builtIn, first: .kbd)
    }

    @Test func theWellKnownCodesAreJODIs() {
        #expect((Product.crude.id, Product.crude.code, Product.crude.name) == (1, "CRUDEOIL", "Crude oil"))
        #expect((Flow.production.id, Flow.production.code) == (1, "INDPROD"))
        #expect((UnitCode.kbd.id, UnitCode.kbd.code) == (1, "KBD"))
        #expect(UnitCode.builtIn.map(\.code) == ["KBD", "KBBL", "KL", "KTONS", "CONVBBL"])
        #expect(Product.builtIn.map(\.code).contains("TOTPETLIQ"))
    }

    @Test func aCodeWithoutANameIsNamedByItsCode() {
        let unit = UnitCode(id: 6, code: "MT")
        #expect(unit.name == "MT")
        #expect(unit == UnitCode(id: 6, code: "MT", name: "MT"))
    }
}
