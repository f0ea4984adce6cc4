import Testing
@testable import MeshPII

/// Addresses in Cyrillic script (`CyrillicAddress`), dictated in words (`SpokenAddress`), Chinese or Japanese
/// addresses with their room numbers (`JapaneseAddress.end`), a form's fields (`FormFieldAddress`) and units named
/// alone (`UnitAddress`), on sentences written for these tests, not taken from
/// the labelled files: each found whole, and its look-alikes kept.
@Suite struct CyrillicAndSpokenAddressTests {
  func addresses(_ text: String) -> [String] { PIIDetector(types: [.address]).detect(in: text).map(\.value) }
  func everything(_ text: String) -> [String] { PIIDetector().detect(in: text).map(\.value) }

  @Test(arguments: [
    ("ship to ул. Садовая, д. 14, кв. 3, Казань, 420111", "ул. Садовая, д. 14, кв. 3, Казань, 420111"),
    ("адрес: г. Новосибирск, Красный проспект, д. 50, кв. 8", "г. Новосибирск, Красный проспект, д. 50, кв. 8"),
    ("Львів, вул. Городоцька, 45, кв. 9 please", "Львів, вул. Городоцька, 45, кв. 9"),
    ("620014, Екатеринбург, пер. Банковский 6", "620014, Екатеринбург, пер. Банковский 6"),
  ])
  func cyrillicAddressFoundWhole(text: String, expected: String) {
    #expect(addresses(text) == [expected])
  }

  @Test(arguments: [
    // The street's and city's names stay inside the address, not taken out as a person's.
    "доставка: г. Самара, ул. Гагарина, д. 3",
  ])
  func cyrillicAddressKeepsItsNames(text: String) {
    #expect(everything(text) == ["г. Самара, ул. Гагарина, д. 3"])
  }

  @Test(arguments: [
    "в Москве 2024 года было холодно",
    "Тверская улица is a famous street in Moscow",
    "the order 48213 was shipped to Казань",
    "ул. Садовая is lovely, 5 stars",
  ])
  func cyrillicLookAlikesKept(text: String) {
    #expect(addresses(text).isEmpty)
  }

  @Test(arguments: [
    ("my address is 上海市浦东新区世纪大道100号 2号楼 1503室 thanks", "上海市浦东新区世纪大道100号 2号楼 1503室"),
    ("deliver to 大阪府大阪市北区梅田3-1-1 808号室", "大阪府大阪市北区梅田3-1-1 808号室"),
  ])
  func scriptAddressTakesItsRooms(text: String, expected: String) {
    #expect(addresses(text) == [expected])
  }

  @Test(arguments: [
    ("my address is forty one Birch Lane unit three Portland Oregon nine seven two oh one",
     ["forty one Birch Lane unit three Portland Oregon nine seven two oh one"]),
    ("it is three hundred and ten Cedar Road", ["three hundred and ten Cedar Road"]),
    ("send it to sixty-four Willow Avenue, Austin, Texas", ["sixty-four Willow Avenue, Austin, Texas"]),
    ("ok so Tulsa Oklahoma seven four one oh three is the zip", ["Tulsa Oklahoma seven four one oh three"]),
  ])
  func dictatedAddressFoundWhole(text: String, expected: [String]) {
    #expect(addresses(text) == expected)
  }

  @Test(arguments: [
    "I bought two Oxford Street gift cards",
    "the one High Street shop was closed",
    "three Main Street",
    "we have five stores in Portland Oregon",
    "I waited twenty minutes on Baker Street",
    "Georgia seven four one",
  ])
  func dictatedLookAlikesKept(text: String) {
    #expect(addresses(text).isEmpty)
  }

  @Test(arguments: [
    ("Street: 9 Ash Grove | City: Hull | Postcode: HU5 2QT", ["9 Ash Grove", "Hull", "HU5 2QT"]),
    ("city: Bournemouth", ["Bournemouth"]),
    ("Zip code: 97201", ["97201"]),
    ("12 Pine Road, Leeds | State: West Yorkshire", ["12 Pine Road, Leeds", "West Yorkshire"]),
  ])
  func formFieldsFound(text: String, expected: [String]) {
    #expect(addresses(text) == expected)
  }

  @Test(arguments: [
    "I love this city: Leeds has everything",
    "order state: Shipped",
    "which city: Paris or Rome?",
    "city: we don't ship there",
  ])
  func formLookAlikesKept(text: String) {
    #expect(addresses(text).isEmpty)
  }

  @Test(arguments: [
    ("oh and it's Apt 1409 not 1490", "Apt 1409"),
    ("the courier should ring Suite 33 at reception", "Suite 33"),
    ("we're in Bldg 7, Floor 3 of the campus", "Bldg 7, Floor 3"),
    ("sorry, flat 3/2 is right", "flat 3/2"),
    ("LEAVE IT AT UNIT 9 PLEASE", "UNIT 9"),
  ])
  func unitAloneFound(text: String, expected: String) {
    #expect(addresses(text) == [expected])
  }

  @Test(arguments: [
    "the flat rate is 5% off",
    "I ordered 2 units of the charger",
    "flat 5 stars from me",
    "unit price 12 dollars? no, 12 each",
    "the apartment was lovely",
  ])
  func unitLookAlikesKept(text: String) {
    #expect(addresses(text).isEmpty)
  }
}
