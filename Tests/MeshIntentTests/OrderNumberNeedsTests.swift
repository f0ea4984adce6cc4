import Testing
import MeshIntent

/// Order-number forms probed beside the needs' dev set (`commerce-needs-dev.txt`, branch nluheld9): a phone
/// or postcode a few words before "order" is not taken for the order number that "order" names.
@Suite struct OrderNumberNeedsTests: OrderSpanReading {
  @Test func phoneOrPostcodeBeforeAnOrderCueIsNotAnOrder() {
    #expect(orders("call me on 0612345678 about order 700128") == ["700128"])
    #expect(orders("my zip is 90210, order 700129") == ["700129"])
    #expect(orders("reach me on whatsapp 07911123456 regarding the order 700130") == ["700130"])
    #expect(orders("postal code 75011 for order 700131") == ["700131"])
  }

  @Test func numberBeforeItsOrderCueIsStillFound() {
    // Another number between the blocker and this one ends the look back: it is the customer's order.
    #expect(orders("I paid $40 and 4471203 is my order number") == ["4471203"])
    #expect(orders("4471203 is my order number") == ["4471203"])
    #expect(orders("hi, 5520231 is the order, my phone is 0612345678") == ["5520231"])
  }
}

extension OrderNumberNeedsTests {
  @Test func whereTheNumberWasReadDoesNotEndTheSearch() {
    #expect(orders("the order number on the receipt is 552221") == ["552221"])
    #expect(orders("order no. in my email: 552222") == ["552222"])
    #expect(orders("order number from the confirmation 552223, not arrived") == ["552223"])
    // Without a number word before it the phrase is the customer's own: "order on the app 3 days ago".
    #expect(orders("I placed the order on the app 3 days ago") == [])
    #expect(orders("order number on the receipt is missing") == [])
  }
}

extension OrderNumberNeedsTests {
  @Test func spanishAndDutchCuesAndNumbered() {
    #expect(orders("orden 4471231 no llega") == ["4471231"])
    #expect(orders("bestelling 4471232 is niet aangekomen") == ["4471232"])
    #expect(orders("the order numbered 4471224") == ["4471224"])
    // A count after the cue stays a count.
    #expect(orders("orden 2 camisetas") == [])
  }
}
