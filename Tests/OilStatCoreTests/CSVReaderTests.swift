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
