import OilStatCore

/// The positions of the known JODI columns in a file, as plain integers (no reference counting in
/// the scanner's hot loop); -1 for an absent column.
package struct JODIPositions: Sendable, Equatable {
    package let area, period, product, flow, unit, value, assessment: Int

    /// The positions of `header`'s known columns.
    package init(_ header: JODIHeader) {
        let p = header.positions
        area = p[0]
        period = p[1]
        product = p[2]
        flow = p[3]
        unit = p[4]
        value = p[5]
        assessment = p[6]
    }

    /// The position of `column`.
    @inline(__always)
    package subscript(column: JODIColumn) -> Int {
        switch column {
        case .area: return area
        case .period: return period
        case .product: return product
        case .flow: return flow
        case .unit: return unit
        case .value: return value
        case .assessment: return assessment
        }
    }
}

/// One record of a JODI file while it is being visited: its fields as borrowed byte spans.
///
/// Nothing is decoded until asked for, so a filter that rejects the record costs no `String`,
/// no number parsing and no allocation. Spans are valid only during the visit.
package struct JODIRecord {
    /// The 1-based physical line the record starts on.
    package let line: Int
    @usableFromInline let starts: UnsafeMutablePointer<UnsafePointer<UInt8>>
    @usableFromInline let counts: UnsafeMutablePointer<Int>
    @usableFromInline let positions: JODIPositions

    @inline(__always)
    init(
        line: Int, starts: UnsafeMutablePointer<UnsafePointer<UInt8>>, counts: UnsafeMutablePointer<Int>,
        positions: JODIPositions
    ) {
        self.line = line
        self.starts = starts
        self.counts = counts
        self.positions = positions
    }

    /// The bytes of `column` (empty when the file has no such column).
    @inline(__always)
    package func field(_ column: JODIColumn) -> ByteSpan {
        let position = positions[column]
        if position < 0 { return ByteSpan(start: starts[0], count: 0) }
        return ByteSpan(start: starts[position], count: counts[position])
    }

    /// How JODI writes `TIME_PERIOD`: `YYYY-MM` (and `YYYYMM`, as some extracts do).
    package static let monthFormats: Month.Format = [.dashed, .compact]

    /// The month index (`Month.index`) of `TIME_PERIOD`, or nil when it is not a valid month
    /// (see `JODIErrorContext/badMonth(_:)` for why).
    @inline(__always)
    package func monthIndex() -> Int? { DecimalBytes.monthIndex(field(.period), formats: JODIRecord.monthFormats) }

    /// `OBS_VALUE`: a number, a missing marker, or something else (an error for the caller to report).
    @inline(__always)
    package func observation() -> JODIObservation {
        let span = field(.value)
        if let value = DecimalBytes.double(span) { return .number(value) }
        if span.isMissing(MissingValuePolicy.jodi) { return .missing }
        if let value = DecimalBytes.double(span.trimmed) { return .number(value) }
        if span.trimmed.isMissing(MissingValuePolicy.jodi) { return .missing }
        return .invalid
    }

    /// `ASSESSMENT_CODE` as an integer; nil when empty or absent; `.invalid` when not an integer.
    @inline(__always)
    package func assessment() -> JODIAssessment {
        let span = field(.assessment)
        if span.isEmpty { return .none }
        if let code = DecimalBytes.integer(span) { return .code(code) }
        if span.trimmed.isEmpty { return .none }
        if let code = DecimalBytes.integer(span.trimmed) { return .code(code) }
        return .invalid
    }
}

/// What an `OBS_VALUE` cell holds.
package enum JODIObservation: Equatable, Sendable {
    /// A finite number (a genuine `0.0000` is zero).
    case number(Double)
    /// A missing marker: `-`, `x`, `..`, empty (never zero).
    case missing
    /// Neither: the file is malformed.
    case invalid
}

/// What an `ASSESSMENT_CODE` cell holds.
package enum JODIAssessment: Equatable, Sendable {
    /// An integer code (JODI uses 1...4).
    case code(Int)
    /// Empty, or the file has no such column.
    case none
    /// Not an integer.
    case invalid
}
