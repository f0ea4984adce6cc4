import Testing
import MeshIntent

@Suite struct EntityExtractorTests {
  let extractor = EntityExtractor()

  func entities(_ text: String, search: Bool = false) -> [String] {
    extractor.extract(from: text, searchPhrase: search).map { e in
      let s = Array(text.unicodeScalars)
      var view = String.UnicodeScalarView()
      view.append(contentsOf: s[e.start..<e.end])
      return "\(e.type)=\(e.value)@\(String(view))"
    }
  }

  @Test func searchPhrase() {
    #expect(entities("red running shoes under $50", search: true) == [
      "colour=red@red", "query=running shoes@running shoes", "price_max=50 USD@under $50", "money=50 USD@$50",
    ])
    #expect(entities("show me laptops between 500 and 800 dollars", search: true) == [
      "query=laptops@laptops", "price_min=500 USD@between 500", "price_max=800 USD@between 500 and 800 dollars",
      "money=800 USD@800 dollars",
    ])
    #expect(entities("im looking for a black leather jacket size M", search: true) == [
      "colour=black@black", "query=leather jacket@leather jacket", "size=M@M",
    ])
  }

  @Test func productWordsAfterThePhraseAreKept() {
    func query(_ text: String) -> String? {
      extractor.extract(from: text, searchPhrase: true).first { $0.type == "query" }?.value
    }
    // Materials, uses and whom it is for, after "for", "with", "that", "who"; words with no product meaning dropped.
    #expect(query("something for men with leather") == "men leather")
    #expect(query("a gift for my dad who likes fishing") == "gift men fishing")
    #expect(query("looking for a present for my wife, she loves gardening") == "present women")
    #expect(query("anything for camping?") == "camping")
    #expect(query("i need something with a hood") == "hood")
    #expect(query("boots that are waterproof in size 42") == "boots waterproof")
    #expect(query("a lamp for the kitchen by friday") == "lamp kitchen")
    // Colours, prices and sizes stay their own entities; the phrase alone is as before.
    #expect(query("a jacket for hiking in red under $80") == "jacket hiking")
    #expect(query("im looking for a black leather jacket size M") == "leather jacket")
    #expect(query("do you have it in red") == "it")
    #expect(query("is the first one in stock?") == "first one")
  }

  @Test func sizesAndBrands() {
    #expect(entities("nike air max 90 white size EU 42", search: true) == [
      "brand=nike@nike", "query=nike air max 90@nike air max 90", "colour=white@white", "size=EU 42@EU 42",
    ])
    #expect(entities("levi's 501 W30 L32", search: true).filter { $0.hasPrefix("size") || $0.hasPrefix("brand") }
            == ["brand=levi's@levi's", "size=W30 L32@W30 L32"])
    #expect(entities("calvin klein jeans 32/32 in xl", search: true).filter { !$0.hasPrefix("query") }
            == ["brand=calvin klein@calvin klein", "size=32/32@32/32", "size=XL@xl"])
  }

  @Test func amountsInBothStyles() {
    #expect(entities("it was €1.299,00 not $1,299.99") == ["money=1299.00 EUR@€1.299,00", "money=1299.99 USD@$1,299.99"])
    #expect(entities("refund 45,50 EUR") == ["money=45.50 EUR@45,50 EUR"])
    #expect(entities("i paid 2.500 €") == ["money=2500 EUR@2.500 €"])
  }

  @Test func wholeAddresses() {
    #expect(entities("ship it to 742 Evergreen Terrace, Springfield, IL 62704 please") ==
            ["address=742 Evergreen Terrace, Springfield, IL 62704@742 Evergreen Terrace, Springfield, IL 62704"])
  }

  @Test func referenceNumbers() {
    #expect(entities("where is my order #123456") == ["order_number=123456@123456"])
    #expect(entities("cancel ORD-20931 please") == ["order_number=ORD-20931@ORD-20931"])
    #expect(entities("tracking number 1Z999AA10123456784 is stuck") ==
            ["tracking_number=1Z999AA10123456784@1Z999AA10123456784"])
    #expect(entities("resend invoice INV-2024-00123") == ["invoice_number=INV-2024-00123@INV-2024-00123"])
  }

  @Test func moneyQuantitiesDates() {
    #expect(entities("i was charged €45.50 twice") == ["money=45.50 EUR@€45.50"])
    #expect(entities("it costs 1,299.99 USD") == ["money=1299.99 USD@1,299.99 USD"])
    #expect(entities("add 2 pairs to my cart") == ["quantity=2@2"])
    #expect(entities("i need three of the red mugs") == ["quantity=3@three"])
    #expect(entities("deliver it next friday or on 2024-05-01") == ["date=next friday@next friday",
                                                                    "date=2024-05-01@2024-05-01"])
    #expect(entities("ordered on march 3rd, 2025") == ["date=march 3rd, 2025@march 3rd, 2025"])
    #expect(entities("size 10 iphone 15") == [])
  }

  @Test func contactsAndPlaces() {
    #expect(entities("mail me at ann@example.com or call +44 20 7946 0958") ==
            ["email=ann@example.com@ann@example.com", "phone=+44 20 7946 0958@+44 20 7946 0958"])
    #expect(entities("do you ship from New York to germany?") == ["city=new york@New York", "country=germany@germany"])
    // Ordinary words that are also place names need a capital.
    #expect(entities("that is a nice turkey sandwich") == [])
  }

  @Test func offsetsCountUnicodeScalars() {
    let text = "👋🏽 Grüße! order #998877"
    let e = extractor.extract(from: text)
    #expect(e.count == 1)
    // 2 scalars for the waving hand with skin tone, a space, "Grüße!" (6), a space, "order #" (7).
    #expect(e.first?.start == 17)
    #expect(e.first?.end == 23)
  }
}

@Suite struct EntityEdgeCaseTests {
  let extractor = EntityExtractor()

  @Test func modelNumbersAreNotPrices() {
    let e = extractor.extract(from: "nike air max 90 white", searchPhrase: true)
    #expect(!e.contains { $0.type.hasPrefix("price") })
    #expect(e.contains { $0.type == "colour" && $0.value == "white" })
  }

  @Test func quantityAfterTo() {
    let e = extractor.extract(from: "change order 88811234 to 2 units")
    #expect(e.map(\.type) == ["order_number", "quantity"])
    #expect(e.last?.value == "2")
  }

  @Test func europeanAmounts() {
    let e = extractor.extract(from: "can i pay 1.299,00 € in 3 installments")
    #expect(e.first == Entity(type: "money", value: "1299.00 EUR", start: 10, end: 20))
  }
}
