import Testing
import MeshIntent

/// `mesh nlu eval --heldout`'s parsing and scoring, on a tiny file whose answers are known.
@Suite struct MarkedMessageTests {
  static let file = """
    # a comment, then a blank line

    order_status | where is order #{{order:12345}} please
    cancel_order | cancel {{order:ORD-2024-000123}} and {{order:7781}}
    greeting | hello
    oos | what's the weather
    """

  @Test func parsesLabelsTextAndSpans() throws {
    let m = try MarkedMessage.parse(Self.file)
    #expect(m.count == 4)
    #expect(m[0] == MarkedMessage(text: "where is order #12345 please", label: "order_status", orderSpans: [16..<21]))
    #expect(m[1].text == "cancel ORD-2024-000123 and 7781")
    #expect(m[1].orderSpans == [7..<22, 27..<31])
    #expect(m[3].label == "out_of_scope")
  }

  @Test func badLinesSayWhere() {
    func failure(_ text: String) -> String? {
      do { _ = try MarkedMessage.parse(text); return nil } catch { return "\(error)" }
    }
    #expect(failure("greeting | hi\njust text") == "line 2: no `label | text`")
    #expect(failure("cancel_order | cancel {{order:123") == "line 1: a `{{` without its `}}`")
    #expect(failure("cancel_order | cancel {{phone:123}}") == "line 1: a mark that is not {{order:VALUE}}")
  }

  @Test func scoresIntentsAndSpans() throws {
    let m = try MarkedMessage.parse(Self.file)
    // Right, wrong (cancel -> order_status), right, wrong (out of scope -> greeting).
    let predictions = ["order_status", "order_status", "greeting", "greeting"]
    // "#12345" counts for "12345"; one of two order numbers found; a spurious one in "hello".
    let orders: [[Range<Int>]] = [[15..<21], [7..<22], [0..<5], []]
    let s = MarkedMessageScore(messages: m, predictions: predictions, orders: orders)
    #expect(s.accuracy == 0.5)
    #expect(abs(s.inScopeAccuracy - 2.0 / 3.0) < 1e-9)
    #expect(s.outOfScopeRecall == 0)
    #expect(s.confusions.map { "\($0.truth)->\($0.predicted) \($0.count)" } == ["cancel_order->order_status 1", "out_of_scope->greeting 1"])
    #expect(s.orderSpans == 3 && s.orderSpansFound == 2)
    #expect(s.orderExtracted == 3 && s.orderExtractedRight == 2)
    #expect(abs(s.orderRecall - 2.0 / 3.0) < 1e-9 && abs(s.orderPrecision - 2.0 / 3.0) < 1e-9)
    #expect(s.wrongIntent == [1, 3] && s.wrongSpans == [1, 2])
  }

  @Test func aSpanWithOtherDigitsDoesNotCount() throws {
    let m = try MarkedMessage.parse("order_status | order {{order:12345}}")
    // "order 1234" overlaps but is not the marked number.
    let s = MarkedMessageScore(messages: m, predictions: ["order_status"], orders: [[6..<10]])
    #expect(s.orderSpansFound == 0 && s.orderExtractedRight == 0)
  }

  @Test func anOrdRunIntoTheDigitsCountsWithOrWithoutIt() throws {
    // dev9 marks the digits of "ord55213", dev and dev4 mark "ord100019" whole: either mark matches either span.
    let digitsMarked = try MarkedMessage.parse("order_status | ord{{order:55213}}")
    let wholeMarked = try MarkedMessage.parse("order_status | {{order:ord55213}}")
    for m in [digitsMarked, wholeMarked] {
      for found in [0..<8, 3..<8] {
        let s = MarkedMessageScore(messages: m, predictions: ["order_status"], orders: [[found]])
        #expect(s.orderSpansFound == 1 && s.orderExtractedRight == 1)
      }
    }
    // With a dash the prefix is the shop's and must be found: "55213" alone does not match "ORD-55213".
    let dashed = try MarkedMessage.parse("order_status | {{order:ORD-55213}}")
    let s = MarkedMessageScore(messages: dashed, predictions: ["order_status"], orders: [[4..<9]])
    #expect(s.orderSpansFound == 0)
    // Other letters run into the digits stay: "W557100342" is not "557100342".
    let lettered = try MarkedMessage.parse("order_status | {{order:W557100342}}")
    #expect(MarkedMessageScore(messages: lettered, predictions: ["order_status"], orders: [[1..<10]]).orderSpansFound == 0)
  }
}
