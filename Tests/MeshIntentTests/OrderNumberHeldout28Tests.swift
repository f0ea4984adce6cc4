import Testing
import MeshIntent

/// Round 12 of issue 12's order-number forms (branch ord45, from commerce-heldout28's misses and false finds, and the
/// data sets' convention that a number the customer corrects is no order): a misread number corrected or denied, a
/// number affirmed against its misreading, a reply set off with "the", a one- or two-letter prefix written apart, a
/// letter and a store digit before the serial, a status word or "for" typed onto the cue, a customer unsure of the
/// number, a refund's reference after its state, a trip's confirmation in the sentence after the trip. Both
/// sides of each rule; the messages are not heldout28's.
@Suite struct OrderNumberHeldout28Tests: OrderSpanReading {
  @Test func theNumberMeantInTheEnd() {
    #expect(orders("order 88120 never came - sorry, it's 81820 not 88120") == ["81820"])
    #expect(orders("my order is 5520193, correction 5502193, still waiting") == ["5502193"])
    #expect(orders("refund for order TX-4410.. actually it's TX-4401, sorry") == ["TX-4401"])
    #expect(orders("its ORD-300412 not ORD-300421, sorry") == ["ORD-300412"])
    #expect(orders("90312. no wait 90321. where is it") == ["90321"])
    // A correction to another number, or no misreading: both may be meant; two orders set apart stay two.
    #expect(orders("order 4471203, sorry I meant 5529910 as well") == ["4471203", "5529910"])
    #expect(orders("cancel 6630112 but not 6630125") == ["6630112", "6630125"])
    #expect(orders("order 4471203 not 4471230 and not 9912003") == ["4471203"])
  }

  @Test func theNumberAffirmedAgainstItsMisreading() {
    #expect(orders("ah sorry, not 5512, its 5521, can you cancel it") == ["5521"])
    #expect(orders("my mistake, the right one is 77310, not 77301") == ["77310"])
    // Numbers that are no misreading, an address's or a postcode's, money, three digits.
    #expect(orders("not 5512, its 8890, can you cancel it") == [])
    #expect(orders("the house number is 1482, not 1428") == [])
    #expect(orders("my postcode is 10115 not 10151") == [])
    #expect(orders("it cost 4410 not 4401 euros") == [])
    #expect(orders("not 551, its 515") == [])
  }

  @Test func aReplySetOffWithThe() {
    #expect(orders("cancel the one from this morning, the 33190") == ["33190"])
    // Not the message's end, another number in it, or a place after.
    #expect(orders("cancel the one from this morning, the 33190 and keep the rest") == [])
    #expect(orders("2 of them came, the 33190") == [])
  }

  @Test func aShortPrefixWrittenApart() {
    #expect(orders("please move order k 33019 to friday") == ["k 33019"])
    #expect(orders("refund for order zt 77120, it came late") == ["zt 77120"])
    #expect(orders("order QP 4410293 status") == ["QP 4410293"])
    // A word, a unit, money, a times sign or another number's prefix between the cue and the digits.
    #expect(orders("my order of rs 55190 was charged twice") == [])
    #expect(orders("order x 20000 units") == [])
    #expect(orders("order to 10115 Berlin") == [])
    #expect(orders("order kg 55120") == [])
    #expect(orders("order rma 55120") == [])
    #expect(orders("my order E 55120 UK is late") == [])
  }

  @Test func aLetterAndAStoreDigitBeforeTheSerial() {
    #expect(orders("cancel B4-55102 please, I ordered twice") == ["B4-55102"])
    #expect(orders("reorder k9-331204 exactly the same") == ["k9-331204"])
    // Four digits are a chip's or a model's, letters after a camera's.
    #expect(orders("the server has an E5-2680 cpu") == [])
    #expect(orders("is the Sony A7-III in stock") == [])
  }

  @Test func wordsTypedOntoTheCue() {
    #expect(orders("orderstatus44120") == ["44120"])
    #expect(orders("cancelfororder55812now") == ["55812"])
    // "for" after a word that is no order verb, and a status word with no digits.
    #expect(orders("lookingfororder55812") == [])
    #expect(orders("orderstatus please") == [])
  }

  @Test func aCustomerUnsureOfTheNumber() {
    #expect(orders("order number might be 55019, not sure") == ["55019"])
    #expect(orders("the order could be 7731204 or so") == ["7731204"])
    // A count or a time after the same words.
    #expect(orders("the order may be 2 days late") == [])
    #expect(orders("order might be 3 boxes") == [])
  }

  @Test func aRefundsReferenceAfterItsState() {
    #expect(orders("you said the refund was processed, ref RF-22019, nothing yet") == [])
    #expect(orders("refund approved, ref 77120934 - when will i see it") == [])
    // A refund asked for an order's reference, and a refund's state with the order after it.
    #expect(orders("refund for ref KX-22019 please") == ["KX-22019"])
    #expect(orders("refund approved for order 77120934?") == ["77120934"])
  }

  @Test func aTripsConfirmationInTheNextSentence() {
    #expect(orders("is my hotel booking in Rome confirmed? confirmation 5512.330.118") == [])
    // The shop's order confirmation after a question about it, and one after a trip with an order word between.
    #expect(orders("did my order go through? confirmation 55120934") == ["55120934"])
    #expect(orders("my flight was late. order confirmation 55120934 never came") == ["55120934"])
  }
}
