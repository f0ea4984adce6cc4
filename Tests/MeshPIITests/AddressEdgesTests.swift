import Testing
@testable import MeshPII

/// Whole addresses at their edges (piiother35): lines joined by " / ", PO boxes and rural boxes, streets named
/// after people or opened by a preposition, Indian landmarks, regions in brackets; and the look-alikes of each.
/// Sentences written for these tests, not taken from the labelled files.
@Suite struct AddressEdgesTests {
  func addresses(_ text: String) -> [String] { PIIDetector().detect(in: text).filter { $0.type == .address }.map(\.value) }

  @Test(arguments: [
    ("Flat 9 / 3 Mill Road / Norwich / NR2 3DE", "Flat 9 / 3 Mill Road / Norwich / NR2 3DE"),
    ("pls use Lindenweg 8 / 50667 Köln thanks", "Lindenweg 8 / 50667 Köln"),
    ("P.O. Box 880, Tucson, AZ 85702", "P.O. Box 880, Tucson, AZ 85702"),
    ("P O Box 1402 Mombasa 80100", "P O Box 1402 Mombasa 80100"),
    ("RR 4 Box 19, Hillsboro, WI 54634", "RR 4 Box 19, Hillsboro, WI 54634"),
    ("Private Bag X7, Stellenbosch 7602", "Private Bag X7, Stellenbosch 7602"),
    ("send to Im Grund 14, 79100 Freiburg", "Im Grund 14, 79100 Freiburg"),
    ("Neue Gasse 3, 3011 Bern", "Neue Gasse 3, 3011 Bern"),
    ("Wilhelm Busch Str. 9, 30167 Hannover", "Wilhelm Busch Str. 9, 30167 Hannover"),
    ("Flat 11, Near Shiv Mandir, Kothrud, Pune 411038", "Flat 11, Near Shiv Mandir, Kothrud, Pune 411038"),
    ("Oderstraße 7, 15230 Frankfurt (Oder)", "Oderstraße 7, 15230 Frankfurt (Oder)"),
    ("88 rue Sherbrooke, Montréal (Québec) H2X 1X4", "88 rue Sherbrooke, Montréal (Québec) H2X 1X4"),
    ("Via Dante 4, 20121 Milano MI, tel 02 555 0101", "Via Dante 4, 20121 Milano MI"),
    ("at the back door, 14 Oak St, Salem MA 01970", "14 Oak St, Salem MA 01970"),
    ("14 Oak Lane no sorry 41 Oak Lane, Salem MA 01970", "14 Oak Lane"),
    ("9 the drive, hove bn3 3jd", "9 the drive, hove bn3 3jd"),
    ("Résidence du Parc, Bât C, 4 rue Nationale, 59000 Lille", "Résidence du Parc, Bât C, 4 rue Nationale, 59000 Lille"),
    ("Flat 12, Lakshmi Residency, near Sai temple, Kondapur, Hyderabad 500084",
     "Flat 12, Lakshmi Residency, near Sai temple, Kondapur, Hyderabad 500084"),
    ("ship to Dostyk Avenue 52, apt 7, Almaty 050010", "Dostyk Avenue 52, apt 7, Almaty 050010"),
    ("Naka-ku Honcho 2-5-1 Yokohama 231-0005", "Naka-ku Honcho 2-5-1 Yokohama 231-0005"),
    ("İstiklal Caddesi No:12 D:3 Beyoğlu/İstanbul", "İstiklal Caddesi No:12 D:3 Beyoğlu/İstanbul"),
    ("Gedimino pr. 9, LT-01103 Vilnius", "Gedimino pr. 9, LT-01103 Vilnius"),
    ("Pärnu mnt 10, 10148 Tallinn", "Pärnu mnt 10, 10148 Tallinn"),
    ("Calle 72 # 10-34, Apto 302, Medellín", "Calle 72 # 10-34, Apto 302, Medellín"),
    ("Av. Santa Fe 1234 piso 5, C1059ABF CABA", "Av. Santa Fe 1234 piso 5, C1059ABF CABA"),
    ("No 12 Awolowo Road, Ikoyi, Lagos", "No 12 Awolowo Road, Ikoyi, Lagos"),
    ("Box 512, Tamale, Ghana", "Box 512, Tamale, Ghana"),
    ("5678 Mandela St, Pimville, Soweto, 1809", "5678 Mandela St, Pimville, Soweto, 1809"),
    ("〒060-0005 北海道札幌市中央区北5条西2-5", "〒060-0005 北海道札幌市中央区北5条西2-5"),
    ("京都府京都市下京区烏丸通七条下ル東塩小路町721-1", "京都府京都市下京区烏丸通七条下ル東塩小路町721-1"),
    ("收货地址：广州市天河区天河路385号", "广州市天河区天河路385号"),
    ("please send to 부산광역시 해운대구 해운대로 570번길 12", "부산광역시 해운대구 해운대로 570번길 12"),
  ])
  func whole(_ text: String, _ address: String) {
    #expect(addresses(text).first == address, "\(text) -> \(addresses(text))")
  }

  @Test(arguments: [
    "Box 4 of 12 arrived / the rest did not", "page 3 / 12 of the manual", "size 42 / 44 / 46 in stock",
    "HC 65 Box 22 replacement fan", "RR 2 kit, size M", "Private Bag brand tote, 2 colours",
    "Near Mint condition, Box 2 of 3", "the Im Grund 14 album is out", "An order of 12, then 40 more",
    "the 255.255.255.0 mask", "Frankfurt (Oder) is lovely", "Neue Gasse is a lovely street",
    "Milano TO Roma 3 hours by train", "Casio G-Shock GA-2100 strap broke", "Bestellung DE-88012 ist da",
    "shipping to 90210-1234 costs how much", "moro em São Paulo desde 2019", "near Mint, 2 left in stock",
    "Box 4 of 12, Size M", "the No 5 perfume, 100 ml", "주문 12345 확인 부탁드립니다", "超市 2 件",
  ])
  func lookAlikesStay(_ text: String) {
    #expect(addresses(text).isEmpty, "\(text) -> \(addresses(text))")
  }
}
