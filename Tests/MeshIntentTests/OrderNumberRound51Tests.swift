import Testing
import MeshIntent

/// Round 51 of issue 12's order-number forms (branch ord51): two orders of one sequence listed with no cue, a number the
/// words after it name, a seller naming the buyer's order, Hungarian "rendelés" after its number, and the records and
/// mistyped numbers that are no order. The messages are not the dev sets'.
@Suite struct OrderNumberRound51Tests: OrderSpanReading {
  @Test func siblingOrdersListedWithoutCue() {
    #expect(orders("pls cancel both of them, 5527 and 5528") == ["5527", "5528"])
    #expect(orders("both, 88130 & 88131 - still nothing") == ["88130", "88131"])
    #expect(orders("6610 + 6612, I want to return everything in those") == ["6610", "6612"])
  }

  @Test func siblingLookAlikesKeptOut() {
    #expect(orders("i was charged between 1200 and 1250 for both") == [])
    #expect(orders("cancel both, i ordered in 2023 and 2024 too") == [])
    #expect(orders("both parcels weigh 5527 and 5528 g") == [])
    #expect(orders("call me about both, 5527 and 5528") == [])
  }

  @Test func numberNamedByTheWordsAfterIt() {
    #expect(orders("sorry wrong one: 7730915 is the package that never came") == ["7730915"])
    #expect(orders("55918 is the one i need cancelled") == ["55918"])
  }

  @Test func namedAfterLookAlikesKeptOut() {
    // A carrier's ten digits, a phone, a payment.
    #expect(orders("4471203399 is the parcel dhl lost") == [])
    #expect(orders("0771203 is my phone, the one for the courier") == [])
    #expect(orders("paid 55918 is the order total") == [])
  }

  @Test func sellerNamesTheBuyersOrder() {
    #expect(orders("seller here, the buyer of 6620931 says the lamp is broken") == ["6620931"])
    #expect(orders("the buyer of 5530921 wants a refund, what do I do") == ["5530921"])
    #expect(orders("my buyer on #4419027 wants a refund after 40 days") == ["4419027"])
  }

  @Test func sellersOwnRecordsKeptOut() {
    #expect(orders("payout no. PO-66210 never reached my bank") == [])
  }

  @Test func hungarianOrderWordAfterTheNumber() {
    #expect(orders("Szeretném módosítani a 6630915 rendelés címét") == ["6630915"])
  }

  @Test func mistypedNumberSaidAfterTheRightOne() {
    #expect(orders("my order should be 55129034, i typed 55129043 earlier") == ["55129034"])
    #expect(orders("status of order 8812093 please, i wrongly entered 8812039 yesterday") == ["8812093"])
  }
}
