import Testing
@testable import MeshPII

/// Round 54 (pii54): US addresses typed in lower case inside lines with capitals, a ZIP closing the address before
/// the sentence goes on, postcodes stated or asked about after their label (German "ist", UK codes typed without their
/// space), phones with a bracketed area code or an extension in other languages, French zones, residences and elided
/// articles, Indian cross roads, landmarks in lower case and lanes behind temples, Nigeria's "off", house names opened
/// by "The", Pakistani, Bangladeshi and Iranian addresses, a person signing after a comma, a pickup point's chain
/// before its district. Sentences written for these tests, not taken from the labelled files.
@Suite struct PIIRound54AddressTests {
  func found(_ text: String, _ type: PIIType) -> [String] {
    PIIDetector().detect(in: text).filter { $0.type == type }.map(\.value)
  }

  @Test(arguments: [
    ("Please send to unit 4, 77 magnolia ave, tampa, florida 33602 thanks Karen",
     "unit 4, 77 magnolia ave, tampa, florida 33602"),
    ("It's 90 W 3rd St in dayton ohio 45402 btw", "90 W 3rd St in dayton ohio 45402"),
    ("ship to 18 Cedar Ln, Boise, ID 83702 no rush", "18 Cedar Ln, Boise, ID 83702"),
    ("PO Box 77, Moab, UT 84532 highway side of town", "PO Box 77, Moab, UT 84532"),
  ])
  func usAddressesEndAtTheZip(_ text: String, _ address: String) {
    #expect(found(text, .address) == [address], "\(found(text, .address))")
  }

  @Test(arguments: [
    "Do you ship to dayton ohio 45402?",
    "My cousin moved to tampa florida last May",
  ])
  func townsAndStatesAloneStay(_ text: String) {
    #expect(found(text, .address).isEmpty, "\(found(text, .address))")
  }

  @Test(arguments: [
    ("meine plz ist 50667, stimmt das so", "50667"),
    ("postcode is LS61AB on the form", "LS61AB"),
  ])
  func statedPostcodes(_ text: String, _ address: String) {
    #expect(found(text, .address) == [address], "\(found(text, .address))")
  }

  @Test(arguments: [
    "does postcode LS6 1AB get Saturday delivery",
    "does zip 30301 count as atlanta metro",
    "does the postcode G12 8QQ qualify for free returns",
  ])
  func postcodesAskedAboutStay(_ text: String) {
    #expect(found(text, .address).isEmpty, "\(found(text, .address))")
  }

  @Test(arguments: [
    ("the number on my account is (312) 555-0187 ext. 41", "(312) 555-0187 ext. 41"),
    ("Biuro: tel. +48 12 345 67 89 wewn. 210, pon-pt", "+48 12 345 67 89 wewn. 210"),
  ])
  func phonesWithBracketsAndExtensions(_ text: String, _ phone: String) {
    #expect(found(text, .phone) == [phone], "\(found(text, .phone))")
  }

  @Test(arguments: [
    "account 3125550187 was charged twice",
    "order 555-0187-22 is late",
  ])
  func accountAndOrderNumbersStay(_ text: String) {
    #expect(found(text, .phone).isEmpty, "\(found(text, .phone))")
  }

  @Test(arguments: [
    ("livraison: ZI de la Gare, 3 rue d'Alsace, 67000 Strasbourg merci",
     "ZI de la Gare, 3 rue d'Alsace, 67000 Strasbourg"),
    ("appartement 5, résidence le Parc, 9 avenue Foch, 54000 Nancy bonne soirée",
     "appartement 5, résidence le Parc, 9 avenue Foch, 54000 Nancy"),
  ])
  func frenchZonesAndResidences(_ text: String, _ address: String) {
    #expect(found(text, .address) == [address], "\(found(text, .address))")
  }

  @Test(arguments: [
    ("the courier wants it so: house no 12, 4th cross, near Ganesh temple, Jayanagar, Bengaluru 560041",
     "house no 12, 4th cross, near Ganesh temple, Jayanagar, Bengaluru 560041"),
    ("flat 301, lake view residency, near city hospital, kondapur, hyderabad 500084",
     "flat 301, lake view residency, near city hospital, kondapur, hyderabad 500084"),
    ("send to H.No. 5-6-78, Lane behind Durga Mandir, Ameerpet, Hyderabad 500016",
     "H.No. 5-6-78, Lane behind Durga Mandir, Ameerpet, Hyderabad 500016"),
    ("deliver to 7 Ajose Street off Adeniran Ogunsanya Street Surulere Lagos pls",
     "7 Ajose Street off Adeniran Ogunsanya Street Surulere Lagos"),
  ])
  func indianAndNigerianJoins(_ text: String, _ address: String) {
    #expect(found(text, .address) == [address], "\(found(text, .address))")
  }

  @Test(arguments: [
    "the 2nd cross of the season airs on friday",
    "my main complaint is the 3rd main course was cold",
    "we fell off Allen Avenue bridge stairs, not the shop's fault",
  ])
  func joiningWordsAloneStay(_ text: String) {
    #expect(found(text, .address).isEmpty, "\(found(text, .address))")
  }

  @Test(arguments: [
    ("its The Old Vicarage, Mill Lane, Enstone, Oxfordshire, OX7 4AB, past the pub",
     "The Old Vicarage, Mill Lane, Enstone, Oxfordshire, OX7 4AB"),
    ("address B-17 Block 5 Gulistan-e-Johar Karachi please call first", "B-17 Block 5 Gulistan-e-Johar Karachi"),
    ("deliver to 45-A Garden Town, Lahore 54600", "45-A Garden Town, Lahore 54600"),
    ("No. 7, Kooche Yas, Saadat Abad, Tehran 1998765432", "No. 7, Kooche Yas, Saadat Abad, Tehran 1998765432"),
    ("Jl. Melati No. 4, Bandung 40115 an. Siti Rahma", "Jl. Melati No. 4, Bandung 40115"),
  ])
  func houseNamesAndSouthAsianAddresses(_ text: String, _ address: String) {
    #expect(found(text, .address) == [address], "\(found(text, .address))")
  }

  @Test(arguments: [
    "our Karachi warehouse has order 12345 ready",
    "D-42 is the seat number on my ticket",
  ])
  func southAsianLookAlikesStay(_ text: String) {
    #expect(found(text, .address).isEmpty, "\(found(text, .address))")
  }

  @Test func signerAfterACommaIsNoPartOfTheAddress() {
    let text = "22 Nile Street, Zamalek, Cairo, Ahmed Mansour"
    #expect(found(text, .address) == ["22 Nile Street, Zamalek, Cairo"], "\(found(text, .address))")
  }

  @Test func pickupPointChainBeforeItsDistrict() {
    let text = "collect point: Lawson Umeda Chayamachi, 1-2-3 Chayamachi, Kita-ku, Osaka"
    #expect(found(text, .address) == ["Lawson Umeda Chayamachi, 1-2-3 Chayamachi, Kita-ku, Osaka"],
            "\(found(text, .address))")
  }
}
