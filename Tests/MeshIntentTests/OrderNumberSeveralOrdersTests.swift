import Testing
import MeshIntent

/// Round 3 of issue 12's order-number forms (branch ord37, from order-numbers-dev6's and dev7's misses): several
/// orders in one message (merged "into", set against with "but not", listed with remarks in brackets, written
/// again), spaced groups with a one-digit tail, a random code alone, amounts beside an order number, and the
/// look-alikes each rule must leave alone. The messages are not the dev sets' lines.
@Suite struct OrderNumberSeveralOrdersTests: OrderSpanReading {
  func entities(_ text: String, _ type: String) -> [String] {
    let s = Array(text.unicodeScalars)
    return EntityExtractor().extract(from: text).filter { $0.type == type }.map {
      String(String.UnicodeScalarView(s[$0.start..<$0.end]))
    }
  }

  @Test func ordersMergedIntoAnother() {
    #expect(orders("could you merge order 3310294 into 3310301 please") == ["3310294", "3310301"])
    #expect(orders("combine 7720114 and 7720139, same flat") == ["7720114", "7720139"])
    // "into" before a count or a place is no second order.
    #expect(orders("split order 3310294 into 2 parcels") == ["3310294"])
    #expect(orders("combine 2 boxes into one") == [])
  }

  @Test func orderSetAgainstAnother() {
    #expect(orders("cancel 6630112 and 6630118 but not 6630125") == ["6630112", "6630118", "6630125"])
    // A misreading right after "not" (the same digits swapped, or one changed) is no second order (branch ord43: dev9
    // and dev10 leave it unmarked; a wrong number sends the assistant to a stranger's order); another number is one.
    #expect(orders("order 8841203 (not 8841230, that was a typo) is late") == ["8841203"])
    #expect(orders("order 8841203 (not 5520931, that one is fine) is late") == ["8841203", "5520931"])
    // Another shape, money, or a number named as another kind after "but" stays out.
    #expect(orders("order 8841203 arrived but 3 items were missing") == ["8841203"])
    #expect(orders("order 8841203 arrived but ticket 8841299 is still open") == ["8841203"])
    #expect(orders("order 8841203 was paid but 8841203 dollars is wrong") == ["8841203"])
    #expect(orders("order 8841203 came but not before 2026-12-01") == ["8841203"])
  }

  @Test func orderWrittenAgain() {
    #expect(orders("order 55310 is late - it's 55310, not 55301") == ["55310", "55310"])
    // The same digits named as a return's or a ticket's are theirs.
    #expect(orders("RMA 66120 was approved, can I send back order 66120?") == ["66120"])
    #expect(orders("order 66120, 66120 yen charged") == ["66120"])
  }

  @Test func listWithRemarksInBrackets() {
    #expect(orders("my orders: 41203 (paid), 41217 (pending) and 41230") == ["41203", "41217", "41230"])
    // A bracket that holds a number ends the list.
    #expect(orders("order 41203 (2 items), 41217 boxes") == ["41203"])
  }

  @Test func spacedGroupsWithOneDigitTail() {
    #expect(orders("my order number is 448 120 7") == ["448 120 7"])
    #expect(orders("cancel 448 120 7 please") == ["448 120 7"])
    #expect(orders("refund 44 81 207") == ["44 81 207"])
    // A digit that counts, or groups too short, are not a tail.
    #expect(orders("order 448 120 7 items") != ["448 120 7"])
    #expect(orders("cancel 2 of 3") == [])
  }

  @Test func randomCodeAlone() {
    #expect(orders("K4M9P2X7") == ["K4M9P2X7"])
    #expect(orders("Z8Q3R5T1 - still nothing") == ["Z8Q3R5T1"])
    // Carriers' numbers, model codes, words and codes inside a sentence are not this form.
    #expect(orders("RR123456785GB") == [])
    #expect(orders("XPS9320") == [])
    #expect(orders("HELLO2U") == [])
    #expect(orders("the K4M9P2X7 lamp is broken") == [])
    #expect(orders("UE55CU7100 has a dead pixel") == [])
  }

  @Test func amountBesideAnOrderNumber() {
    #expect(orders("order 7741203 dollars were taken twice") == ["7741203"])
    #expect(orders("order 7741203 $59.00 charged but it says unpaid") == ["7741203"])
    #expect(entities("order 7741203 $59.00 charged but it says unpaid", "money") == ["$59.00"])
    // An amount after "order of", a round figure, or a short one stays money.
    #expect(orders("an order of 1250000 dollars") == [])
    #expect(orders("order 1200000 dollars worth of steel") == [])
    #expect(orders("invoice of 15000 euros please") == [])
    #expect(orders("I see 7741203 dollars pending on my card") == [])
  }

  @Test func carriersNumbersInGroupsStayTracking() {
    #expect(entities("FedEx tracking 7712 3456 7890 shows no movement", "tracking_number") == ["7712 3456 7890"])
    #expect(orders("the royal mail ref is RR 1234 5678 5GB but it is not found") == [])
    #expect(orders("return label for RMA-2026-1187, order PK-30017, prints blank") == ["PK-30017"])
    #expect(orders("RMA-55120 for order 55121, no label") == ["55121"])
    #expect(orders("TCK-200931") == [])
    // A tracking number in short groups before a count stays short.
    #expect(entities("tracking 1234 5678 boxes", "tracking_number") == ["1234"])
  }
}
