import Testing
import MeshIntent

/// Order references in the forms of shops and platforms worldwide (issue 12, branch ordnum32, dev set
/// `order-numbers-dev3.txt`): "order" in other languages, a letter prefix glued by a dot or slash or set one
/// space before digit groups, a ticket office's slash suffix, dotted digit groups, PrestaShop's nine capitals,
/// store codes, "P.O.", a corrected number; and the look-alikes each of those rules must leave alone.
@Suite struct OrderNumberWorldwideTests: OrderSpanReading {
  @Test func orderInOtherLanguages() {
    #expect(orders("bestelnummer 2039918475 nog niet ontvangen") == ["2039918475"])
    #expect(orders("my ordernummer is 5520193, no tracking yet") == ["5520193"])
    #expect(orders("numer zamówienia PL-20241129-0419 nie dotarło") == ["PL-20241129-0419"])
    #expect(orders("nomor pesanan 241203QW7KD9PZ belum sampai") == ["241203QW7KD9PZ"])
    #expect(orders("siparis numaram 3318820441") == ["3318820441"])
    #expect(orders("objednávka č. 2024001193 nedorazila") == ["2024001193"])
    #expect(orders("encomenda n.º PT12039984 ainda não chegou") == ["PT12039984"])
    #expect(orders("заказ номер 4418820 где") == ["4418820"])
    // An elided article glued to the word: Italian and French.
    #expect(orders("annulla l'ordine IT2024-55120") == ["IT2024-55120"])
    #expect(orders("où est l’ordre 88120?") == ["88120"])
    #expect(orders("l'adresse 88120 Paris") == [])
    // The other languages' words name an order's number, not a price or a count: "bestelling van 3 stuks".
    #expect(orders("bestelling van 3 dozen") == [])
    #expect(orders("pesanan saya 25 ribu") == [])
  }

  @Test func lettersGluedOrSpacedBeforeDigits() {
    #expect(orders("Google Play order GPA.3312-4567-8901-23456, charged twice") == ["GPA.3312-4567-8901-23456"])
    #expect(orders("Order Details Order No: BK/2024/33812 Items: 2") == ["BK/2024/33812"])
    #expect(orders("order number ABC 123 456 please check") == ["ABC 123 456"])
    #expect(orders("Order no A 1120 3382 where?") == ["A 1120 3382"])
    #expect(orders("Ord. 2024/118822 still not dispatched") == ["2024/118822"])
    // Another number's prefix, a currency, or a count after the groups: not an order's reference.
    #expect(orders("order SKU 12 34 56 again") == [])
    #expect(orders("order EUR 1 299 total") == [])
    #expect(orders("order A 12 34 boxes") == [])
    // Two numbers joined by a slash are still two orders; a year and a serial are one.
    #expect(orders("orders 88213/88214 both late") == ["88213", "88214"])
  }

  @Test func slashSuffixesAndDottedGroups() {
    #expect(orders("Order # 37-52183/UK - the tickets have not arrived") == ["37-52183/UK"])
    #expect(orders("my ticket order 41-88230/LON says processing") == ["41-88230/LON"])
    #expect(orders("Bestellnummer 12.345.678 - wann kommt das Paket?") == ["12.345.678"])
    #expect(orders("Bestellnummer: 1.220.334 bitte prüfen") == ["1.220.334"])
    // A date, a version, money and a link's path keep their readings.
    #expect(orders("order from 03.12.2024 not here") == [])
    #expect(orders("order page crashes on version 2.14.3") == [])
    #expect(orders("order 1.299.000 VND total") == [])
    #expect(orders("ticket #88120/UK still open") == [])
  }

  @Test func prestaShopReferences() {
    #expect(orders("Order XKBKNABJK - can I change the delivery address?") == ["XKBKNABJK"])
    #expect(orders("PrestaShop reference QWERTYABC, not shipped") == ["QWERTYABC"])
    // English words in capitals have vowels; shouting is not a reference.
    #expect(orders("ORDER CANCELLED? I never asked for that") == [])
    #expect(orders("my order DELIVERED but empty") == [])
    #expect(orders("my flight booking ABCDEFGHI") == [])
  }

  @Test func storeCodesWithoutACue() {
    #expect(orders("Best Buy BBY01-806541234567 pickup not ready") == ["BBY01-806541234567"])
    #expect(orders("SHP-20931-UK status") == ["SHP-20931-UK"])
    #expect(orders("refund not received for W-3328811") == ["W-3328811"])
    // A postcode with its country letter, a model, a customer's or a transaction's code stay unread.
    #expect(orders("deliver to D-80331 München please") == [])
    #expect(orders("can you ship to A-1010 Wien?") == [])
    #expect(orders("is the SM-A546B available") == [])
    #expect(orders("my customer number is K-1182093") == [])
    #expect(orders("transaction TXN-2210398-UK failed") == [])
    #expect(orders("is SKU-22019-BLK back in stock") == [])
  }

  @Test func purchaseOrderAbbreviation() {
    #expect(orders("P.O. No. 88123: please add 20 more boxes") == ["88123"])
    #expect(orders("please cancel p.o. 77120-B") == ["77120-B"])
    // A lone "o" is no cue.
    #expect(orders("o 55120 what") == [])
  }

  @Test func correctedNumbers() {
    // Only the number meant in the end is an order (ord45: the data sets' convention); the misread one is none.
    #expect(orders("order 10293847, sorry I meant 10293874") == ["10293874"])
    #expect(orders("cancel 77120 - no wait, it's 77210") == ["77210"])
    #expect(orders("order 55102 (typo, it's 55120) where is it") == ["55120"])
    #expect(orders("order AB-22910 oops typo, AB-22901") == ["AB-22901"])
    // No correction word, another shape, or a count: the second number is not a reference.
    #expect(orders("order 10293847, delivered to 10115") == ["10293847"])
    #expect(orders("order 10293847, sorry I meant 2 items") == ["10293847"])
    #expect(orders("order 10293847 sorry, call 0612345678") == ["10293847"])
    #expect(orders("tracking 1Z999AA10123456784 sorry I meant 1Z999AA10123456785") == [])
  }

  @Test func weakCuesAndChasing() {
    #expect(orders("Ref: 2024-11-8812") == ["2024-11-8812"])
    #expect(orders("hi its me again about 5518820") == ["5518820"])
    // A date after "ref", and bare digits after "ref" in a message not about an order, stay unread.
    #expect(orders("Ref: 2024-11-28") == [])
    #expect(orders("ref 88120934") == [])
    // A payment provider's reference is the payment's, in a message about an order too.
    #expect(orders("paid with Klarna, reference 4410-2291-0038, is my order paid?") == [])
  }

  @Test func aLetterCodeBeforeAVerbInS() {
    // The last resort reads a one-letter code before a verb in -s; digits before a plural stay a count.
    #expect(orders("the parcel for R229103847 says delivered but nothing here") == ["R229103847"])
    #expect(orders("my delivery of 250000 stickers is late") == [])
  }

  @Test func countsAfterAVerbCue() {
    #expect(orders("I'd like to order 500 business cards, 350gsm") == [])
    #expect(orders("I want to order 300 paper cups and 300 lids") == [])
    // The noun "order" before a number and a verb is still a reference: "order 8812 status changed".
    #expect(orders("my order 88120 still shows pending") == ["88120"])
  }
}
