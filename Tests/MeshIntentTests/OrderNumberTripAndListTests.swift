import Testing
import MeshIntent

/// Round 5 of issue 12's order-number forms (branch ord38b, from commerce-heldout22's order-number misses and false
/// finds, read as a dev set from this round): a trip's booking is not a shop's order, numbers listed after another
/// kind's name are all of that kind, "reorder" is what is done with an order, and a one-letter code may be printed
/// in dash-joined groups, a long group may end in a short zero-led one, and a shop's capitals before digit groups follow an order verb as they follow a cue. Both sides of each rule; the messages are not heldout22's.
@Suite struct OrderNumberTripAndListTests: OrderSpanReading {
  @Test func tripBookingIsNoOrder() {
    #expect(orders("can I change the dates of my flight booking 44120987") == [])
    #expect(orders("the hotel reservation 77120345 shows the wrong name") == [])
    #expect(orders("car rental, Avis confirmation 66120398, can I add a driver") == [])
    // Nor is the long number of a message about a trip's booking, which no cue before it names.
    #expect(orders("is 55120937 still valid, the hotel booking confirmation for May") == [])
    // Without a trip named before the cue, or after a sentence end, the booking is the shop's order.
    #expect(orders("my booking 44120987 for the sofa delivery") == ["44120987"])
    #expect(orders("I loved the hotel. Order confirmation 77120345 is still pending") == ["77120345"])
    // Goods named like a trip's parts, or an order word between, leave the number the shop's order.
    #expect(orders("the car seat order confirmation 4471203 never came") == ["4471203"])
    #expect(orders("hotel pan set order confirmation 4471203, when does it ship") == ["4471203"])
    #expect(orders("my dining table booking 4471203 for delivery") == ["4471203"])
  }

  @Test func numbersListedAfterAnotherKind() {
    #expect(orders("charged twice, payment refs PAY77120, PAY77121, PAY77122") == [])
    // Only numbers are skipped: another kind named more than three words back still leaves the code the order's.
    #expect(orders("the transaction was fine but where is WEB118845") == ["WEB118845"])
  }

  @Test func reorderIsAnOrderVerb() {
    #expect(orders("reorder 004471203 please") == ["004471203"])
    #expect(orders("re-order 4471203 for me") == ["4471203"])
    #expect(orders("reorder 20000 labels") == [])
  }

  @Test func capitalsBeforeGroupsAfterAnOrderVerb() {
    #expect(orders("please cancel WO 77 4120 today") == ["WO 77 4120"])
    // One group is a size or a model; money or a count after the groups makes them no reference.
    #expect(orders("return UK 10 please") == [])
    #expect(orders("refund EUR 12 50") == [])
    #expect(orders("cancel AB 12 34 boxes") == [])
  }

  @Test func zeroLedTailAfterALongGroup() {
    #expect(orders("refund please, order 204 5561029 0042") == ["204 5561029 0042"])
    // A tail without its zero counts days or things.
    #expect(orders("order 204 5561029 10 days ago") == ["204 5561029"])
  }

  @Test func oneLetterCodeInGroups() {
    #expect(orders("refund for K66-120-3381 please") == ["K66-120-3381"])
    #expect(orders("cancel R-4471-203") == ["R-4471-203"])
    // One-digit groups or too few digits are no shop's code: a quarter, a short label.
    #expect(orders("refund for Q1-2024 please") == [])
    #expect(orders("cancel B12-44") == [])
  }
}
