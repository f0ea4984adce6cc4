import Testing
@testable import MeshPII

/// Addresses round 7 (piiaddr41): a state, province or country written out after the postcode and city
/// (`AddressText.closingRegion`), Taiwan's "Section 2" written out, a capitalised "St" after a street's name with the
/// number after it, Vietnamese streets without a street word (`VietnameseLetters`), "Cité" as a locality, dictated
/// addresses with the unit said before a comma and a British postcode said in letters and words across commas
/// (`SpokenAddress`), and Japanese addresses glued to the words of their sentence (`JapaneseAddress.range`).
/// Sentences written for these tests, not taken from the labelled files: each found whole, and its look-alikes kept.
@Suite struct AddressRound7Tests {
  /// The addresses the whole detector finds: the name rules run too, as an address may open with a person's name.
  func addresses(_ text: String) -> [String] {
    PIIDetector().detect(in: text).filter { $0.type == .address }.map(\.value)
  }

  @Test(arguments: [
    ("No 8, Jalan Ampang 3, 50450 Kuala Lumpur, Wilayah Persekutuan",
     "No 8, Jalan Ampang 3, 50450 Kuala Lumpur, Wilayah Persekutuan"),
    ("Av. Santa Fe 2100, piso 4, C1123 CABA, Buenos Aires", "Av. Santa Fe 2100, piso 4, C1123 CABA, Buenos Aires"),
    ("BP 12, 97200 Fort-de-France, Martinique", "BP 12, 97200 Fort-de-France, Martinique"),
    ("ship to 14 rue Pasteur, 69007 Lyon, France.", "14 rue Pasteur, 69007 Lyon, France"),
    ("No. 3, Lane 12, Section 4, Ren'ai Road, Da'an District, Taipei City 106",
     "No. 3, Lane 12, Section 4, Ren'ai Road, Da'an District, Taipei City 106"),
    ("Shevchenka St 14, apt 3, Lviv 79000, Ukraine", "Shevchenka St 14, apt 3, Lviv 79000, Ukraine"),
    ("gửi đến 48 Hàng Bạc, Hoàn Kiếm, Hà Nội", "48 Hàng Bạc, Hoàn Kiếm, Hà Nội"),
    ("giao tới 12 Nguyễn Huệ, Quận 1", "12 Nguyễn Huệ, Quận 1"),
    ("Villa 40, Cité Mixta, Dakar, Senegal", "Villa 40, Cité Mixta, Dakar, Senegal"),
    ("住所は大阪府大阪市北区梅田2-5-8です", "大阪府大阪市北区梅田2-5-8"),
    ("Purok 2, Barangay Malinis, Quezon City 1101", "Purok 2, Barangay Malinis, Quezon City 1101"),
    ("send to Ho Chi Minh City, District 3, 12 Vo Van Tan St, Apt 4",
     "Ho Chi Minh City, District 3, 12 Vo Van Tan St, Apt 4"),
  ])
  func foundWhole(text: String, expected: String) {
    #expect(addresses(text) == [expected])
  }

  @Test(arguments: [
    ("deliver at flat three, twelve Mill Road, Leeds LS6 2AB", "flat three, twelve Mill Road, Leeds LS6 2AB"),
    ("right so it's twenty one Oak Avenue, Bristol, B S six, four X Y",
     "twenty one Oak Avenue, Bristol, B S six, four X Y"),
  ])
  func dictated(text: String, expected: String) {
    #expect(addresses(text) == [expected])
  }

  @Test(arguments: [
    // A district after a postcode and city alone stays out; a name or a sentence after an address is no region.
    ("I live at 10115 Berlin, Mitte", "10115 Berlin"),
    ("12 Oak Street, Leeds LS6 2AB, thanks a lot", "12 Oak Street, Leeds LS6 2AB"),
    ("14 rue Pasteur, 69007 Lyon, deliver after 5", "14 rue Pasteur, 69007 Lyon"),
    ("please ship to 8 Rue des Lilas, 69003 Lyon, Camille Roux", "8 Rue des Lilas, 69003 Lyon"),
    // A section of a document; a saint's "St" before a year.
    ("see Section 2, page 14 of the manual", nil),
    ("we met at Kings Cross St Pancras in 2019", nil),
    // English words after a number with places are no Vietnamese street.
    ("3 Little Pigs, Goldilocks, Snow White", nil),
    // A unit said before a comma with no dictated street after it.
    ("flat two, the one near the park", nil),
    // A spoken sentence after the town is no postcode.
    ("twenty one Oak Avenue, Bristol, and I want it by Friday", "twenty one Oak Avenue"),
  ] as [(String, String?)])
  func lookAlikesKept(text: String, expected: String?) {
    #expect(addresses(text) == (expected.map { [$0] } ?? []))
  }

  @Test func vietnameseLetters() {
    let samples: [(String, Bool)] = [("Thường", true), ("Kiệt", true), ("Đà", true), ("Nẵng", true), ("Pitre", false),
                                     ("Sénégal", false), ("Ørsted", false)]
    for (word, expected) in samples {
      var text = word
      let found = text.withUTF8 { b in VietnameseLetters.has(b, ByteWords.split(b)[0]) }
      #expect(found == expected, "\(word)")
    }
  }
}
