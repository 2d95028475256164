import Testing

@testable import OilStatCore

struct CSVReaderTests {
    private func read(_ text: String) throws -> [CSVReader.Record] {
        var reader = CSVReader(bytes: Array(text.utf8), fileName: "t.csv")
        return try reader.readAll()
    }

    @Test func quotedFieldsKeepCommasQuotesAndNewlines() throws {
        let records = try read("a,b,c\n\"Korea, Republic of\",\"say \"\"hi\"\"\",\"two\nlines\"\nx,y,z\n")
        #expect(records.count == 3)
        #expect(records[1].fields == ["Korea, Republic of", "say \"hi\"", "two\nlines"])
        #expect(records[1].line == 2)
        #expect(records[2].line == 4)
    }

    @Test func handlesCRLFBOMBlankLinesAndMissingFinalNewline() throws {
        let records = try read("\u{FEFF}a,b\r\n1,2\r\n\r\n3,\r\n4,5")
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"], ["3", ""], ["4", "5"]])
        #expect(records.map(\.line) == [1, 2, 4, 5])
    }

    @Test func anUnclosedQuoteIsAnErrorNamingTheLine() {
        #expect(throws: OilStatError(file: "t.csv", line: 2, message: "a quoted field is not closed")) {
            try read("a,b\n\"open,1\n")
        }
    }
}

/// Issue 8: CR-only line ends, NUL bytes, text after a closing quote and huge fields.
struct StrictCSVReaderTests {
    private func read(_ bytes: [UInt8], columns: [String] = []) throws -> [CSVReader.Record] {
        var reader = CSVReader(bytes: bytes, fileName: "t.csv")
        reader.columnNames = columns
        return try reader.readAll()
    }

    @Test func crOnlyLineEndsAreLineEnds() throws {
        let records = try read(Array("a,b\r1,2\r\r\"x\ry\",3\r4,5".utf8))
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"], ["x\ry", "3"], ["4", "5"]])
        #expect(records.map(\.line) == [1, 2, 4, 6])
    }

    @Test func mixedLineEndsCountLinesAlike() throws {
        let records = try read(Array("a\r\nb\rc\nd".utf8))
        #expect(records.map(\.fields) == [["a"], ["b"], ["c"], ["d"]])
        #expect(records.map(\.line) == [1, 2, 3, 4])
    }

    @Test func aNULByteIsAnErrorNamingLineAndColumn() {
        #expect(
            throws: OilStatError(
                file: "t.csv", line: 2, field: "column 2 (note)",
                message: "a NUL byte inside the field (the file is binary or damaged)")
        ) {
            try read(Array("code,note\nSA,a".utf8) + [0] + Array("b\n".utf8), columns: ["code", "note"])
        }
    }

    @Test func textAfterAClosingQuoteIsAnError() {
        #expect(
            throws: OilStatError(
                file: "t.csv", line: 2, field: "column 1",
                message: "text after a closing quote (a quoted field must end at a delimiter or the line's end)")
        ) {
            try read(Array("a,b\n\"ab\"c,1\n".utf8))
        }
    }

    @Test func aFieldOverOneMiBIsAnErrorNamingLineAndColumn() {
        let huge = Array("a,b\n1,".utf8) + [UInt8](repeating: UInt8(ascii: "7"), count: 2 << 20) + Array("\n".utf8)
        #expect(
            throws: OilStatError(
                file: "t.csv", line: 2, field: "column 2 (b)", message: "the field is longer than 1 MiB")
        ) {
            try read(huge, columns: ["a", "b"])
        }
    }
}
