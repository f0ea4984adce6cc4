import Testing
@testable import MeshPII

/// Round 48 (pii48): names in more shapes — the rest of a name past the runs' limit (glued particles, middle and
/// leading initials, second given names and surnames, a family name in capitals first, a short word between two
/// pieces), lower-case given names after a role, titles of more languages, Chinese, Japanese and Korean names after
/// recipients' labels and before honorifics, Greek and Cyrillic names after a hand-over verb, and places in a sentence
/// only a person fills — with the look-alikes each rule must leave alone. Sentences written for these tests, not
/// taken from the labelled files.
@Suite struct PIIRound48NameTests {
  func found(_ text: String) -> [PIIMatch] { PIIDetector().detect(in: text) }
  func names(_ text: String) -> [String] { found(text).filter { $0.type == .name }.map(\.value) }

  @Test(arguments: [
    ("please pass it to my uncle, Tariq al-Mansour, he is home", "Tariq al-Mansour"),
    ("Mme Sophie d'Arcy a appelé hier", "Sophie d'Arcy"),
    ("signed by Kofi B. Mensah at the door", "Kofi B. Mensah"),
    ("the account holder is Lucía Beatriz de la Vega Morales", "Lucía Beatriz de la Vega Morales"),
    ("pickup contact Aigerim Nurlanova tomorrow", "Aigerim Nurlanova"),
    ("OKONKWO Chidi Emmanuel is the name on my ID", "OKONKWO Chidi Emmanuel"),
    ("name on card R. J. Whitfield", "R. J. Whitfield"),
    ("please use: Emre Can Yıldız, thanks", "Emre Can Yıldız"),
  ])
  func wholeNames(text: String, expected: String) {
    #expect(names(text) == [expected], "\(found(text))")
  }

  @Test(arguments: [
    ("收件人是李华，谢谢", "李华"),
    ("受取人は鈴木 一郎です", "鈴木 一郎"),
    ("받는 사람은 김민수입니다", "김민수"),
    ("이영희 씨에게 주세요", "이영희"),
    ("请交给陈静，她在家", "陈静"),
    ("荷物は高橋 直子さんに渡して", "高橋 直子"),
  ])
  func eastAsianRecipients(text: String, expected: String) {
    #expect(names(text) == [expected], "\(found(text))")
  }

  @Test(arguments: [
    ("αφήστε το κουτί στον Γιώργο", "Γιώργο"),
    ("передайте коробку Наталці, будь ласка", "Наталці"),
    ("zostawcie u pani Basi z trzeciego", "Basi"),
    ("Herr Klaus Becker hat das Paket nicht bekommen", "Klaus Becker"),
  ])
  func namesInOtherLanguages(text: String, expected: String) {
    #expect(names(text) == [expected], "\(found(text))")
  }

  @Test(arguments: [
    ("the seller arjun: answer please", "arjun"),
    ("can Hope sign for it tomorrow", "Hope"),
    ("it's Daisy, we talked yesterday", "Daisy"),
    ("driver Sizwe left it outside", "Sizwe"),
    ("leave it with Anouk, the neighbour", "Anouk"),
    ("my brother in law Rhodri paid", "Rhodri"),
    ("Neighbour Ingrid has the key", "Ingrid"),
  ])
  func personSlots(text: String, expected: String) {
    #expect(names(text) == [expected], "\(found(text))")
  }

  @Test(arguments: [
    "お客様の注文番号を教えてください", "아저씨 한테 물어봤어요", "交给快递员了", "το δέμα είναι στην Αθήνα",
    "the courier DPD left it at the door", "can Amazon send it again", "it's May, so the sale is on",
    "the seller Uncle Bob's Tools sent a drill", "Lady Gaga perfume is out of stock",
    "Becoming by Michelle Obama is sold out", "a Stetson hat in brown please",
  ])
  func lookAlikesKept(text: String) {
    #expect(names(text).isEmpty, "\(found(text))")
  }

  @Test func titlesStayOutsideAPairOfNames() {
    let text = "Herr und Frau Lindner, Seeweg 4, 6020 Innsbruck"
    #expect(names(text) == ["Lindner"], "\(found(text))")
  }

  @Test(arguments: [
    "收件人是", "受取人は", "받는 사람은", "씨", "様", "さん", "передайте", "δώστε το", "Tariq al-", "R. J.", "Kofi B.",
    "OKONKWO", "it's", "can Hope", "driver", "leave it with Anouk,", "in law", "交给", "받는 분", "山本 ", " 씨",
  ])
  func truncatedInputsDoNotCrash(text: String) {
    _ = found(text)
    _ = found(text + " ")
    _ = found(String(text.dropLast()))
  }
}
