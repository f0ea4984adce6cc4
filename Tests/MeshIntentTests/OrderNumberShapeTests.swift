import Testing
import MeshIntent

/// Order references found by their structure and weaker cues (branch ordernum10, dev set
/// `order-numbers-dev2.txt`): marketplace digit groups without a cue, however the groups are joined, a
/// short letter prefix before a long digit run, "ref" and "ID", the number that answers "where is my
/// order?" or that a customer chases ("still waiting for 4471203"); and the numbers those rules must leave
/// alone.
@Suite struct OrderNumberShapeTests: OrderSpanReading {
  @Test func marketplaceGroupsWithoutACue() {
    #expect(orders("about 12-55019-30823") == ["12-55019-30823"])
    #expect(orders("status please: D01-8812390-4471162") == ["D01-8812390-4471162"])
    #expect(orders("112 4839201 5573030 late") == ["112 4839201 5573030"])
    #expect(orders("order 112–4839201–5573031 late") == ["112–4839201–5573031"])
    #expect(orders("12 34567 89013 late") == ["12 34567 89013"])
    // The shape says order whatever cue came before: the invoice of an order is asked by its number.
    #expect(orders("I need the invoice of 112-6604218-3390021") == ["112-6604218-3390021"])
    // Other group lengths are not these shapes: a phone and a date stay what they are.
    #expect(orders("call 0800-123-4567 please") == [])
    #expect(orders("delivered 2024-11-03 at noon") == [])
  }

  @Test func prefixedCodesAlone() {
    #expect(orders("where is web118845") == ["web118845"])
    #expect(orders("cancel WEB660120") == ["WEB660120"])
    #expect(orders("I was charged 2 times ($12.49) for WEB-55120") == ["WEB-55120"])
    #expect(orders("(BK-339104)") == ["BK-339104"])
    // A word before names another kind of number, or the prefix is a return's, carrier's or tax number's.
    #expect(orders("my VAT ID is DE811907980") == [])
    #expect(orders("transaction ID TX-88123456 failed") == [])
    #expect(orders("my PayPal ID is PP-88123456") == [])
    #expect(orders("RMA558120 sent back") == [])
    #expect(orders("SKU12345678 available?") == [])
    #expect(orders("gift card GC-88123456 not working") == [])
    // Letters mixed into the digits make a model number; fewer than five digits a flight or a postcode.
    #expect(orders("is the UE55TU7100 in stock") == [])
    #expect(orders("flight LH2041 cancelled") == [])
    // Part of an e-mail address or a link; a full stop after the code ends the sentence.
    #expect(orders("my email is lena12345@gmx.de") == [])
    #expect(orders("see shop.com/web12345 for it") == [])
    #expect(orders("my username is john12345") == [])
    #expect(orders("WEB118846.") == ["WEB118846"])
  }

  @Test func refAndIdAreWeakCues() {
    #expect(orders("ref: QP-77120 any news?") == ["QP-77120"])
    #expect(orders("reference HT4K9Z22 - has it shipped?") == ["HT4K9Z22"])
    #expect(orders("ID: 55012 where is it") == ["55012"])
    #expect(orders("ref X9-22K status") == ["X9-22K"])
    #expect(orders("payment reference 55012334 on the transfer") == [])
    #expect(orders("customer ID 1004823 can't log in") == [])
    #expect(orders("Customer ID: 100482, order ID: 55027") == ["55027"])
    #expect(orders("return reference RMA-558120 please") == [])
    #expect(orders("ref 2024") == [])
    // A word naming another number three words back does not block "… is my order".
    #expect(orders("my discount code didn't work, 4471203 is my order") == ["4471203"])
  }

  @Test func theNumberThatAnswersAQuestionAboutAnOrder() {
    #expect(orders("where is my order? it's 55034") == ["55034"])
    #expect(orders("where is my order?? 55035") == ["55035"])
    #expect(orders("my order? 90210 is my zip") == [])
    #expect(orders("where is my order? call me 0176 5544332") == [])
    #expect(orders("did you get my order? 12 days now") == [])
    #expect(orders("my order!! 12000 dollars") == [])
  }

  @Test func chasingANumberAlreadyGiven() {
    #expect(orders("any news on 4471203?") == ["4471203"])
    #expect(orders("still waiting for 4471204") == ["4471204"])
    #expect(orders("following up on 4471205") == ["4471205"])
    #expect(orders("what about 4471206, it's late") == ["4471206"])
    #expect(orders("any update for 4471209") == ["4471209"])
    // What the number counts, where it is, or money: not an order.
    #expect(orders("waiting for 30000 people to reply") == [])
    #expect(orders("waiting for 10115 Berlin delivery slot") == [])
    #expect(orders("waiting for 12000 dollars from you") == [])
    #expect(orders("it costs about 12000") == [])
  }

  @Test func cuesWrittenOddly() {
    #expect(orders("order nº45017834") == ["45017834"])
    #expect(orders("I would like to cancel the order ord 2024 019920") == ["ord 2024 019920"])
    #expect(orders("the order number I got is 12351") == ["12351"])
    #expect(orders("the order number they gave me: 12350") == ["12350"])
    // A count after the cue, with a word between, stays a count.
    #expect(orders("order 500 more units") == [])
  }
}
