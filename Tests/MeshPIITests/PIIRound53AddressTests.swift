import Testing
@testable import MeshPII

/// Round 53 (pii53): addresses in Arabic, Hebrew, Greek, Devanagari, Bengali and Thai script, phones in those scripts'
/// digits and beside Chinese and Japanese text, Vietnamese addresses without accents, romanised Japanese blocks, a
/// pickup point's name before its street, an address after a phone and " / ", a signer or a remark after a dash, and
/// postcodes asked about as places. Sentences written for these tests, not taken from the labelled files.
@Suite struct PIIRound53AddressTests {
  func found(_ text: String, _ type: PIIType) -> [String] {
    PIIDetector().detect(in: text).filter { $0.type == type }.map(\.value)
  }

  @Test(arguments: [
    ("العنوان شارع الجمهورية 8، المعادي، القاهرة 11728", "شارع الجمهورية 8، المعادي، القاهرة 11728"),
    ("ارسلها إلى ص.ب 7310، مسقط، عمان", "ص.ب 7310، مسقط، عمان"),
    ("διεύθυνση: Οδός Πατησίων 112, Αθήνα 112 57", "Οδός Πατησίων 112, Αθήνα 112 57"),
    ("पता: मकान नं 17, सेक्टर 9, नोएडा, उत्तर प्रदेश 201301", "मकान नं 17, सेक्टर 9, नोएडा, उत्तर प्रदेश 201301"),
    ("ঠিকানা: বাড়ি ৩৪, রোড ৭, উত্তরা, ঢাকা ১২৩০", "বাড়ি ৩৪, রোড ৭, উত্তরা, ঢাকা ১২৩০"),
    ("ที่อยู่ 45/7 หมู่ 2 ตำบลท่าทราย อำเภอเมือง นนทบุรี 11000 ค่ะ", "45/7 หมู่ 2 ตำบลท่าทราย อำเภอเมือง นนทบุรี 11000"),
  ])
  func otherScriptAddresses(_ text: String, _ address: String) {
    #expect(found(text, .address) == [address], "\(found(text, .address))")
  }

  @Test(arguments: [
    "هل فرع شارع الجمهورية مفتوح اليوم؟",
    "Οδός Πατησίων: είναι ανοιχτό το κατάστημα;",
    "सेक्टर 9 में डिलीवरी होती है?",
    "ซอยสุขุมวิท ส่งได้ไหม",
  ])
  func otherScriptPlacesStay(_ text: String) {
    #expect(found(text, .address).isEmpty, "\(found(text, .address))")
  }

  @Test(arguments: [
    ("واتساب +٢٠ ١٠ ٥٥٥ ٨٧٦٥", "+٢٠ ١٠ ٥٥٥ ٨٧٦٥"),
    ("موبايلي ٠١١٢٣٤٥٦٧٨٩ من فضلك", "٠١١٢٣٤٥٦٧٨٩"),
    ("मेरा नंबर +९१ ९९११२ ३३४४५ है", "+९१ ९९११२ ३३४४५"),
    ("联系电话+86 139 1234 5678，谢谢", "+86 139 1234 5678"),
    ("携帯は080-2345-6789です", "080-2345-6789"),
  ])
  func phonesInOtherDigitsAndBesideCJK(_ text: String, _ phone: String) {
    #expect(found(text, .phone) == [phone], "\(found(text, .phone))")
  }

  @Test(arguments: [
    "주문번호 20251118-440912 확인 부탁해요",
    "订单号 20251118440912 还没发货",
    "الطلب رقم ٤٥٨٢١ لم يصل",
  ])
  func orderNumbersStay(_ text: String) {
    #expect(found(text, .phone).isEmpty, "\(found(text, .phone))")
  }

  @Test(arguments: [
    ("giao den so 45 duong Hai Ba Trung, phuong 6, quan 3, TP HCM nhe",
     "so 45 duong Hai Ba Trung, phuong 6, quan 3, TP HCM"),
    ("Pham Thi Lan, 19 Bach Dang, Hai Chau, Da Nang", "19 Bach Dang, Hai Chau, Da Nang"),
    ("3 Chome 7 15 Akasaka Minato City Tokyo 107 0052 thanks", "3 Chome 7 15 Akasaka Minato City Tokyo 107 0052"),
    ("Minami 3-jo Higashi 4-chome 2, Chuo-ku, Sapporo 060-0053", "Minami 3-jo Higashi 4-chome 2, Chuo-ku, Sapporo 060-0053"),
    ("+56 9 8765 4321 / Jr. Ucayali 418, Cercado de Lima", "Jr. Ucayali 418, Cercado de Lima"),
    ("Las Acacias 845, depto 52, Ñuñoa", "Las Acacias 845, depto 52, Ñuñoa"),
    ("my flat: C-7 3rd floor opp Union Bank Karol Bagh New Delhi 110005",
     "C-7 3rd floor opp Union Bank Karol Bagh New Delhi 110005"),
    ("send to 14/2 Dharmapala Mawatha, Colombo 07", "14/2 Dharmapala Mawatha, Colombo 07"),
    ("collect from parcel shop Kiosk Linden, Lindenstraße 21, 50674 Köln", "Kiosk Linden, Lindenstraße 21, 50674 Köln"),
  ])
  func latinShapes(_ text: String, _ address: String) {
    #expect(found(text, .address).contains(address), "\(found(text, .address))")
  }

  @Test(arguments: [
    ("Flat 2B, Road 11, Banani, Dhaka 1213 - Tahmina Akter", "Flat 2B, Road 11, Banani, Dhaka 1213"),
    ("Villa 4, Street 18, Al Waab, Doha - ring twice please", "Villa 4, Street 18, Al Waab, Doha"),
    ("27 Ferry Road, RD 1, Kaikohe 0471, rural delivery, gate on the left", "27 Ferry Road, RD 1, Kaikohe 0471"),
  ])
  func tailsAfterTheAddressStayOut(_ text: String, _ address: String) {
    #expect(found(text, .address) == [address], "\(found(text, .address))")
  }

  @Test(arguments: [
    "is cep 04538-132 covered by express?",
    "PIN 400050 serviceable or not?",
    "do you deliver to Hai Chau district in Da Nang?",
    "the Lindenstraße shop, is it open on Saturday?",
  ])
  func placesAskedAboutStay(_ text: String) {
    #expect(found(text, .address).isEmpty, "\(found(text, .address))")
  }

  @Test func postcodesStatedStay() {
    #expect(found("my pin is 411038 and the area is Kothrud", .address).contains("411038"))
    #expect(found("cep 04538-132 é o meu", .address) == ["04538-132"])
  }

  @Test func koreanRecipientEndsTheAddress() {
    let text = "배송지: 서울특별시 송파구 올림픽로 35길 10, 302호 받는분 김하늘"
    #expect(found(text, .address) == ["서울특별시 송파구 올림픽로 35길 10, 302호"], "\(found(text, .address))")
  }

  @Test func israeliPostcodeIsNoPhone() {
    let text = "Rehov Dizengoff 140, apt 3, Tel Aviv-Yafo 6311202"
    #expect(found(text, .phone).isEmpty, "\(found(text, .phone))")
  }
}
