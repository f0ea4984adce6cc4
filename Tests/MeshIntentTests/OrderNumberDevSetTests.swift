import Foundation
import Testing
import MeshIntent

/// The extractor on `mesh/data/intents/order-numbers-dev.txt` to `-dev7.txt` (issue 12): order
/// numbers in the forms customers write them, and numbers that are not orders. A development set (the rules were tuned on it),
/// so its floor is high: a change that loses forms or takes a price, ticket or size for an order fails here.
@Suite struct OrderNumberDevSetTests {
  static func path(_ name: String) -> String {
    var dir = String(#filePath)
    // Tests/MeshIntentTests/<file> → the checkout.
    for _ in 0..<3 { if let slash = dir.lastIndex(of: "/") { dir = String(dir[..<slash]) } }
    return dir + "/mesh/data/intents/" + name
  }

  /// The extractor's score on the marked messages of `name`, the wrong ones printed.
  static func score(_ name: String) throws -> (messages: Int, score: MarkedMessageScore) {
    let contents = try String(contentsOfFile: path(name), encoding: .utf8)
    let messages = try MarkedMessage.parse(contents)
    let extractor = EntityExtractor()
    let orders = messages.map { m in
      extractor.extract(from: m.text).filter { $0.type == "order_number" }.map { $0.start..<$0.end }
    }
    let score = MarkedMessageScore(messages: messages, predictions: messages.map(\.label), orders: orders)
    for k in score.wrongSpans { print("order numbers wrong in: \(messages[k].text)") }
    return (messages.count, score)
  }

  @Test func spansFoundAndNothingElse() throws {
    let (count, score) = try Self.score("order-numbers-dev.txt")
    #expect(count >= 240 && score.orderSpans >= 200)
    #expect(score.orderRecall >= 0.99)
    #expect(score.orderExtractedRight == score.orderExtracted)
  }

  /// The second dev set (branch ordernum10): shops' forms without a cue, weak cues, spaced groups.
  @Test func secondDevSetSpansFoundAndNothingElse() throws {
    let (count, score) = try Self.score("order-numbers-dev2.txt")
    #expect(count >= 150 && score.orderSpans >= 120)
    #expect(score.orderRecall >= 0.99)
    #expect(score.orderExtractedRight == score.orderExtracted)
  }

  /// The third dev set (branch ordnum32): shops and platforms worldwide, other languages' cues, pasted
  /// e-mails, corrections, and look-alikes of every kind.
  @Test func thirdDevSetSpansFoundAndNothingElse() throws {
    let (count, score) = try Self.score("order-numbers-dev3.txt")
    #expect(count >= 320 && score.orderSpans >= 220)
    #expect(score.orderRecall >= 0.99)
    #expect(score.orderExtractedRight == score.orderExtracted)
  }

  /// The fourth dev set (branch ordnum34): references retyped from memory or a screenshot, bare replies, cue
  /// typos, cues after the number, platform shapes; look-alikes of every kind. Four references stay missed
  /// (docs/INTENTS.md), so its floor is 97.5%.
  @Test func fourthDevSetSpansFoundAndNothingElse() throws {
    let (count, score) = try Self.score("order-numbers-dev4.txt")
    #expect(count >= 310 && score.orderSpans >= 200)
    #expect(score.orderRecall >= 0.975)
    #expect(score.orderExtractedRight == score.orderExtracted)
  }

  /// The fifth dev set (branch ord35): the forms heldout17's misses and false find stood for, with look-alikes.
  @Test func fifthDevSetSpansFoundAndNothingElse() throws {
    let (count, score) = try Self.score("order-numbers-dev5.txt")
    #expect(count >= 100 && score.orderSpans >= 50)
    #expect(score.orderRecall >= 0.99)
    #expect(score.orderExtractedRight == score.orderExtracted)
  }

  /// The sixth dev set (a new author, branch orddev6, and branch ord36's lines): references with no cue or after
  /// other nouns, look-alikes named as refund, agent, ticket and other numbers. Four references stay missed
  /// ("item"/"transaction" numbers, "checking in on my stuff, N", "money back for …"; docs/INTENTS.md, branch
  /// ord37), so its floor is 96%.
  @Test func sixthDevSetSpansFoundAndNothingElse() throws {
    let (count, score) = try Self.score("order-numbers-dev6.txt")
    #expect(count >= 190 && score.orderSpans >= 125)
    #expect(score.orderRecall >= 0.96)
    #expect(score.orderExtractedRight == score.orderExtracted)
  }

  /// The seventh dev set (a new author, branch orddev7): several orders a message, spaced groups, item and line
  /// ids, money and units beside orders, carriers' tracking forms, refund, RMA and ticket references. Eleven
  /// references stay missed (docs/INTENTS.md, branch ord37), so its floor is 90%.
  @Test func seventhDevSetSpansFoundAndNothingElse() throws {
    let (count, score) = try Self.score("order-numbers-dev7.txt")
    #expect(count >= 165 && score.orderSpans >= 120)
    #expect(score.orderRecall >= 0.90)
    #expect(score.orderExtractedRight == score.orderExtracted)
  }
}
