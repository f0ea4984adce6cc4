import Testing
import MeshIntent

/// Round 11 of issue 12's order-number forms (branch ord44, from order-numbers-dev11's misses and false finds): the
/// marketplace layout run into words, subscription codes with a delivery's two digits, the cue's typo glued on, "is" in
/// other languages after a cue, a thing from an order or its box, an order's state asked with "is", a call for a person
/// before the number as a reply; kept out: a business buyer's PO beside the shop's order, a UPS code typed
/// short. Both sides of each rule; the messages are not dev11's.
@Suite struct OrderNumberShopFormatTests: OrderSpanReading {
  @Test func marketplaceLayoutRunIntoWords() {
    #expect(orders("statusof113-2290414-5518209pls") == ["113-2290414-5518209"])
    #expect(orders("refundfor12-44102-90331asap") == ["12-44102-90331"])
    // Other groups run into words: a phone's, and a digit glued on before that makes the first group four long.
    #expect(orders("callme020-7946-0018pls") == [])
    #expect(orders("serial9113-2290414-5518209x") == [])
  }

  @Test func subscriptionCodesAndTheCuesTypoGluedOn() {
    #expect(orders("skip the next box of SUB-5520-04 please") == ["SUB-5520-04"])
    #expect(orders("my repeat order RO-88120-03 has not come") == ["RO-88120-03"])
    #expect(orders("whens ordr55120 coming") == ["55120"])
    #expect(orders("meine Bestellnummer ist 5520-0041-17, wo ist das Paket") == ["5520-0041-17"])
    #expect(orders("mi pedido es 44120") == ["44120"])
    // A year and a month, two digits too few, a product's code.
    #expect(orders("the plan SUB-2025-11 changed") == [])
    #expect(orders("voucher XM-771-02 expired") == [])
    #expect(orders("SKU-4471-22 is out of stock") == [])
    #expect(orders("meine Bestellung ist 3 Tage zu spät") == [])
  }

  @Test func aThingFromAnOrderOrItsBox() {
    #expect(orders("sent back the blue kettle from 55913 (leaking), when is my money back") == ["55913"])
    #expect(orders("the parcel for 44180 came open and a cup was missing") == ["44180"])
    #expect(orders("is 55120 shipped yet?") == ["55120"])
    // A call or a refund from a number, a place, a range, a box for a place, a count, no "the" or "my".
    #expect(orders("the call from 0161 496 0732 was about my refund") == [])
    #expect(orders("the refund from 55120 never came") == [])
    #expect(orders("the bus from 10115 Berlin was late") == [])
    #expect(orders("the shoes from 10000 - 20000 are the price range") == [])
    #expect(orders("the box for 60614 Chicago was lost") == [])
    #expect(orders("bought shoes from 55120 stores") == [])
    #expect(orders("is 55120 the right postcode?") == [])
  }

  @Test func aReplyWithAPersonCalledFor() {
    #expect(orders("agent please. 4471209") == ["4471209"])
    #expect(orders("human pls 55120") == ["55120"])
    // Four digits stay short for a reply (`OrderNumberSpokenTests`), a count or an amount after the number.
    #expect(orders("agent please 1187") == [])
    #expect(orders("human please, 3 items missing") == [])
    #expect(orders("agent 20000 euros") == [])
  }

  @Test func aBuyersPurchaseOrderAndAShortUPSCodeKeptOut() {
    #expect(orders("cancel order W-2291-4471, our PO number PO-55120 for accounting") == ["W-2291-4471"])
    #expect(orders("order 4471203, PO 4500119920 on our side") == ["4471203"])
    #expect(orders("order #2291 tracking says wrong number 1Z4X9V20331188") == ["2291"])
    // A PO alone, and a pre-order's PO code, are the order's.
    #expect(orders("PO 4500119920 delivery date?") == ["4500119920"])
    #expect(orders("cancel the pre-order PO-55120 please") == ["PO-55120"])
  }
}
