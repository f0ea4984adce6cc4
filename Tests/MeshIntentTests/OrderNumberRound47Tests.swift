import Testing
import MeshIntent

/// Round 47 of issue 12's order-number forms (branch ord47, from commerce-voice-dev's transcripts): numbers read aloud
/// in pairs ("ninety one forty four"), digits a recogniser wrote as words that sound like them ("ate", "for"), a reading
/// broken off and started again, digits dictated in other languages; kept out: quantities, prices, times, years and
/// phones said aloud. The span is the words said, the value their digits. The messages are not the dev set's.
@Suite struct OrderNumberRound47Tests: OrderSpanReading {
  func values(_ text: String) -> [String] {
    EntityExtractor().extract(from: text).filter { $0.type == "order_number" }.map(\.value)
  }

  @Test func pairsAfterACue() {
    #expect(orders("hey so can it come sooner its order sixty two eighty one") == ["sixty two eighty one"])
    #expect(values("hey so can it come sooner its order sixty two eighty one") == ["6281"])
    #expect(values("check order thirty one seventy five twenty") == ["317520"])
    #expect(values("the kettle leaks order seventy three fifteen oh") == ["73150"])
    #expect(values("my order number is nineteen eighty four twelve") == ["198412"])
    #expect(values("order number eighty-two forty-one nine") == ["82419"])
  }

  @Test func pairsThatAreNoOrderNumber() {
    // A price, a time, a year and a count said in pairs; one pair alone is a count.
    #expect(orders("i paid for the order forty two ninety nine dollars") == [])
    #expect(orders("order forty two ninety nine dollars was the total") == [])
    #expect(orders("my order came at ten thirty pm yesterday") == [])
    #expect(orders("the order from twenty twenty four never came") == [])
    #expect(orders("order twenty twenty four") == [])
    #expect(orders("an order of twenty four thirty") == [])
    #expect(orders("order forty two please") == [])
    #expect(orders("order twenty five hundred stickers") == [])
  }

  @Test func soundAlikeDigits() {
    #expect(values("order ate four four one nine where is it") == ["84419"])
    #expect(orders("i was charged twice order for six six two oh") == ["for six six two oh"])
    #expect(values("i was charged twice order for six six two oh") == ["46620"])
    // A word that sounds like a digit is one only inside a reading with four real digits.
    #expect(orders("order for two people please") == [])
    #expect(orders("i want to order for eight") == [])
    #expect(orders("order ate two days late") == [])
    #expect(orders("order to one two three") == [])
  }

  @Test func aReadingStartedAgain() {
    #expect(orders("its about the order four five six uh four five six seven seven one") == ["four five six seven seven one"])
    #expect(values("its about the order four five six uh four five six seven seven one") == ["456771"])
    #expect(orders("order two nine sorry two nine three three eight") == ["two nine three three eight"])
    // Another number after the break is no restart of it.
    #expect(orders("order two nine sorry five five three three eight") == [])
  }

  @Test func otherLanguages() {
    #expect(values("donde esta mi pedido cinco cinco tres uno ocho") == ["55318"])
    #expect(values("wo ist meine bestellung vier vier sieben eins null neun") == ["447109"])
    #expect(values("ma commande un deux trois quatre cinq n'est pas arrivée") == ["12345"])
    #expect(values("cancelar a encomenda sete sete três zero dois") == ["77302"])
    #expect(values("где мой заказ восемь один один два семь") == ["81127"])
    // A count or an article before digits in another language is no number.
    #expect(orders("quiero un pedido de dos cajas") == [])
    #expect(orders("ma commande un deux") == [])
  }

  @Test func groupsARecogniserSplit() {
    #expect(orders("order 63 20 7 status") == ["63 20 7"])
    #expect(orders("cancel 51 3 86 please i ordered twice") == ["51 3 86"])
    // A count, a time and a price in short groups; two groups are no number.
    #expect(orders("order 2 4 6 boxes") == [])
    #expect(orders("order 12 30 5 pm") == [])
    #expect(orders("order 63 20") == [])
  }

  @Test func phonesAndQuantitiesSaidAloud() {
    #expect(orders("call me about my order on oh seven seven oh nine double one four three two two") == [])
    #expect(orders("can you ring me at four one five five five five two six seven one about the order") == [])
    #expect(orders("i want to order five five hundred gram bags") == [])
    #expect(orders("my order had twenty four cans and six bottles") == [])
  }
}
