import Testing
@testable import MeshPII

/// Round 51 (pii51): addresses given by landmarks alone (the house as a rider sees it, or two landmarks on a named
/// road), Russian addresses in Latin letters ("d." and "kv."), Chinese districts in pinyin ("Qu", "Xinqu"), a military
/// address with its unit after the ZIP, Brazil's CEP and Germany's PLZ as postcode labels, a French farm named first,
/// house numbers said in words before a lower-case street or after "address:", and addresses found in parts by two
/// rules joined. Sentences written for these tests, not taken from the labelled files.
@Suite struct PIIRound51AddressTests {
  func found(_ text: String, _ type: PIIType) -> [String] {
    PIIDetector().detect(in: text).filter { $0.type == type }.map(\.value)
  }

  @Test(arguments: [
    ("it's the red gate behind the church, Langata, Nairobi", "the red gate behind the church, Langata, Nairobi"),
    ("find the white house after the Shell petrol station, Jinja Road, Mukono - call when close",
     "the white house after the Shell petrol station, Jinja Road, Mukono"),
    ("address: opposite the Mobil filling station, beside Iya Basira canteen, Agege Road, Ibadan",
     "opposite the Mobil filling station, beside Iya Basira canteen, Agege Road, Ibadan"),
    ("the orange kiosk near Gikomba market, Nairobi, ask for Wanjiru's stall",
     "the orange kiosk near Gikomba market, Nairobi"),
  ])
  func landmarkAddresses(_ text: String, _ address: String) {
    #expect(found(text, .address) == [address], "\(found(text, .address))")
  }

  @Test(arguments: [
    "the pharmacy is near the station, Leeds has two of them",
    "we met near the mosque, then walked to the market, it was closed",
    "the shop after the bank, is it still open on Sundays?",
  ])
  func directionsWithoutAHouseStay(_ text: String) {
    #expect(found(text, .address).isEmpty, "\(found(text, .address))")
  }

  @Test(arguments: [
    ("send it to ul. Sadovaya, d. 7, kv. 19, Samara, 443010 please", "ul. Sadovaya, d. 7, kv. 19, Samara, 443010"),
    ("Liteyny pr., d. 33, kv. 8, Sankt-Peterburg, 191028", "Liteyny pr., d. 33, kv. 8, Sankt-Peterburg, 191028"),
    ("ship to Haidian Qu, Zhongguancun Dajie 27 Hao, Beijing 100080",
     "Haidian Qu, Zhongguancun Dajie 27 Hao, Beijing 100080"),
    ("PSC 1005 Box 77, APO AE 09593", "PSC 1005 Box 77, APO AE 09593"),
    ("FPO AP 96349, Unit 25201 Box 4 is where he is now", "FPO AP 96349, Unit 25201 Box 4"),
    ("Ferme du Moulin, Route de Nantes, 44190 Clisson", "Ferme du Moulin, Route de Nantes, 44190 Clisson"),
  ])
  func countryShapes(_ text: String, _ address: String) {
    #expect(found(text, .address) == [address], "\(found(text, .address))")
  }

  @Test(arguments: [("my cep is 30140-071", "30140-071"), ("PLZ 50667 bitte", "50667")])
  func postcodeLabels(_ text: String, _ postcode: String) {
    #expect(found(text, .address) == [postcode], "\(found(text, .address))")
  }

  @Test(arguments: [
    ("my address is fourteen birch lane, Springdale, Arkansas 72764", "fourteen birch lane, Springdale, Arkansas 72764"),
    ("my address: two Cedar Court, Preston, PR1 4HB", "two Cedar Court, Preston, PR1 4HB"),
    ("sixty-two Mill Road, Ely, CB7 4DW thanks", "sixty-two Mill Road, Ely, CB7 4DW"),
  ])
  func spokenHouseNumbers(_ text: String, _ address: String) {
    #expect(found(text, .address) == [address], "\(found(text, .address))")
  }

  @Test(arguments: [
    "two pairs of socks were missing from the box", "I ordered three oak shelves, one was cracked",
    "is postcode 01310-100 covered by express?", "the d. 18 model or the kv. 42 one?", "Qu is a letter tile worth ten",
    "order 4471 went to APO by mistake", "the Route de Chartres is closed for works",
  ])
  func lookAlikesStay(_ text: String) {
    #expect(found(text, .address).isEmpty, "\(found(text, .address))")
  }
}
