import Testing
@testable import MeshPII

/// Round 52 (pii52): names in other scripts with their grammar (Korean endings glued to the name, Japanese names
/// glued before "です" and honorifics, Chinese after "我是", Thai after its cues, Russian, Ukrainian, Greek, Arabic,
/// Hebrew, Hindi and Bengali labels and the words after a name), Latin names with another language's honorific, and
/// names addressed with "@"; and the look-alikes kept. Sentences written for these tests, not taken from the
/// labelled files.
@Suite struct PIIRound52NameTests {
  func found(_ text: String) -> [PIIMatch] { PIIDetector().detect(in: text) }
  func names(_ text: String) -> [String] { found(text).filter { $0.type == .name }.map(\.value) }

  @Test(arguments: [
    ("안녕하세요 정수빈입니다, 반품 문의드려요", "정수빈"),
    ("제 이름은 한지우예요 교환 부탁해요", "한지우"),
    ("오태민님 앞으로 온 상자가 찢어졌어요", "오태민"),
    ("송다은 고객님 주소 변경 요청입니다", "송다은"),
  ])
  func korean(text: String, expected: String) {
    #expect(names(text).contains(expected), "\(found(text))")
  }

  /// A name closing an address line in Korean or Japanese: the address finding may take it in, so the test asks that
  /// the name's words are removed, by a name or by the address.
  @Test(arguments: [
    ("경기도 성남시 분당구 판교역로 99, 7층 윤서아", "윤서아"),
    ("大阪府大阪市北区梅田1-1-3 小林直樹 様", "小林直樹"),
  ])
  func namesClosingAddresses(text: String, expected: String) {
    #expect(found(text).contains { $0.value.contains(expected) }, "\(found(text))")
  }

  @Test(arguments: [
    ("お世話になります、山田太郎です。サイズ交換をお願いします", "山田太郎"),
    ("中村由美と申します。届いた箱が濡れていました", "中村由美"),
    ("您好，我是刘明，我的快递到哪了", "刘明"),
    ("我叫赵雪, the parcel never came", "赵雪"),
  ])
  func chineseAndJapanese(text: String, expected: String) {
    #expect(names(text).contains(expected), "\(found(text))")
  }

  @Test(arguments: [
    ("สวัสดีครับ ผมชื่อประเสริฐ มั่นคง ครับ สินค้าชำรุด", "ประเสริฐ มั่นคง"),
    ("ผู้รับ กาญจนา บุญมี เบอร์ 081 555 0199", "กาญจนา บุญมี"),
    ("คุณมาลี ช่วยดูคำสั่งซื้อให้หน่อย", "มาลี"),
    ("leave it with ประภา at the front desk please", "ประภา"),
    ("Kittipong ครับ, my parcel is late", "Kittipong"),
  ])
  func thai(text: String, expected: String) {
    #expect(names(text).contains(expected), "\(found(text))")
  }

  @Test(arguments: [
    ("получатель Анна Викторова, позвоните заранее", "Анна Викторова"),
    ("оформите на имя Павла Громова, пожалуйста", "Павла Громова"),
    ("отримувач: Ірина Коваль, Львів", "Ірина Коваль"),
    ("ο παραλήπτης είναι η Ελένη Δημητρίου", "Ελένη Δημητρίου"),
    ("المستلم سامي الخطيب رقم الطلب 5512", "سامي الخطيب"),
    ("קוראים לי דנה שפירא ואני מחכה לחבילה", "דנה שפירא"),
    ("प्राप्तकर्ता राहुल वर्मा, पिन 110001", "राहुल वर्मा"),
    ("कृपया सुरेश यादव जी को दे दीजिए", "सुरेश यादव"),
    ("আমার নাম রুমানা ইসলাম, অর্ডার আসেনি", "রুমানা ইসলাম"),
    ("Δημήτρης Παππάς εδώ, το δέμα δεν ήρθε", "Δημήτρης Παππάς"),
  ])
  func labelledScripts(text: String, expected: String) {
    #expect(names(text).contains(expected), "\(found(text))")
  }

  @Test(arguments: [
    ("@Grace can you approve the return?", "Grace"),
    ("Min-jun님, 배송 확인 부탁드립니다", "Min-jun"),
    ("Kenji様 the invoice is attached", "Kenji"),
  ])
  func latinNames(text: String, expected: String) {
    #expect(names(text).contains(expected), "\(found(text))")
  }

  @Test(arguments: [
    "배송지입니다, 확인해 주세요",
    "정상적입니다 감사합니다",
    "최대한 빨리 보내주세요",
    "田中商事です。請求書を送ります",
    "金曜日です。よろしく",
    "我是买家，想退款",
    "คุณภาพดีมาก ขอบคุณค่ะ",
    "ผมต้องการคืนสินค้า",
    "получатель тот же, адрес новый",
    "हाँ जी, ठीक है",
    "भेज दिया जी",
    "@shop_support please answer",
    "@bestdeals2024 is that your store?",
    "ping @Support about the refund",
    "Спасибо большое за помощь",
  ])
  func lookAlikesKept(text: String) {
    #expect(names(text).isEmpty, "\(found(text))")
  }
}
