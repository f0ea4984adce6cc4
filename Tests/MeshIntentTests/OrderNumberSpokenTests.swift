import Testing
import MeshIntent

/// Round 7 of issue 12's order-number forms (branch ord40, from commerce-heldout24's order-number misses and false
/// finds, read as a dev set from this round, and the last round's two open forms): an order named by its last
/// digits, digits dictated one by one, the hash sign read out, a five-digit reply, a question or an ORD code typed
/// onto the cue, vowels dropped from "number"; and kept out: a product's SKU after "my order,", an IMEI, a bank
/// transfer's reference, a hotel's code and a travel site's reservation. Both sides of each rule; the messages are
/// not heldout24's.
@Suite struct OrderNumberSpokenTests: OrderSpanReading {
  @Test func anOrderNamedByItsLastDigits() {
    #expect(orders("the one ending in 5531, where is it") == ["5531"])
    #expect(orders("refund the one that ends in 0412 please") == ["0412"])
    #expect(orders("my order ending with 88120 is late") == ["88120"])
    // A card's, a phone's or a number's last digits are theirs.
    #expect(orders("paid with the card ending in 5531") == [])
    #expect(orders("call me on the mobile ending in 7781") == [])
    #expect(orders("the one ending in 2 is broken") == [])
  }

  @Test func digitsDictatedOneByOne() {
    #expect(orders("please cancel 5 5 1 2 0 today") == ["5 5 1 2 0"])
    #expect(orders("where is my order um 7 7 1 2 0 3") == ["7 7 1 2 0 3"])
    #expect(orders("change the colour on 4 4 1 9 0 to blue") == ["4 4 1 9 0"])
    // A phone dictated so, another kind named before, four digits alone, or no order in the message.
    #expect(orders("my order is late, call me on 0 6 1 2 3 4 5 6 7 8") == [])
    #expect(orders("cancel it, tracking 1 2 3 4 5 6 says nothing") == [])
    #expect(orders("cancel 5 5 1 2 please") == [])
    #expect(orders("I rate you 5 5 5 5 5") == [])
  }

  @Test func theHashSignReadOut() {
    #expect(orders("hash 4 4 7 1 still not here") == ["4 4 7 1"])
    #expect(orders("hashtag 55120 is late") == ["55120"])
    // After another kind's name, or too short for an order.
    #expect(orders("ticket hash 4 4 7 1") == [])
    #expect(orders("hash 12 please") == [])
  }

  @Test func aFiveDigitReply() {
    #expect(orders("yes its 44190") == ["44190"])
    #expect(orders("77120") == ["77120"])
    #expect(orders("it's 66102, the lamp one") == ["66102"])
    // A count, an amount, a postcode or a compact date after or in it.
    #expect(orders("its 10115 Berlin") == [])
    #expect(orders("yes 20000 euros") == [])
    #expect(orders("yes its 1234") == [])
  }

  @Test func aQuestionOrACodeTypedOntoTheCue() {
    #expect(orders("whereismyorder55120") == ["55120"])
    #expect(orders("cancelmyorder77120 pls") == ["77120"])
    #expect(orders("my orderORD-2026-004410was never sent") == ["ORD-2026-004410"])
    // A word that only ends in "order" names none; "ord" in lower case is no shop code.
    #expect(orders("the recorder55120 broke") == [])
    #expect(orders("return the camcorder4000 please") == [])
  }

  @Test func numberWithItsVowelsDropped() {
    #expect(orders("i orderd on monday nmbr 44 19 02, still waiting") == ["44 19 02"])
    #expect(orders("my order nmbr is 551209") == ["551209"])
    // A phone's number stays the phone's.
    #expect(orders("my phone nmbr is 0612345678") == [])
  }

  @Test func productCodesAfterAnOrderWord() {
    #expect(orders("my order, its SKU-4471-B") == [])
    #expect(orders("order EAN-4006381") == [])
    #expect(orders("my order, its WB-4471-C") == ["WB-4471-C"])
  }

  @Test func otherKindsBesideAnOrder() {
    #expect(orders("IMEI 356938035643809, order 55120 arrived broken") == ["55120"])
    #expect(orders("paid by bank transfer reference 20260102-4471 for order #8812") == ["8812"])
    #expect(orders("paid, reference 20260102-4471, for my order") == ["20260102-4471"])
    #expect(orders("my reservation at the hotel is QK55120, can I add a night") == [])
    #expect(orders("Expedia booking 5512-0932, can I cancel") == [])
    #expect(orders("Hotels.com reservation 4471.203.998 please") == [])
    #expect(orders("I ordered a hotel pan set, order 55120") == ["55120"])
  }
}
