import Testing
@testable import MeshPII

/// Addresses written from the largest place down (`AddressText.leadingPlaces`, `opensWithPostcode`), with landmarks
/// beside them (`LandmarkPhrase`), Taiwanese lanes and sections, Turkish and Indian "No", Hong Kong estates and
/// Singapore blocks (`hasBlockAndFlat`), form lines (`AddressLineField`) and Japanese or Korean wards in Latin
/// letters, on sentences written for these tests, not taken from the labelled files: each found whole, and its
/// look-alikes kept.
@Suite struct PlaceFirstAddressTests {
  func addresses(_ text: String) -> [String] { PIIDetector(types: [.address]).detect(in: text).map(\.value) }
  func everything(_ text: String) -> [String] { PIIDetector().detect(in: text).map(\.value) }

  @Test(arguments: [
    ("please send it to Sheffield, 22 Division Street, S1 4GF", "Sheffield, 22 Division Street, S1 4GF"),
    ("my address: Hangzhou, Binjiang District, Jiangnan Road 100, Room 1202",
     "Hangzhou, Binjiang District, Jiangnan Road 100, Room 1202"),
    ("ship to Vancouver BC, 1200 Robson St, Unit 8", "Vancouver BC, 1200 Robson St, Unit 8"),
    ("Frankfurt am Main, Leipziger Straße 40, 60487", "Frankfurt am Main, Leipziger Straße 40, 60487"),
    ("Manila, Quezon City, 55 Katipunan Ave, Unit 1203", "Manila, Quezon City, 55 Katipunan Ave, Unit 1203"),
    // The postcode opens the address and the street follows it.
    ("deliver to 80331 München, Sendlinger Straße 12, 2. OG", "80331 München, Sendlinger Straße 12, 2. OG"),
    ("Chicago, IL 60601, 233 Wacker Dr, Suite 400", "Chicago, IL 60601, 233 Wacker Dr, Suite 400"),
    ("Dresden 01099, Alaunstraße 40, App. 7", "Dresden 01099, Alaunstraße 40, App. 7"),
    // Wards and districts in Latin letters, and a block number, without any street word.
    ("send to Kyoto-fu, Kyoto-shi, Sakyo-ku, Yoshida 1-2-3", "Kyoto-fu, Kyoto-shi, Sakyo-ku, Yoshida 1-2-3"),
    ("Kanagawa-ken, Kawasaki-shi, Nakahara-ku, Kosugi 3-600", "Kanagawa-ken, Kawasaki-shi, Nakahara-ku, Kosugi 3-600"),
  ])
  func placeFirstFoundWhole(text: String, expected: String) {
    #expect(addresses(text) == [expected])
  }

  @Test(arguments: [
    // A firm or a person before the street stays out when the address closes with its town.
    ("our company address: Acme Tools LLC, 100 Main Street, Denver, CO 80202", ["100 Main Street, Denver, CO 80202"]),
    ("Mrs. Hartley, 9 Links Road, St Andrews KY16 9JB", ["9 Links Road, St Andrews KY16 9JB"]),
    // A phone's last digits are no place before the street.
    ("call 555-201-3344, 12 Oak Street, Springfield", ["12 Oak Street, Springfield"]),
    // A district after the city stays out ("Mitte"); "TR" is Turkey, not a floor.
    ("Hauptstraße 5, 10115 Berlin, Mitte", ["Hauptstraße 5, 10115 Berlin"]),
    ("Atatürk Cad. No: 12, Kadıköy, İstanbul, TR", ["Atatürk Cad. No: 12, Kadıköy, İstanbul, TR"]),
    ("45 Mile End Road, London E1 4NS", ["45 Mile End Road, London E1 4NS"]),
  ])
  func placeFirstLooksAlikeKeepTheirBounds(text: String, expected: [String]) {
    #expect(addresses(text) == expected)
  }

  @Test(arguments: [
    "we ship to Leeds, 14 days is the usual time",
    "Leeds, York and Bristol stores are open",
    "Berlin, 2024 was a great year",
    "the shop near Central Mall, 2nd floor",
    "i live near Hyde Park but the courier couldn't find me",
    "how do i write a unit like #05-67 on the form",
    "block 3 of the estate is closed",
    "line 1 of the form is too short",
    "first line of the email was cut",
    "it's a 20 minute walk from the station",
    "its a 10 mile drive to the depot",
    "open the App. 2 options appear",
  ])
  func lookAlikesKept(text: String) {
    #expect(addresses(text).isEmpty)
  }

  @Test(arguments: [
    ("deliver to near Central Mosque, Villa 12, Street 8, Al Nahda, Dubai",
     "near Central Mosque, Villa 12, Street 8, Al Nahda, Dubai"),
    ("opposite the Shell station, 45 Station Road, Kumasi", "opposite the Shell station, 45 Station Road, Kumasi"),
    ("Plot 7, Block 3, Gulshan, near Unity Mall", "Plot 7, Block 3, Gulshan, near Unity Mall"),
    ("Villa 3, Street 15, Al Barsha 1, near Mall of the Emirates, Dubai",
     "Villa 3, Street 15, Al Barsha 1, near Mall of the Emirates, Dubai"),
  ])
  func landmarksJoinTheirAddress(text: String, expected: String) {
    #expect(addresses(text) == [expected])
  }

  @Test(arguments: [
    ("deliver to No. 9, Ln. 30, Sec. 3, Roosevelt Rd., Taipei 100", "No. 9, Ln. 30, Sec. 3, Roosevelt Rd., Taipei 100"),
    ("send to no 8 aly 2 ln 15 sec 1 minquan e rd taipei", "no 8 aly 2 ln 15 sec 1 minquan e rd taipei"),
    ("deliver to Bahçelievler Mah. 1234 Sok. No:7 D:2 Bornova/İzmir", "Bahçelievler Mah. 1234 Sok. No:7 D:2 Bornova/İzmir"),
    ("ship to h no 4-1-20 road no 3 jubilee hills hyderabad", "h no 4-1-20 road no 3 jubilee hills hyderabad"),
    ("flat 5, block d, lok fu estate, wang tau hom", "flat 5, block d, lok fu estate, wang tau hom"),
    ("Blk 221 Boon Lay Pl #04-112 Singapore 640221", "Blk 221 Boon Lay Pl #04-112 Singapore 640221"),
    ("Storgatan 12, 3 tr, 113 46 Stockholm", "Storgatan 12, 3 tr, 113 46 Stockholm"),
    ("send to Str. Avram Iancu nr. 9, ap. 2, 400083 Cluj-Napoca", "Str. Avram Iancu nr. 9, ap. 2, 400083 Cluj-Napoca"),
    ("München, Leopoldstr. 12, Rückgebäude, 80802", "München, Leopoldstr. 12, Rückgebäude, 80802"),
    ("Ljubljana, Dunajska cesta 5", "Ljubljana, Dunajska cesta 5"),
    ("Kyiv, Building 2, 6th floor, 14 Khreshchatyk St", "Kyiv, Building 2, 6th floor, 14 Khreshchatyk St"),
  ])
  func countryShapesFoundWhole(text: String, expected: String) {
    #expect(addresses(text) == [expected])
  }

  @Test(arguments: [
    ("Address line 1: Unit 4, Harbour View", ["Unit 4, Harbour View"]),
    ("second line Wah Fu Estate, Pok Fu Lam", ["Wah Fu Estate, Pok Fu Lam"]),
    ("line 2: Leeds LS6 2AB", ["Leeds LS6 2AB"]),
  ])
  func addressLinesFoundWhole(text: String, expected: [String]) {
    #expect(addresses(text) == expected)
  }
}
