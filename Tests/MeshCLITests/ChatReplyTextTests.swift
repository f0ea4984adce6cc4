@testable import MeshCLI
import Testing

/// `mesh chat`'s printing of a streamed reply: a search's numbered product lines give way to its cards,
/// everything else prints as it arrives and in order.
@Suite struct ChatReplyTextTests {
  /// Feeds `text` in pieces of `size` characters; returns what was printed while streaming and at the end.
  func print(_ text: String, pieces size: Int, cards: [String]) -> (streamed: String, total: String) {
    var printer = ChatReplyText()
    var streamed = ""
    var rest = Substring(text)
    while !rest.isEmpty {
      streamed += printer.append(String(rest.prefix(size)))
      rest = rest.dropFirst(size)
    }
    return (streamed, streamed + printer.finish(cardTitles: cards))
  }

  @Test func aSearchsProductLinesAreLeftToItsCards() {
    let text = "Here is what I found for \"shoes\" in black:\n1. Trail Runner 2: €89.90\n2. City Boot: €120.00"
    for size in [1, 3, 7, text.count] {
      let printed = print(text, pieces: size, cards: ["Trail Runner 2", "City Boot"])
      #expect(printed.streamed == "Here is what I found for \"shoes\" in black:\n", "pieces of \(size)")
      #expect(printed.total == "Here is what I found for \"shoes\" in black:\n", "pieces of \(size)")
    }
  }

  @Test func numberedLinesThatAreNotCardsAndWhatFollowsThemArePrintedInOrder() {
    let text = "Steps:\n1. Pack it\n2. Ship it\nThat's all."
    #expect(print(text, pieces: 2, cards: []).total == text)
    // Only the lines that are the cards go; a line after the list stays, after it.
    let mixed = "Found:\n1. Lamp: €10.00\n10 days to return.\nAnything else?"
    #expect(print(mixed, pieces: 4, cards: ["Lamp"]).total == "Found:\n10 days to return.\nAnything else?")
  }

  @Test func textWithoutANumberedLineStreamsAsItComes() {
    let text = "Order ORD-100019 is paid. 2. is not a list item mid-line\n42 is a number, not a list"
    let printed = print(text, pieces: 5, cards: [])
    #expect(printed.total == text)
    #expect(printed.streamed.count >= text.count - 2, "held back: \(printed.streamed)")
  }
}
