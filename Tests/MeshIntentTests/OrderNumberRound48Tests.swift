import Testing
import MeshIntent

/// Round 48 of issue 12's order-number forms (branch ord48): when digits standing alone are an order number. One number
/// of five to twelve digits in a message about an order, a parcel, a return, a refund or a payment counts, unless
/// something marks it as money, a count or unit, a time, a year, a phone, a postcode, a street or flat number, a model,
/// size or SKU, another kind of reference, or it is one of two numbers. The messages are not the dev sets'.
@Suite struct OrderNumberRound48Tests: OrderSpanReading {
  @Test func aLoneNumberInAMessageAboutAnOrder() {
    #expect(orders("i sent back 70164 last week, no money yet") == ["70164"])
    #expect(orders("the payment on 12857 failed twice") == ["12857"])
    #expect(orders("can u check if 93370 shipped yet") == ["93370"])
    #expect(orders("the seller of 69540 never answers me") == ["69540"])
    #expect(orders("it was supposed to come monday whats going on 84915") == ["84915"])
    #expect(orders("change the lamp in 70164 to the blue one before it ships") == ["70164"])
    #expect(orders("wrong postcode on 41958, please fix") == ["41958"])
  }

  @Test func otherLanguagesOrderWords() {
    #expect(orders("gde moy zakaz 81127") == ["81127"])
    #expect(orders("oda yangu 30962 iko wapi") == ["30962"])
    #expect(orders("siparişim nerede 72254") == ["72254"])
    #expect(orders("ich wurde doppelt belastet für 59406") == ["59406"])
    #expect(orders("Παρακαλώ ακυρώστε την παραγγελία 66019") == ["66019"])
  }

  @Test func otherLanguagesOrderWordsRunIntoTheDigits() {
    #expect(orders("pedido88120 todavía no llega") == ["88120"])
    #expect(orders("wanneer komt bestelling4471902?") == ["4471902"])
    #expect(orders("annulez commande55210 svp") == ["55210"])
  }

  @Test func whatTheAgentIsAskedToLookAt() {
    #expect(orders("the order page shows nothing, can you look at 66120") == ["66120"])
    #expect(orders("my parcel is at 66120") == [])
  }

  @Test func aFalseStartCorrected() {
    #expect(orders("is 30918 sorry 30981 shipped") == ["30981"])
    // Two numbers that do not misread each other are no correction: neither is taken.
    #expect(orders("is 30918 sorry 44120 shipped") == [])
  }

  @Test func keptOutAsMoneyOrACount() {
    #expect(orders("the order total was 12000 rupiah") == [])
    #expect(orders("the refund total was 12500, it came broken") == [])
    #expect(orders("my order of 20000 screws is late") == [])
    #expect(orders("we need 25000 units delivered by friday") == [])
    #expect(orders("my order is late, 12000 people complained") == [])
    #expect(orders("the first 30512 arrived") == [])
    #expect(orders("the parcel weighs 12000 g") == [])
    #expect(orders("i ordered a 20000 mah powerbank and it came broken") == [])
  }

  @Test func keptOutAsATimeOrAYear() {
    #expect(orders("my order arrived in 2024 broken") == [])
    #expect(orders("my delivery came 20241203, the box was broken") == [])
  }

  @Test func keptOutAsAPhoneOrAPlace() {
    #expect(orders("call me about my delivery on 55512") == [])
    #expect(orders("deliver my parcel to 10115 please") == [])
    #expect(orders("my zip is 60614 and the parcel never came") == [])
    #expect(orders("the parcel is stuck in Leeds, 44120 hub") == [])
    #expect(orders("delivery to Ohio 43215 takes how long") == [])
    #expect(orders("I'm in 90210, when will my order arrive") == [])
    #expect(orders("shipping to a pickup point, relais 09812, is it free?") == [])
    #expect(orders("the parcel went to 02139 instead") == [])
  }

  @Test func keptOutAsAStreetOrAFlat() {
    #expect(orders("ship my parcel to 12345 Main Street please") == [])
    #expect(orders("my flat is 55120 and the courier couldnt find it") == [])
    #expect(orders("the courier left my parcel at apartment 12011") == [])
  }

  @Test func keptOutAsAModelSizeSkuOrAnotherReference() {
    #expect(orders("the sku 55120 is out of stock, cancel it") == [])
    #expect(orders("model 44120 arrived broken, i want a refund") == [])
    #expect(orders("ups 55120 says delivered but nothing came") == [])
    #expect(orders("my ticket 55120 about the refund has no answer") == [])
    #expect(orders("forgot to press shipped on my sale 88410") == [])
    #expect(orders("the delivery page says error 55120") == [])
    #expect(orders("the water company says my meter reading 00441 is wrong") == [])
  }

  @Test func keptOutAsOneOfSeveralNumbers() {
    #expect(orders("the parcel came with 44120 and 55871 on the label") == [])
    #expect(orders("refund came for 30512 but 7731 is still open") == [])
  }

  @Test func keptOutWithoutAnOrderTopic() {
    #expect(orders("my lucky number is 55120") == [])
    #expect(orders("the population is 55120") == [])
  }

  @Test func aTripsCodeAfterItsBookingCue() {
    #expect(orders("I booked a hotel on another site, confirmation HT-55019, they lost it") == [])
    #expect(orders("my order confirmation HT-55019 never came") == ["HT-55019"])
  }
}
