import Testing
import MeshIntent

/// Round 10 of issue 12's order-number forms (branch ord42, from order-numbers-dev9's misses and false finds): numbers
/// read aloud to a voice assistant (digit words with "o"/"oh", "double", "dash" groups, a spelt prefix; after a cue, a
/// said hash, as a whole answer, in an order's own shape, said again), ranges, links' paths, the shop's papers, one of
/// several orders picked by a word, short replies listing sibling numbers; kept out: a corrected misreading, a payment's
/// reference, a seller's sale, a product before "from order N". Both sides of each rule; the messages are not dev9's.
@Suite struct OrderNumberReadAloudTests: OrderSpanReading {
  func values(_ text: String) -> [String] {
    EntityExtractor().extract(from: text).filter { $0.type == "order_number" }.map(\.value)
  }

  @Test func readAloudAfterACue() {
    #expect(orders("my order number is three three o one two two o nine") == ["three three o one two two o nine"])
    #expect(orders("change the size on order double seven one zero five please") == ["double seven one zero five"])
    #expect(orders("cancel order two one four dash one nine four one six eight one dash eight two seven two two three one")
            == ["two one four dash one nine four one six eight one dash eight two seven two two three one"])
    #expect(orders("the order is k as in kilo four one eight eight two o four five seven")
            == ["k as in kilo four one eight eight two o four five seven"])
    #expect(orders("order number ord two o two six o o o four one two") == ["ord two o two six o o o four one two"])
    // Four after a number word; four after "order" alone are a count or a choice, and a quantity goes on past them.
    #expect(orders("the order number is one one eight two") == ["one one eight two"])
    #expect(orders("order one two three four") == [])
    #expect(orders("order five five hundred mugs") == [])
    #expect(orders("order two of the blue ones") == [])
  }

  @Test func theValueIsTheNumberSaid() {
    #expect(values("my order number is six o nine one four") == ["60914"])
    #expect(values("yeah its o r d dash two o two six dash o o o eight one three") == ["ORD-2026-000813"])
    #expect(values("order double four seven oh five") == ["44705"])
  }

  @Test func readAloudAfterTheHashSaidOrAsTheAnswer() {
    #expect(orders("hash two o four three please") == ["two o four three"])
    #expect(orders("its k nine o two one one four seven three six k for kilo") == ["k nine o two one one four seven three six"])
    #expect(orders("number nine one three one two i said nine one three one two") == ["nine one three one two", "nine one three one two"])
    // A ticket's hash, two digits, a zip, a phone named after the digits, a different number said after.
    #expect(orders("ticket hash one two three four") == [])
    #expect(orders("hash one two") == [])
    #expect(orders("my zip is nine four one o seven") == [])
    #expect(orders("its oh seven seven oh nine double one four three two two call me") == [])
    #expect(orders("order number nine one three one two not nine one three one three") == ["nine one three one two"])
  }

  @Test func readAloudInAnOrdersOwnShape() {
    #expect(orders("i have two orders one is one one four dash five five one o two eight three dash four four one nine o two seven")
            == ["one one four dash five five one o two eight three dash four four one nine o two seven"])
    #expect(orders("refund for o d nine nine eight eight one one two two three three four four five five six six seven seven")
            == ["o d nine nine eight eight one one two two three three four four five five six six seven seven"])
    // A phone said aloud has no such shape; a carrier's number read out is not split into a second reading.
    #expect(orders("the driver called me from oh seven seven oh nine double one four three two two") == [])
    #expect(orders("tracking number one z nine nine nine a a one o one two three four five six seven eight four") == [])
  }

  @Test func rangesLinksAndTheShopsPapers() {
    #expect(orders("orders #3043-3045 came from one checkout") == ["3043", "3045"])
    #expect(orders("mystore.io/account/orders/2043 asks me to log in") == ["2043"])
    #expect(orders("sellerhub.example.com/orders/view/3390812799") == ["3390812799"])
    #expect(orders("the number on the receipt is W557100399") == ["W557100399"])
    #expect(orders("the number from the confirmation text was 1000238841207799") == ["1000238841207799"])
    // One number's groups, years, a product's page, a count in a path, a phone on the receipt.
    #expect(orders("order #4471-2209") == ["4471-2209"])
    #expect(orders("orders #2025-2026") == ["2025-2026"])
    #expect(orders("shop.example.com/products/55213/reviews") == [])
    #expect(orders("shop.com/orders/2") == [])
    #expect(orders("my phone number on the receipt is 07700900123") == [])
  }

  @Test func oneOfSeveralAndSiblingReplies() {
    #expect(orders("the second one 5571-2209") == ["5571-2209"])
    #expect(orders("the older of the two, W902114799") == ["W902114799"])
    #expect(orders("the one i want gone is 60977") == ["60977"])
    #expect(orders("it's 88177, the jacket one") == ["88177"])
    #expect(orders("all of them, 77140 77141 77142, nothing arrived") == ["77140", "77141", "77142"])
    #expect(orders("60977/60978") == ["60977", "60978"])
    // A partial number, a count, a phone's, money.
    #expect(orders("its the one ending 8812") == [])
    #expect(orders("the second one is 2 sizes too small") == [])
    #expect(orders("call 55512 or 55513") == [])
    #expect(orders("is it 10000 or 10050 yen") == [])
  }

  @Test func otherReferencesBesideAnOrder() {
    #expect(orders("oh wait its #2043 not 2034, typo") == ["2043"])
    #expect(orders("cancel 6630112 and 6630118 but not 6630125") == ["6630112", "6630118", "6630125"])
    #expect(orders("Payment received for order 3390812799 - Reference PAY-77199") == ["3390812799"])
    #expect(orders("Is there any update on my order? Ref REF-009999") == ["REF-009999"])
    #expect(orders("my sale SR-88299 is linked to buyer order ORD-2025-007799") == ["ORD-2025-007799"])
    #expect(orders("order SR-88299 never came") == ["SR-88299"])
    #expect(orders("is the WH-1000XM5 from order 12-09876-54399 still in stock") == ["12-09876-54399"])
    #expect(orders("4471299 is my order number") == ["4471299"])
    #expect(orders("the customer for OD998811223344556699 is asking for an invoice") == ["OD998811223344556699"])
    #expect(orders("customer number OD998811223344556699") == [])
    #expect(orders("order 3377 shows paid") == ["3377"])
    #expect(orders("order 2 pairs") == [])
  }
}
