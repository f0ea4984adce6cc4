import Testing
@testable import MeshPII

/// Addresses round 13b (piiaddr46): US military post (`MilitaryAddress`), rural and informal addresses given as
/// directions (`LandmarkDirections`), Israel's seven-digit postcode after "Tel Aviv", Hebrew street words, Chinese
/// addresses after other words or with a Latin building name, Turkish villages, Czech adjective streets, "Isle of …",
/// numbered roads with their kilometre, buildings named before the street, and the look-alikes each must leave alone.
/// Sentences written for these tests, not taken from the labelled files.
@Suite struct AddressRound13Tests {
  func found(_ text: String) -> [PIIMatch] { PIIDetector().detect(in: text) }
  func addresses(_ text: String) -> [String] { found(text).filter { $0.type == .address }.map(\.value) }

  @Test(arguments: [
    ("mail it to PSC 1203 Box 88, APO AE 09021 please", "PSC 1203 Box 88, APO AE 09021"),
    ("Unit 3050 Box 12, APO AP 96205-3050", "Unit 3050 Box 12, APO AP 96205-3050"),
    ("CMR 415 Box 9, APO AE 09114", "CMR 415 Box 9, APO AE 09114"),
    ("my son is on USS Ronald Reagan (CVN 76), FPO AP 96616", "USS Ronald Reagan (CVN 76), FPO AP 96616"),
    ("send it to Unit 8400 Box 2, DPO AE 09498-0001", "Unit 8400 Box 2, DPO AE 09498-0001"),
  ])
  func militaryPost(text: String, expected: String) {
    #expect(addresses(text) == [expected], "\(found(text))")
    #expect(!found(text).contains { $0.type == .phone })
  }

  @Test(arguments: [
    "the APO team meets at 10", "is AE 09021 a valid part code?", "APO shipping takes 3 weeks",
  ])
  func militaryLookAlikesKept(text: String) {
    #expect(addresses(text).isEmpty, "\(found(text))")
  }

  @Test func aNumberBeforeTheOfficeIsNoUnit() {
    #expect(addresses("order 4471, APO AE 09180") == ["APO AE 09180"])
  }

  @Test(arguments: [
    ("my new place is behind the church, house 7, green door, Kom Hamada, Beheira",
     "behind the church, house 7, green door, Kom Hamada, Beheira"),
    ("we are at Thika Road, plot 41, opposite the Shell petrol station, Ruiru",
     "Thika Road, plot 41, opposite the Shell petrol station, Ruiru"),
    ("la casa blanca frente a la escuela, Vereda La Palma, finca El Recreo, Sopó, Cundinamarca",
     "la casa blanca frente a la escuela, Vereda La Palma, finca El Recreo, Sopó, Cundinamarca"),
    ("sa tapat ng paaralan, bahay na may puting bakod, Brgy. San Roque",
     "sa tapat ng paaralan, bahay na may puting bakod, Brgy. San Roque"),
    ("pls deliver to Plot 9, near the Anglican church, Madina, Accra", "Plot 9, near the Anglican church, Madina, Accra"),
  ])
  func directions(text: String, expected: String) {
    #expect(addresses(text).contains(expected), "\(found(text))")
  }

  @Test(arguments: [
    // A landmark and places, no house; a house and a landmark, no place closing them.
    "we met behind the mosque, then walked to Giza, Cairo",
    "house 12 is for sale, near the school, call me",
    "the bus stops near the market, at Gate 3, every hour",
  ])
  func directionsLookAlikesKept(text: String) {
    #expect(addresses(text).isEmpty, "\(found(text))")
  }

  /// An opener as the last word of its part ("near,") has no landmark after it: such texts crashed the scanner
  /// (a closed range from past the part's end), found by HostileTextTests' random seed in CI.
  @Test(arguments: [
    "we are near, house 12, Kafr Dawood, Menoufia",
    "it is near, I think, house 4, Madina, Accra",
    "is it close by or behind, plot 9, Giza, Cairo",
    "next, next, next",
  ])
  func openerClosingItsPart(text: String) {
    _ = found(text)
    _ = PIIRedactor(mode: .placeholder).redact(text)
  }

  @Test(arguments: [
    ("Rehov Ben Yehuda 40, Apt 3, Tel Aviv 6380412", "Rehov Ben Yehuda 40, Apt 3, Tel Aviv 6380412"),
    ("רחוב ויצמן 8, רחובות", "רחוב ויצמן 8, רחובות"),
    ("寄到 广州市天河区体育西路103号", "广州市天河区体育西路103号"),
    ("上海市浦东新区世纪大道100号IFC大厦2号楼", "上海市浦东新区世纪大道100号IFC大厦2号楼"),
    ("高雄市前金區中正四路211號8樓", "高雄市前金區中正四路211號8樓"),
    ("köyümüz: Çamlıca Köyü, Okul karşısı No: 4, Bartın", "Çamlıca Köyü, Okul karşısı No: 4, Bartın"),
    ("Lidická 21, Praha 5", "Lidická 21, Praha 5"),
    ("Croft 7, Back, Isle of Lewis HS2 0JU", "Croft 7, Back, Isle of Lewis HS2 0JU"),
    ("la finca queda en Ruta 9 km 1420, Tafí del Valle, Tucumán", "Ruta 9 km 1420, Tafí del Valle, Tucumán"),
    ("déjelo en el Edificio Altamira, Calle 72 # 10-34, Bogotá", "Edificio Altamira, Calle 72 # 10-34, Bogotá"),
    ("Haeundae-ro 570, Apt 103-802, Busan", "Haeundae-ro 570, Apt 103-802, Busan"),
    ("Kimathi Street, Jubilee Building, 5th floor, Nairobi", "Kimathi Street, Jubilee Building, 5th floor, Nairobi"),
    ("Unit 802, The Lofts at Rockwell, Amorsolo St, Makati City 1210",
     "Unit 802, The Lofts at Rockwell, Amorsolo St, Makati City 1210"),
    ("Nedre Berg gård, Bergsveien 12, 2850 Lena", "Nedre Berg gård, Bergsveien 12, 2850 Lena"),
  ])
  func foundWhole(text: String, expected: String) {
    #expect(addresses(text).contains(expected), "\(found(text))")
  }

  @Test(arguments: [
    // "Tel" before a number is a phone's label; "Isle of Man" alone is a place; a road's number and a distance.
    "the Isle of Man TT race is in June", "it is Ruta 40 km from here", "the residences at the park were sold",
    "上海市 is bigger than 北京", "the apt 101-1502 listing, Busan office",
  ])
  func lookAlikesKept(text: String) {
    #expect(addresses(text).isEmpty, "\(found(text))")
  }

  @Test func telBeforeANumberStaysAPhone() {
    #expect(found("Tel 0523456789").contains { $0.type == .phone })
  }
}
