import Testing
@testable import MeshPII

/// Addresses of round 13 (piiname46): a unit's lower-case words in an address's second line ("Escalier C, 4e étage"),
/// a floor written "12F" after a Japanese building, a Chinese address after a name in Latin letters, and the lower-case
/// "row 41" of a spreadsheet left alone. Sentences written for these tests, not taken from the labelled files.
@Suite struct AddressRound9Tests {
  /// The addresses the whole detector finds.
  func addresses(_ text: String) -> [String] {
    PIIDetector().detect(in: text).filter { $0.type == .address }.map(\.value)
  }

  @Test(arguments: [
    ("Address line 2: Bâtiment A, 2e étage", "Bâtiment A, 2e étage"),
    ("名古屋市中区栄3-5-12 サカエビル 8F", "名古屋市中区栄3-5-12 サカエビル 8F"),
    ("Li Na, 北京市朝阳区建国路93号 2号楼1201室", "北京市朝阳区建国路93号 2号楼1201室"),
    ("〒460-0008 名古屋市中区栄3-5-12", "〒460-0008 名古屋市中区栄3-5-12"),
    ("i live at 4 church row", "4 church row"),
  ])
  func foundWhole(text: String, expected: String) {
    #expect(addresses(text).contains(expected), "\(addresses(text))")
  }

  @Test(arguments: [
    "bulk upload csv gives error on row 41",
    "we sat in row 12 at the concert",
    "line 2 of the form is too short",
  ])
  func lookAlikesKept(text: String) {
    #expect(addresses(text).isEmpty, "\(addresses(text))")
  }
}
