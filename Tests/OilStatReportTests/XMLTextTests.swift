import Testing

@testable import OilStatReport

struct XMLTextTests {
    @Test func escapesMarkupCharacters() {
        #expect(XMLText.escape(#"R&D <b> "q" 'a'"#) == "R&amp;D &lt;b&gt; &quot;q&quot; &#39;a&#39;")
    }

    @Test func dropsCharactersXMLForbids() {
        #expect(XMLText.escape("a\u{01}b\u{FFFF}c\td\ne") == "abc\td\ne")
    }

    @Test func keepsOtherTextAsItIs() {
        #expect(XMLText.escape("Côte d’Ivoire ÷ 100 %") == "Côte d’Ivoire ÷ 100 %")
    }
}
