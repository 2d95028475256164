/// How JODI writes its codes, checked once per distinct code: `REF_AREA` is an ISO 3166 alpha-2 code (two
/// capital letters); products, flows and units are capital letters, digits and `_`, at most 16 bytes
/// (`CRUDEOIL`, `INDPROD`, `KBD`).
///
/// A code written otherwise — ` SA`, `sa`, `S` NUL `A`, `Saudi Arabia` — is an error, never a new producer
/// or a silently truncated code.
enum JODICodeRule {
    /// The rule `code` breaks in `column`, in words, or nil when it is well formed.
    static func problem(_ code: String, column: JODIColumn) -> String? {
        let bytes = Array(code.utf8)
        func isCapital(_ byte: UInt8) -> Bool { (65...90).contains(byte) }
        if column == .area {
            guard bytes.count == 2, bytes.allSatisfy(isCapital) else {
                return "REF_AREA is an ISO 3166 alpha-2 code: two capital letters"
            }
            return nil
        }
        guard (1...16).contains(bytes.count),
            bytes.allSatisfy({ isCapital($0) || (48...57).contains($0) || $0 == UInt8(ascii: "_") })
        else {
            return "JODI codes are 1 to 16 capital letters, digits or _"
        }
        return nil
    }
}
