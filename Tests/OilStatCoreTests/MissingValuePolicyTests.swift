import Testing

@testable import OilStatCore

/// One missing-value policy per input format, exactly as its documentation table lists it.
struct MissingValuePolicyTests {
    @Test(arguments: [
        (MissingValuePolicy.longCSV, ["", "-", "x", "X", "..", "n/a", "N/A"]),
        (MissingValuePolicy.jodi, ["", "-", "--", "x", "X", "..", "n/a", "N/A"]),
        (MissingValuePolicy.eia, ["", "-", "--", "x", "..", "NA", "na", "ie", "(s)", "W"]),
        (MissingValuePolicy.energyInstitute, ["", "-", "x", "X", "..", "n/a", "N/A", "^"]),
    ])
    func eachFormatHasTheMarkersItsTableLists(policy: MissingValuePolicy, markers: [String]) {
        #expect(policy.markers == Set(markers))
        #expect(Set(policy.utf8Markers.map { String(decoding: $0, as: UTF8.self) }) == policy.markers)
        for marker in markers {
            #expect(policy.isMissing(marker))
            #expect(policy.isMissing(" \t\(marker) "))
        }
        for figure in ["0", "0.0000", "-1", "10633", "1,234.5"] { #expect(!policy.isMissing(figure)) }
    }

    @Test func namibiaIsAFigureInJODIButMissingInEIA() {
        // JODI writes Namibia as NA; EIA writes "not available" as NA.
        #expect(!MissingValuePolicy.jodi.isMissing("NA"))
        #expect(!MissingValuePolicy.longCSV.isMissing("NA"))
        #expect(MissingValuePolicy.eia.isMissing("NA"))
    }

    @Test func aDoubleDashIsMissingOnlyWhereTheFormatUsesIt() {
        #expect(MissingValuePolicy.jodi.isMissing("--"))
        #expect(MissingValuePolicy.eia.isMissing("--"))
        #expect(!MissingValuePolicy.longCSV.isMissing("--"))
        #expect(!MissingValuePolicy.energyInstitute.isMissing("--"))
    }
}
