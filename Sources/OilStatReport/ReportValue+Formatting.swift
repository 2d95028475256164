import OilStatCore

extension ReportValue {
    /// Creates a number, or ``missing`` for `nil`, NaN or an infinity.
    public init(_ number: Double?) {
        if let number, number.isFinite {
            self = .number(number)
        } else {
            self = .missing
        }
    }

    /// The number, if this is a finite number; NaN and infinities count as missing everywhere.
    var finiteNumber: Double? {
        if case .number(let value) = self, value.isFinite { return value }
        return nil
    }

    /// Whether the cell prints as missing: ``missing`` or a number that is not finite.
    var isMissing: Bool {
        switch self {
        case .missing: return true
        case .number(let value): return !value.isFinite
        case .text: return false
        }
    }

    /// The text a human sees: numbers with `decimals` (grouped if asked), missing as `..` (MOMR convention).
    func displayText(decimals: Int, grouped: Bool) -> String {
        switch self {
        case .text(let text):
            return text
        case .number(let value) where value.isFinite:
            return grouped ? NumberText.grouped(value, decimals: decimals) : NumberText.fixed(value, decimals: decimals)
        case .number, .missing:
            return ReportValue.missingMark
        }
    }

    /// The mark shown for a missing value on a terminal, in Markdown and in HTML.
    static let missingMark = ".."
}

extension ReportValue: ExpressibleByStringLiteral {
    /// A text cell from a literal: `"Saudi Arabia"`.
    public init(stringLiteral value: String) {
        self = .text(value)
    }
}

extension ReportValue: ExpressibleByFloatLiteral {
    /// A number cell from a literal: `31.94`.
    public init(floatLiteral value: Double) {
        self = .number(value)
    }
}

extension ReportValue: ExpressibleByIntegerLiteral {
    /// A number cell from a literal: `10_700`.
    public init(integerLiteral value: Int) {
        self = .number(Double(value))
    }
}
