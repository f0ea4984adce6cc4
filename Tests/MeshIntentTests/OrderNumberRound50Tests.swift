import Testing
import MeshIntent

/// Round 50 of issue 12's order-number forms (branch ord50): order words of languages shop data rarely holds, with
/// their case endings and in scripts the tokenizer splits; a number word opening the message; a change aimed at a bare
/// number; a number after a question; "plz" as please; the numero sign before groups; and the records that are no
/// order (listings, claims, labels, coupons, an amount paid). The messages are not the dev sets'.
@Suite struct OrderNumberRound50Tests: OrderSpanReading {
  @Test func orderWordsWithCaseEndings() {
    #expect(orders("Milloin tilaukseni 5531207 saapuu?") == ["5531207"])
    #expect(orders("Tilauksesta 7719044 puuttuu yksi tuote") == ["7719044"])
    #expect(orders("Mikor érkezik a 6620174 számú rendelésem?") == ["6620174"])
    #expect(orders("Gdzie jest moje zamówienie 4417093?") == ["4417093"])
    #expect(orders("Chtěl bych zrušit objednávku 8830172") == ["8830172"])
    #expect(orders("Kus on minu tellimus 3390271?") == ["3390271"])
    #expect(orders("Nire eskaera 7710382-ren egoera?") == ["7710382"])
    #expect(orders("Vull anul·lar la comanda 4490127") == ["4490127"])
    #expect(orders("Η παραγγελία μου 6613390 δεν έφτασε") == ["6613390"])
  }

  @Test func orderWordsInOtherScripts() {
    #expect(orders("سفارش من 7720194 هنوز نرسیده") == ["7720194"])
    #expect(orders("আমার অর্ডার 5530718 কোথায়?") == ["5530718"])
    #expect(orders("मेरा ऑर्डर 3381920 कब आएगा") == ["3381920"])
    #expect(orders("주문 6610293 언제 와요?") == ["6610293"])
    #expect(orders("คำสั่งซื้อ 4471093 ยังไม่มาค่ะ") == ["4471093"])
    #expect(orders("注文番号は8820193です") == ["8820193"])
    #expect(orders("注文7730912を取り消したい") == ["7730912"])
    #expect(orders("אני רוצה לבטל את ההזמנה 5519027") == ["5519027"])
  }

  @Test func aNumberWordOpeningTheMessage() {
    #expect(orders("nr. 33019274 still nothing, where is it") == ["33019274"])
    #expect(orders("n° 6621740, l'adresse de livraison est fausse") == ["6621740"])
    #expect(orders("Nº 771 209 4 cancelar por favor") == ["771 209 4"])
  }

  @Test func aChangeAimedAtABareNumber() {
    #expect(orders("please swap the colour to green on 4402917") == ["4402917"])
    #expect(orders("could you add a gift note and wrapping paper to 5501836?") == ["5501836"])
    #expect(orders("my voucher was not applied to 7721093, can you fix it") == ["7721093"])
  }

  @Test func aNumberAfterAQuestion() {
    #expect(orders("i ordered two lamps, can you change the quantity? 8830215") == ["8830215"])
  }

  @Test func pleaseWrittenPlz() {
    #expect(orders("where is my order 55301 plz") == ["55301"])
    #expect(orders("any news on 66210 plz") == ["66210"])
  }

  @Test func keptOutAsOtherRecords() {
    #expect(orders("my listing got taken down, its ID LST-330912") == [])
    #expect(orders("I filed a claim with the courier, reference CL-55120") == [])
    #expect(orders("is the LST-77120 jacket still for sale?") == [])
    #expect(orders("i paid 12000 for my order and got nothing") == [])
  }

  @Test func keptOutAsPlacesAndMoves() {
    #expect(orders("PLZ 10115, where is my parcel") == [])
    #expect(orders("please ship my order to 90210 instead") == [])
    #expect(orders("send the parcel to 80331 not to my office") == [])
    #expect(orders("change the delivery address postcode to 55120") == [])
  }

  @Test func keptOutWithoutAnOrder() {
    // The rare languages' words name an order; without one, a number alone is no order's.
    #expect(orders("Minun puhelinnumeroni on 0401234567") == [])
    #expect(orders("change my pin to 55120") == [])
    #expect(orders("no 55120 is not my order") == [])
  }
}
