/// Maps the product names people write in a long CSV to product codes.
public enum ProductSpelling {
    /// The product code for `text`: a code itself (`CRUDEOIL`) or a common name ("crude", "crude+condensate", "NGL").
    public static func code(for text: String) -> String? {
        let key = text.lowercased().filter { !$0.isWhitespace && $0 != "_" && $0 != "-" }
        switch key {
        case "", "crude", "crudeoil", "crudeonly": return Product.crude.code
        case "crude+condensate", "crudecond", "crudeincludingcondensate", "crudeandcondensate", "crudeincl.condensate",
            "crudeoilincludingleasecondensate", "c+c":
            return "CRUDECOND"
        case "ngl", "ngls", "naturalgasliquids": return "NGL"
        case "totliq", "totalliquids", "liquids", "crude,ngplandotherliquids": return "TOTLIQ"
        case "totcrude": return "TOTCRUDE"
        default:
            let upper = text.uppercased()
            return Product.builtIn.contains { $0.code == upper } ? upper : nil
        }
    }
}
