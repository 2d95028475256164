/// An oil product a figure measures: crude oil, crude including condensate, NGL, refined products...
///
/// Codes follow JODI's code list where JODI has one; the rest are OilStat's own.
public typealias Product = Code<ProductDimension>

/// The product of a figure (JODI `ENERGY_PRODUCT`, EIA `productId`).
public enum ProductDimension: CodeDimension {
    /// Crude oil (JODI CRUDEOIL; OPEC secondary sources measure crude only).
    public static let crude = Product(id: 1, code: "CRUDEOIL", name: "Crude oil")

    /// The built-in products, in JODI code-list order, then OilStat's own.
    public static let builtIn: [Product] = [
        crude,
        Product(id: 2, code: "NGL", name: "Natural gas liquids"),
        Product(id: 3, code: "OTHERCRUDE", name: "Other primary products"),
        Product(id: 4, code: "TOTCRUDE", name: "Total crude (crude + NGL + other)"),
        Product(id: 5, code: "GASOLINE", name: "Gasoline"),
        Product(id: 6, code: "KEROSENE", name: "Kerosene"),
        Product(id: 7, code: "GASDIES", name: "Gas/diesel oil"),
        Product(id: 8, code: "RESFUEL", name: "Fuel oil"),
        Product(id: 9, code: "LPG", name: "LPG"),
        Product(id: 10, code: "ONONSPEC", name: "Other products"),
        Product(id: 11, code: "TOTPRODS", name: "Total products"),
        Product(id: 12, code: "NAPHTHA", name: "Naphtha"),
        Product(id: 13, code: "JETKERO", name: "Kerosene-type jet fuel"),
        Product(id: 20, code: "CRUDECOND", name: "Crude oil including lease condensate"),
        Product(id: 21, code: "TOTLIQ", name: "Crude oil, NGPL and other liquids"),
        Product(id: 22, code: "TOTPETLIQ", name: "Total petroleum and other liquids"),
    ]
}

extension Code where Dimension == ProductDimension {
    /// Crude oil (JODI CRUDEOIL; OPEC secondary sources measure crude only).
    public static var crude: Product { ProductDimension.crude }
}
