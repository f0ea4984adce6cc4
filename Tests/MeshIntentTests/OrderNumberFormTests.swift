import Testing
import MeshIntent

/// Order-number forms that customers write and the held-out commerce messages (issue 12) showed the
/// extractor missing: "purchase 7781", digits spelled one by one, the marketplace's 3-7-7 numbers without
/// a cue, "PO-…", "ORD 2024 118822", and "number …" after an order was mentioned.
@Suite struct OrderNumberFormTests: OrderSpanReading {
  @Test func purchaseIsAnOrderCue() {
    #expect(orders("I need assistance to cancel purchase 12345") == ["12345"])
    #expect(orders("refund for purchase no. 7781 please") == ["7781"])
    // A quantity after "purchase" stays a quantity.
    #expect(orders("i want to purchase 200 pieces") == [])
  }

  @Test func longNumberBeforeAVerbInSIsAnOrder() {
    // Nobody orders 40917 of something: the word after it is a verb, not what is counted.
    #expect(orders("can you tell me when purchase 61230 ships") == ["61230"])
    #expect(orders("let me know when order 5512093 arrives") == ["5512093"])
    #expect(orders("order 00452 leaves today?") == ["00452"])
    // A count a customer could order stays a count.
    #expect(orders("i want to order 250 pens") == [])
    #expect(orders("can i order 1200 bags for the shop") == [])
  }

  @Test func digitsSpelledOneByOne() {
    #expect(orders("my order number is 9 8 7 6 5") == ["9 8 7 6 5"])
    #expect(orders("cancel order number 1 2 3 4 5 6") == ["1 2 3 4 5 6"])
    // Fewer than five single digits are not a number.
    #expect(orders("order 1 2 3 things") == [])
  }

  @Test func marketplaceNumbersWithoutACue() {
    #expect(orders("whats happening with 112-3456789-0123456") == ["112-3456789-0123456"])
    #expect(orders("call 112-345-6789") == [])
  }

  @Test func prefixesWrittenApartOrHyphenated() {
    #expect(orders("I am writing regarding PO-77421, is it ready") == ["PO-77421"])
    #expect(orders("cancel my order pls, its ORD 2024 118822") == ["ORD 2024 118822"])
  }

  @Test func numberAfterAnOrderWasMentioned() {
    #expect(orders("Hello, I placed an order last week (number 4471203) and would like to know when it arrives")
            == ["4471203"])
    #expect(orders("any update on my order? the number is 3318872") == ["3318872"])
    // Someone's phone number after an order is not the order's.
    #expect(orders("my order is late, my number is 5551234, call me") == [])
    #expect(orders("I ordered a phone, phone number 07700900123") == [])
  }
}

extension OrderNumberFormTests {
  @Test func aSingularInSIsNotACount() {
    #expect(orders("change order 88321 address") == ["88321"])
    #expect(orders("order 202411-5567 status?") == ["202411-5567"])
    // A plural still makes the number a quantity.
    #expect(orders("order 200 dresses") == [])
  }
}
