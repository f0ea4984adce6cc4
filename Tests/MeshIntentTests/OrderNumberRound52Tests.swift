import Testing
import MeshIntent

/// Round 52 of issue 12's order-number forms: a long number set off at the end or the start of a message with no
/// word of an order in it, and the look-alikes kept out; and the extractor's first question (`mayHoldReference`), which
/// skips the reference rules for a message with no digit, digit word or code and must not lose a number read aloud or
/// PrestaShop's nine capitals. The messages are not the dev sets'.
@Suite struct OrderNumberRound52Tests: OrderSpanReading {
  @Test func longNumberSetOffWithNoOrderWord() {
    #expect(orders("the charger stopped working after a week, can i get another? 8830921") == ["8830921"])
    #expect(orders("so grateful you fixed it, 66302917") == ["66302917"])
    #expect(orders("7720193 - the colour is not what the photo showed") == ["7720193"])
    #expect(orders("tu peux vérifier stp 5541208 ??") == ["5541208"])
  }

  @Test func setOffLookAlikesKeptOut() {
    // Five digits (a postcode), a postcode after a word of where, a loyalty card, a phone, money.
    #expect(orders("can you hear me? 94110") == [])
    #expect(orders("is cod available for 400001?") == [])
    #expect(orders("my points never moved to the new card, loyalty 55019342") == [])
    #expect(orders("call me back on 5550192 please") == [])
    #expect(orders("that is way too expensive, 120000 €") == [])
    // Another number in its sentence: what that sentence counts.
    #expect(orders("i have 3 of those, 5520917") == [])
  }

  @Test func messagesWithoutNumbersStillGiveSpokenOnesAndCodes() {
    #expect(orders("cancel order number five five three one eight") == ["five five three one eight"])
    #expect(orders("order QWXZKPLMB - not shipped yet") == ["QWXZKPLMB"])
    #expect(orders("where is my parcel, it has been a week") == [])
    #expect(orders("") == [])
  }
}
