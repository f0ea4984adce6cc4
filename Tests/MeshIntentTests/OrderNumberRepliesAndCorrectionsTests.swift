import Testing
import MeshIntent

/// Round 11 of issue 12's order-number forms (branch ord43, from order-numbers-dev9's leftovers and order-numbers-dev10's
/// misses and false finds): a reply's number set off at its end or given as a sentence of its own, "it's about N", the
/// earlier order repeated ("reorder the same as N"), a picker opening a clause, orders counted before they are listed,
/// the orders one parcel carries, the bot asked about a number, digits dictated in a marketplace's groups, order
/// words about quantities and drivers; kept out: a misreading set right after "not", a support query's
/// hash, a Spanish tracking cue's code. Both sides of each rule; the messages are not the dev sets'.
@Suite struct OrderNumberRepliesAndCorrectionsTests: OrderSpanReading {
  @Test func aReplysNumberSetOffAtItsEnd() {
    #expect(orders("the grey one, the one with the long strap, 3318204") == ["3318204"])
    #expect(orders("i checked the app: 55910") == ["55910"])
    // A phone, a postcode, money or a second number in the message: not a reply's reference.
    #expect(orders("you can reach me on my mobile, 0770090046") == [])
    #expect(orders("the zip code is the new one, 94110") == [])
    #expect(orders("it costs a lot, 12000 dollars") == [])
    #expect(orders("i have 2 of them, 3318204") == [])
    // Not at the end, or a long message.
    #expect(orders("the grey one, 3318204 is what i think it was called") == [])
  }

  @Test func aReplyAsASentenceOfItsOwnThenMore() {
    #expect(orders("that's 4471920. bought it on 12/01 at 10:15") == ["4471920"])
    #expect(orders("yes its 8830127! came yesterday at 3pm") == ["8830127"])
    #expect(orders("that's 4471920. call me on 0161 496 0732") == [])
    #expect(orders("that's 94110. zip code of the new flat") == [])
  }

  @Test func whatTheChatIsAbout() {
    #expect(orders("human please, it's about 66120") == ["66120"])
    #expect(orders("its about 40917") == ["40917"])
    #expect(orders("the price is about 20000") == [])
    #expect(orders("it's about 20000 km from here") == [])
    #expect(orders("i keep going round in circles with the bot about 55102") == ["55102"])
    #expect(orders("the bot about 20 minutes ago said wait") == [])
  }

  @Test func theEarlierOrderRepeated() {
    #expect(orders("reorder the same as 3350 but in blue") == ["3350"])
    #expect(orders("i want to order the same as 55120 again") == ["55120"])
    #expect(orders("order the same as 2024") == [])
    #expect(orders("the same as 3350 people said") == [])
    #expect(orders("is the size the same as 3350 last year") == [])
  }

  @Test func aPickerOpeningAClause() {
    #expect(orders("two parcels. first is 30512, second 30519") == ["30512", "30519"])
    #expect(orders("first 20000 customers get a mug") == [])
    #expect(orders("the first 30512 arrived") == [])
  }

  @Test func ordersCountedBeforeTheyAreListed() {
    #expect(orders("refund both 3381 & 3382 please") == ["3381", "3382"])
    #expect(orders("cancel all 4410, 4411 and 4412") == ["4410", "4411", "4412"])
    #expect(orders("cancel both 2024 and 2025 subscriptions") == [])
  }

  @Test func theOrdersOneParcelCarries() {
    #expect(orders("i got tracking 1Z999AA10123456784 for 55120 and 55121 but only one box") == ["55120", "55121"])
    #expect(orders("i got tracking 1Z999AA10123456784 for 3 days now") == [])
    #expect(orders("i got tracking 1Z999AA10123456784 for 20000 stickers") == [])
  }

  @Test func digitsDictatedInAMarketplacesGroups() {
    #expect(orders("where is 2 0 3 - 5 5 1 2 0 9 3 - 4 4 7 2 2 0 9") == ["2 0 3 - 5 5 1 2 0 9 3 - 4 4 7 2 2 0 9"])
    #expect(orders("ebay 1 2 - 0 9 8 7 6 - 5 4 3 2 1 not here") == ["1 2 - 0 9 8 7 6 - 5 4 3 2 1"])
    // Other groupings are not a marketplace's: a score, a phone said digit by digit.
    #expect(orders("the score was 3 1 - 2 0") == [])
    #expect(orders("call 0 7 7 - 0 0 9 - 0 0 4 6 1") == [])
  }

  @Test func orderWordsForQuantitiesAndDrivers() {
    #expect(orders("can the quantity on 5520931 go up by one") == ["5520931"])
    #expect(orders("the driver with 4410298 never rang") == ["4410298"])
    #expect(orders("the quantity is 4410298 grams") == [])
    #expect(orders("the driver phoned from 4410298") == [])
  }

  @Test func aMisreadingAfterNotIsNoOrder() {
    #expect(orders("my order? i meant 7730415 not 7730451") == ["7730415"])
    #expect(orders("wrong one before, i meant 3319820 not 3319802") == ["3319820"])
    #expect(orders("order 5510293 (not 5510239, my mistake)") == ["5510293"])
    // Two orders told apart: "but not", or numbers that are no misreading of each other.
    #expect(orders("cancel 6630112 but not 6630125") == ["6630112", "6630125"])
    #expect(orders("cancel order 6630112 not 7741290") == ["6630112", "7741290"])
  }

  @Test func aQuerysHashAndASpanishTrackingCode() {
    #expect(orders("about your query #77120, my order is 77210") == ["77210"])
    #expect(orders("pedido 4410982, número de seguimiento ES20931188013") == ["4410982"])
  }
}
