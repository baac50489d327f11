import Testing
@testable import WegweiserCore

/// The one escaper of HTML text, DOT labels and SVG.
@Suite struct MarkupEscapingTests {
    @Test func theFiveMarkupCharactersBecomeEntities() {
        #expect(MarkupEscaping.escaped(#"<a href="x">Tom & Jerry's</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(MarkupEscaping.escaped("Größe – § 16a SGB II") == "Größe – § 16a SGB II")
        #expect(MarkupEscaping.escaped("") == "")
        // A quote before a combining mark is one Character but still a quote scalar.
        #expect(MarkupEscaping.escaped("\"\u{301}&\u{301}") == "&quot;\u{301}&amp;\u{301}")
    }

    @Test func aLineFeedBecomesTheLineBreakOnlyWhenOneIsGiven() {
        #expect(MarkupEscaping.escaped("a\nb") == "a\nb")
        #expect(MarkupEscaping.escaped("a\nb<", lineBreak: "<br/>") == "a<br/>b&lt;")
        #expect(MarkupEscaping.escaped("\n\n", lineBreak: " ") == "  ")
    }

    @Test func appendKeepsWhatIsThere() {
        var out = "<p>"
        MarkupEscaping.append("x > y", to: &out)
        MarkupEscaping.append("plain", to: &out)
        #expect(out == "<p>x &gt; yplain")
    }

    /// The SVG comment of the provenance line, as Graphviz writes one: also every "-".
    @Test func theSVGCommentTextEscapesHyphensToo() {
        #expect(SchaubildRenderer.commentText("a-b & <c> \"d\" 'e' --") == "a&#45;b &amp; &lt;c&gt; &quot;d&quot; &#39;e&#39; &#45;&#45;")
    }
}
