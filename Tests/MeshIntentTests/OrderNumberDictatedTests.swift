import Testing
import MeshIntent

/// Round 8 of issue 12's order-number forms (branch ord41, from commerce-heldout25's order-number misses and false
/// finds, read as a dev set from this round, and heldout24's and the live chat's open forms): digits and a shop's
/// prefix read out to voice typing, an order's number by its last digits after "order number", a detail, a parcel or
/// gift wrap asked for an order, a number as its own sentence, a receipt's quantity after a number, a problem with an
/// order; and kept out: a phone after "+", a postcode before a lower-case town, a journey's booking, a utility's
/// reference, a short group after four digits. Both sides of each rule; the messages are not heldout25's.
@Suite struct OrderNumberDictatedTests: OrderSpanReading {
  @Test func digitsReadOutAsWords() {
    #expect(orders("my order number is five five one two zero, where is it") == ["five five one two zero"])
    #expect(orders("order seven oh seven one two three") == ["seven oh seven one two three"])
    // Fewer than five are a count or a choice; no cue, no order number.
    #expect(orders("order two of the blue ones") == [])
    #expect(orders("order one two three four") == [])
    #expect(orders("I counted one two three four five boxes") == [])
  }

  @Test func aPrefixSpelledLetterByLetter() {
    #expect(orders("yes its order o r d 2026 0 0 4 4 1 2 thanks") == ["o r d 2026 0 0 4 4 1 2"])
    #expect(orders("order number W E B 5 5 1 2 0") == ["W E B 5 5 1 2 0"])
    // One letter is an article; letters with too few digits spell no number.
    #expect(orders("I want to order a 2 pack") == [])
    #expect(orders("order a b 12") == [])
  }

  @Test func anOrderNumberByItsLastDigits() {
    #expect(orders("the order number ending in 5531 has not come") == ["5531"])
    #expect(orders("the purchase that ends in 0412 is late") == ["0412"])
    // A card's number stays the card's.
    #expect(orders("card number ending in 5531 was charged") == [])
    #expect(orders("paid with my Visa ending 8812") == [])
  }

  @Test func aDetailOrAParcelForAnOrder() {
    #expect(orders("INVOICE PLEASE 7731") == ["7731"])
    #expect(orders("return label pls 55120") == ["55120"])
    #expect(orders("order details for 66120 please") == ["66120"])
    #expect(orders("change the name on the parcel for 33019 please") == ["33019"])
    // A carrier's long number asked for politely, a year, a parcel's weight, an order word with no detail.
    #expect(orders("tracking please 9400100000000000001") == [])
    #expect(orders("invoice please 2024") == [])
    #expect(orders("a parcel of 12000 grams") == [])
    #expect(orders("i want to order for 20000 people") == [])
  }

  @Test func somethingAddedToAnOrder() {
    #expect(orders("ADD A GIFT NOTE TO 44190 PLEASE") == ["44190"])
    #expect(orders("can you attach the invoice to 551203") == ["551203"])
    // An address, a count or money added to.
    #expect(orders("add my flat number to 10115 berlin") == [])
    #expect(orders("add 2 to 30000 stickers") == [])
    #expect(orders("add it to 20000 euros") == [])
  }

  @Test func aNumberAsItsOwnSentence() {
    #expect(orders("REFUND ME. 44190. TODAY.") == ["44190"])
    #expect(orders("cancel it! 55120!") == ["55120"])
    // A year, a number inside a sentence, or no order in the message.
    #expect(orders("cancel it. 2024. never again") == [])
    #expect(orders("cancel the one to 44190 please") == [])
    #expect(orders("Hello. 44190. Bye.") == [])
  }

  @Test func aReceiptsQuantityAfterTheNumber() {
    #expect(orders("CHARGED TWICE 552019 2 x $49.00") == ["552019"])
    #expect(orders("charged twice 552019 3x £12") == ["552019"])
    // Groups of one number are read by the cue rules only.
    #expect(orders("charged twice 552 019 44") == [])
  }

  @Test func aProblemWithAnOrder() {
    #expect(orders("there is a problem with 771203, please call") == ["771203"])
    #expect(orders("issue with 881204") == ["881204"])
    // A count or a town after it.
    #expect(orders("a problem with 20000 units") == [])
    #expect(orders("an issue with 10115 Berlin deliveries") == [])
  }

  @Test func keptOut() {
    #expect(orders("order 4471203, my new number +44 7700 900123") == ["4471203"])
    #expect(orders("order 5512093, new phone number +1 415 555 0199 for the courier") == ["5512093"])
    #expect(orders("its 80331 munich") == [])
    #expect(orders("its 80331") == ["80331"])
    #expect(orders("my ferry ticket from Dover to Calais, booking KX4Z2Q, refund?") == [])
    #expect(orders("the gas company billed me twice, ref GS-4471-220") == [])
    #expect(orders("my electricity bill ELC-552019 is wrong") == [])
    #expect(orders("my order is late, ref GS-4471-220") == ["GS-4471-220"])
    #expect(orders("order 5531 12 says delivered") == ["5531"])
    #expect(orders("order nr 55 12 09 says delivered") == ["55 12 09"])
    #expect(orders("order 5531 1200 says delivered") == ["5531 1200"])
  }
}
