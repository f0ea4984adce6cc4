import Testing
import MeshIntent

/// Round 4 of issue 12's order-number forms (branch ord38, from order-numbers-dev8's misses and false finds): the
/// layouts shops print retyped (dots or spaced dashes between a marketplace's groups, O and l for 0 and 1, a long
/// number in fives with a shorter rest, four-digit groups with a one-digit tail, a capital glued to the first
/// group, four digits spelled one by one), short Shopify-like codes after an order verb, "return" as the verb
/// before a store code, Mercado Libre's "compra", and the other references each rule must leave alone: a carrier's
/// number after its name, a payment system's, a delivery's and a booking's reference. The messages are not dev8's.
@Suite struct OrderNumberPrintedFormsTests: OrderSpanReading {
  @Test func marketplaceGroupsRetyped() {
    #expect(orders("my order is 203.4471920.5521093, any news?") == ["203.4471920.5521093"])
    #expect(orders("order 203 - 4471920 - 5521093 still missing") == ["203 - 4471920 - 5521093"])
    #expect(orders("amazon 2O3-447192O-552l093 never came") == ["2O3-447192O-552l093"])
    // Two dotted groups are a decimal; groups of other lengths, or mostly letters, are no marketplace layout.
    #expect(orders("order 15.4471920 dollars") == [])
    #expect(orders("the code is lol-IIOOlIl-Illlooo") == [])
    #expect(orders("call 555 - 0147 - 1234 about it") == [])
  }

  @Test func longNumberInPrintedGroups() {
    #expect(orders("order 12345 67890 1234 is late") == ["12345 67890 1234"])
    #expect(orders("walmart order 2000 4417 9920 3 is late") == ["2000 4417 9920 3"])
    #expect(orders("can order 2000 4417 9920 3 be sent on friday") == ["2000 4417 9920 3"])
    // Numbers of one length are a list, and a count after the groups makes the last one a quantity.
    #expect(orders("orders 10019 10020 10021 are late") == ["10019", "10020", "10021"])
    #expect(orders("order 10101 20202 303 pieces") == ["10101", "20202"])
    #expect(orders("order 2000 4417 9920 3 boxes") == ["2000 4417 9920"])
  }

  @Test func capitalGluedToTheFirstGroup() {
    #expect(orders("cancel my order W4 4120 9931") == ["W4 4120 9931"])
    #expect(orders("order A4 500 sheets") == [])
    #expect(orders("order B12 44 55 boxes") == [])
  }

  @Test func fourDigitsSpelledOut() {
    #expect(orders("order number 5 5 1 2 is late") == ["5 5 1 2"])
    // Without a number word four single digits may be anything; five or more stay an order's.
    #expect(orders("order 1 2 3 4 is late") == [])
    #expect(orders("my order number is 9 8 7 6 5") == ["9 8 7 6 5"])
  }

  @Test func shortCodeAfterAnOrderVerb() {
    #expect(orders("cancel SH2291") == ["SH2291"])
    #expect(orders("refund status of sh-4471") == ["sh-4471"])
    #expect(orders("please return sh-2291") == ["sh-2291"])
    // A return's own code, a model before its product, another number's prefix stay out.
    #expect(orders("my return SH2291 was received") == [])
    #expect(orders("cancel RTX4090 card") == [])
    #expect(orders("return label RMA-5512 please") == [])
    #expect(orders("SH2291 is my nickname") == [])
  }

  @Test func returnAsTheVerbBeforeAStoreCode() {
    #expect(orders("return WEB-2291847 please, it's broken") == ["WEB-2291847"])
    #expect(orders("i want to return BK-339102") == ["BK-339102"])
    #expect(orders("my return BK-339102 was received") == [])
  }

  @Test func purchaseInSpanishAndPortuguese() {
    #expect(orders("número de compra 77120034, no llegó") == ["77120034"])
    #expect(orders("compra 2 unidades") == [])
  }

  @Test func carriersAndPaymentSystemsKeepTheirNumbers() {
    #expect(orders("DHL says 5531092 delivered but nothing here") == [])
    #expect(orders("fedex left 5512093, order not here") == [])
    #expect(orders("paid with UPI ref 4412093311, order 5512093") == ["5512093"])
    #expect(orders("order 5512093, the courier number is 07700900456") == ["5512093"])
    #expect(orders("my order 4471203, the carrier number is TBA449120331000") == ["4471203"])
    // The order's parcel, with no carrier named, is still about the order.
    #expect(orders("my parcel is late 3391-220193") == ["3391-220193"])
  }

  @Test func deliveryAndBookingReferencesBesideTheOrder() {
    #expect(orders("order 5512093, delivery reference DR-55120") == ["5512093"])
    #expect(orders("my order, delivery reference D-882913") == [])
    #expect(orders("order 4471203, reservation number 5512093") == ["4471203"])
    #expect(orders("my order 4471203, booking number 5512093 for the delivery slot") == ["4471203"])
    // A reference of no other kind, and a booking with no order number before it, are the order's.
    #expect(orders("order 5512093, reference AB-55120") == ["5512093", "AB-55120"])
    #expect(orders("order placed, reservation number 4471203") == ["4471203"])
  }
}
