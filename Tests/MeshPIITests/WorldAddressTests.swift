import Testing
@testable import MeshPII

/// Whole postal addresses of many countries (`WorldAddressScanner`, `PostcodeShapes`), on sentences written
/// for these tests, not taken from the labelled files: each shape found whole, and its look-alikes kept.
@Suite struct WorldAddressTests {
  func addresses(_ text: String) -> [String] { PIIDetector(types: [.address]).detect(in: text).map(\.value) }

  @Test(arguments: [
    // Street word before the name, number after (Spain, Italy, Portugal, Brazil, Poland, Indonesia, Belgium).
    ("envíalo a Calle del Prado 18, 3º dcha, 28014 Madrid gracias", "Calle del Prado 18, 3º dcha, 28014 Madrid"),
    ("spedire a Viale Monza 140, 20127 Milano MI", "Viale Monza 140, 20127 Milano MI"),
    ("morada: Rua da Prata 80, 1100-415 Lisboa", "Rua da Prata 80, 1100-415 Lisboa"),
    ("Av. Atlântica 1702, Copacabana, Rio de Janeiro - RJ, 22021-001", "Av. Atlântica 1702, Copacabana, Rio de Janeiro - RJ, 22021-001"),
    ("adres: ul. Długa 5 m. 3, 80-827 Gdańsk", "ul. Długa 5 m. 3, 80-827 Gdańsk"),
    ("kirim ke Jl. Thamrin No. 9, Jakarta 10340", "Jl. Thamrin No. 9, Jakarta 10340"),
    ("livrer à Avenue Louise 54, 1050 Bruxelles", "Avenue Louise 54, 1050 Bruxelles"),
    // Number before the street word (France), and without commas.
    ("c'est au 9 rue des Martyrs 75009 Paris merci", "9 rue des Martyrs 75009 Paris"),
    ("12 chemin des Vignes, 84000 Avignon", "12 chemin des Vignes, 84000 Avignon"),
    // One-word streets with their ending, then the number (Denmark, Sweden, Finland, Netherlands, Korea).
    ("adressen er Algade 21, 1. tv, 4000 Roskilde", "Algade 21, 1. tv, 4000 Roskilde"),
    ("skicka till Kungsgatan 12, 411 19 Göteborg", "Kungsgatan 12, 411 19 Göteborg"),
    ("Aleksanterinkatu 15 A 4, 00100 Helsinki", "Aleksanterinkatu 15 A 4, 00100 Helsinki"),
    ("bezorgen op Dorpsstraat 7, 6731 AB Otterlo", "Dorpsstraat 7, 6731 AB Otterlo"),
    ("22 Itaewon-ro 3-gil, Yongsan-gu, Seoul 04349", "22 Itaewon-ro 3-gil, Yongsan-gu, Seoul 04349"),
    // Street word after the name, then the number (Turkey, Hungary, Thailand).
    ("Bağdat Caddesi No: 210 Daire 5, 34728 Kadıköy", "Bağdat Caddesi No: 210 Daire 5, 34728 Kadıköy"),
    ("Váci utca 19, 1052 Budapest", "Váci utca 19, 1052 Budapest"),
    // India, Nigeria, UAE, Vietnam: unit, locality and city segments.
    ("Flat 7, Green Park Residency, 4th Cross Road, Jayanagar, Bengaluru 560041", "Flat 7, Green Park Residency, 4th Cross Road, Jayanagar, Bengaluru 560041"),
    ("House 14, Sector 21, Gurugram, Haryana 122016", "House 14, Sector 21, Gurugram, Haryana 122016"),
    ("Plot 7, Admiralty Way, Lekki Phase 1, Lagos", "Plot 7, Admiralty Way, Lekki Phase 1, Lagos"),
    ("Office 1203, Building 5, Business Bay, Dubai", "Office 1203, Building 5, Business Bay, Dubai"),
    // PO boxes in several languages, with their town.
    ("PO Box 881, Nairobi, Kenya", "PO Box 881, Nairobi, Kenya"),
    ("Postfach 10 20, 70173 Stuttgart", "Postfach 10 20, 70173 Stuttgart"),
    ("Apartado de Correos 55, 03080 Alicante", "Apartado de Correos 55, 03080 Alicante"),
    // Postcodes of their own shape, the city on either side; Japan's 〒.
    ("Tokyo 106-0032 is where it should go", "Tokyo 106-0032"),
    ("〒060-0005 北海道札幌市中央区北5条西2-5", "〒060-0005 北海道札幌市中央区北5条西2-5"),
    ("Sydney NSW 2010 please", "Sydney NSW 2010"),
    // Text typed without capitals.
    ("send to 77 elm grove dr dayton oh 45402", "77 elm grove dr dayton oh 45402"),
    ("corso buenos aires 33 milano", "corso buenos aires 33 milano"),
  ])
  func wholeAddress(_ text: String, _ address: String) {
    let found = addresses(text)
    // "〒" (a symbol) opens the address and stays with it, as the labelled sets mark it.
    #expect(found == [address], "\(text) -> \(found)")
  }

  @Test(arguments: [
    "shipped via DHL 2 days ago", "the Route 66 sign is bent", "Street Fighter 6 for PS5", "Room 101 box set",
    "floor 3 of the mall, next to Zara", "section 5, row 12, seat 14", "Chapter 12, page 45, Volume 2",
    "my office, as usual", "size 42 EU, UK 8", "order 2024-118923, 2 items", "paid 1.250,00 € on 12.03.2025",
    "gift card 6035 7105 1234 5678 balance", "Windows 2000 Server licence", "the 10115 model in black",
    "is the Via Roma store open?", "we have shops in Madrid, Lisbon and Warsaw", "iPhone 15 Pro 256 GB",
    "bought 3 packs of 12 at 9.99", "ETA 2-3 business days", "my PO box is closed", "the Calle Ocho festival",
    "delivered 3/14/2025 at 10:30, Dallas store", "Lot 42, batch 7, SKU 88412-B", "Sector 15 market",
    "Quantity 12, room 101, flight BA 2490, gate 23.",
    "Terminal 5, Gate B12, Heathrow", "Hall 7, Stand B21, IFA Berlin", "Vol. 3, No. 12, Spring 2024",
    "Windows 11 Pro, Office 365, Teams", "order 55123 Berlin warehouse", "Samsung 55 Crystal UHD, 2023 model",
    "pls tell me when purchase 40917 ships", "#88213 arrived with a dent", "ordr 55120 status? thx",
    "or sharing 80% of its words", "do you ship 20kg parcels to 75008 paris",
    "my order of 1500 GB Storage plan", "RMA 00-514 approved", "the 2000 MB Plan Upgrade", "Bottle 1500 ML Glass",
  ])
  func lookAlikesStay(_ text: String) {
    #expect(addresses(text).isEmpty, "\(text) -> \(addresses(text))")
  }

  @Test func postcodeShapesKnowTheirSide() {
    var text = "x 00-514 SW1A 1AA 01310-100 1016 GV 4711"
    text.withUTF8 { b in
      let words = ByteWords.split(b)
      #expect(PostcodeShapes.match(b, words, 1, anyCase: false)?.side == .after)  // Poland
      #expect(PostcodeShapes.match(b, words, 2, anyCase: false)?.last == 3)  // UK, two words
      #expect(PostcodeShapes.match(b, words, 4, anyCase: false)?.side == .before)  // Brazil
      #expect(PostcodeShapes.match(b, words, 5, anyCase: false)?.common == false)  // Netherlands
      #expect(PostcodeShapes.match(b, words, 7, anyCase: false)?.common == true)  // four digits alone
      #expect(PostcodeShapes.match(b, words, 0, anyCase: false) == nil)
    }
  }

  @Test func symbolsDoNotOpenWords() {
    var text = "〒100 €5 –x"
    text.withUTF8 { b in
      let words = ByteWords.split(b)
      #expect(words.map { String(decoding: UnsafeBufferPointer(rebasing: b[$0.start..<$0.end]), as: UTF8.self) }
        == ["100", "5", "x"])
    }
  }
}
