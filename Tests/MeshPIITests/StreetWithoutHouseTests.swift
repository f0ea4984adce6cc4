import Testing
@testable import MeshPII

/// Streets without a house number of their own (`StreetWithoutHouse`): "s/n" (sin número) and "esq." (esquina),
/// corners of two streets ("Cnr … and …"), Ghana Post GPS codes, Kenyan boxes joined to their postcode, and
/// addresses dictated in the French order or with the number after the street (`SpokenAddress`), lines of an address
/// sent alone (`AddressText.isWholeLine`) and Korean neighbourhoods ("Songdo-dong 24"), on sentences
/// written for these tests, not taken from the labelled files: each found whole, and its look-alikes kept.
@Suite struct StreetWithoutHouseTests {
  func addresses(_ text: String) -> [String] { PIIDetector(types: [.address]).detect(in: text).map(\.value) }

  @Test(arguments: [
    ("envíalo a Calle Morelos s/n, Col. Centro, Puebla", "Calle Morelos s/n, Col. Centro, Puebla"),
    ("Calle 8 esq. Av. Reforma s/n, Col. Juárez, Morelia", "Calle 8 esq. Av. Reforma s/n, Col. Juárez, Morelia"),
    ("ship to Cnr Jan Smuts Ave and Bolton Rd, Erf 221, Rosebank, Johannesburg",
     "Cnr Jan Smuts Ave and Bolton Rd, Erf 221, Rosebank, Johannesburg"),
    ("deliver to cnr. Long St & Wale St, Shop 4, Cape Town 8001", "cnr. Long St & Wale St, Shop 4, Cape Town 8001"),
    ("corner of Bree St and Long St, Unit 3, Cape Town", "corner of Bree St and Long St, Unit 3, Cape Town"),
    ("Plot 7, Dansoman, Accra, GA-512-1187", "Plot 7, Dansoman, Accra, GA-512-1187"),
    ("the GPS address: AK-485-9323", "AK-485-9323"),
    ("address P.O. Box 30124-00100, Nairobi", "P.O. Box 30124-00100, Nairobi"),
  ])
  func streetsWithoutHouseFoundWhole(text: String, expected: String) {
    #expect(addresses(text) == [expected])
  }

  @Test(arguments: [
    // A line of an address sent as a message of its own.
    ("Ln. 30, Aly. 7, No. 12", "Ln. 30, Aly. 7, No. 12"),
    ("Sec. 4, Xinyi Rd.", "Sec. 4, Xinyi Rd"),
    // A Korean neighbourhood ("-dong") with its number, the ward before it.
    ("ship to Incheon, Yeonsu-gu, Songdo-dong 24, apt 1102", "Incheon, Yeonsu-gu, Songdo-dong 24, apt 1102"),
  ])
  func addressLinesAloneFoundWhole(text: String, expected: String) {
    #expect(addresses(text) == [expected])
  }

  @Test(arguments: [
    "Table 4, Level 2",
    "Gate B12, Terminal 5",
    "Room 5, Floor 2 of the hotel was noisy",
    "Season 2, Episode 5",
  ])
  func linesOfOtherThingsKept(text: String) {
    #expect(addresses(text).isEmpty)
  }

  @Test(arguments: [
    ("its number eight rue de la Paix, seven five zero zero two Paris",
     "number eight rue de la Paix, seven five zero zero two Paris"),
    ("Lindenstraße twenty two, one zero nine six nine Berlin",
     "Lindenstraße twenty two, one zero nine six nine Berlin"),
    ("the street is fifteen Baker Street", "fifteen Baker Street"),
  ])
  func dictatedFoundWhole(text: String, expected: String) {
    #expect(addresses(text) == [expected])
  }

  @Test(arguments: [
    // A serial number's "S/N" has no street before it.
    "what does s/n mean on the label",
    "the S/N is on the back of the router",
    "Router S/N 4471-2209, bought in Leeds",
    // A corner alone, or with a distance, is directions.
    "meet me at the corner of Main and Elm",
    "the corner of Main and Elm, 2 blocks away",
    "cnr of Main and Church",
    // Watch models share the GPS code's letters.
    "Casio GA-2100 strap broke",
    "model GA-110-1A is out of stock",
    // Small number words count things; number words alone are no postcode.
    "two Oxford Street gift cards",
    "twelve place settings for the wedding",
    "one zero four three seven is my order number",
    "I bought twenty Hauptstraße posters",
  ])
  func lookAlikesKept(text: String) {
    #expect(addresses(text).isEmpty)
  }
}
