@testable import MeshNLUService
import Testing

/// What the nlu reads of a message with markup: tags, comments and script or style code blanked scalar for
/// scalar (entity offsets stay the message's), and text that only looks like a tag left alone.
@Suite struct MarkupBlankingTests {
  @Test func markupIsBlankedScalarForScalar() {
    let hostile = "<script>alert(1)</script> where is ORD-134896"
    let blanked = MarkupBlanking.blanked(hostile)
    #expect(blanked.unicodeScalars.count == hostile.unicodeScalars.count)
    #expect(MarkupBlanking.classified(hostile, blanked: blanked) == "where is ORD-134896")
    // Markup and nothing else: the heads read the message as it is (blanked, it would be an empty text).
    #expect(MarkupBlanking.classified("<script>alert(1)</script>", blanked: MarkupBlanking.blanked("<script>alert(1)</script>"))
      == "<script>alert(1)</script>")
    let cases = [
      ("<b>where</b> is my <i>order</i>", "where is my order"),
      ("<SCRIPT type=\"x\">var a = '<b>';</SCRIPT >cancel order 12345", "cancel order 12345"),
      ("<!-- hidden --> refund for 555", "refund for 555"),
      ("<img src=x onerror=alert(1)> track 9", "track 9"),
      ("<br/>hi<br />there", "hi there"),
      // An unclosed script tag: the tag goes, the words after it stay.
      ("<script> where is my order", "where is my order"),
    ]
    for (text, seen) in cases {
      #expect(MarkupBlanking.classified(text, blanked: MarkupBlanking.blanked(text)) == seen, "\(text)")
      #expect(MarkupBlanking.blanked(text).unicodeScalars.count == text.unicodeScalars.count, "\(text)")
    }
  }

  @Test func textThatOnlyLooksLikeMarkupIsLeftAlone() {
    for text in ["shoes < 50 euros and > 20", "i <3 this shop", "a<b", "<<>>", "<", "price <50", "<é>", "<b", "<!-- no end",
                 "2 < 3 > 1", "emoji 😀 <x🙂>", "",
                 // Angle brackets around a reference are a shopper's (order-numbers-dev6.txt has one).
                 "<order ORD-441020> change the qty to 2 pls", "<ORD-441020>", "ref <A12345>"] {
      #expect(MarkupBlanking.blanked(text) == text, "\(text)")
    }
  }
}
