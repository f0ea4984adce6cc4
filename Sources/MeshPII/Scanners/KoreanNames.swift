/// Korean names with the endings Korean glues to them (pii52): "김민지입니다" (I am …), "이하은이에요", "박서연님 앞으로"
/// (to Ms …), "강지훈 고객님" (customer …), and a name closing an address line ("…, 12층 이서연"). Most Korean names are
/// a one-syllable family name and a two-syllable given name; a three-syllable word that opens with a frequent family
/// name and carries such an ending, or stands in such a place, is taken as a name. The words that fit the shape but
/// are not names ("배송지입니다": it is the delivery address) are listed.
enum KoreanNames {
  typealias Word = OtherScriptNameScanner.Word

  /// The most frequent Korean family names (one syllable each), which cover nearly all Koreans.
  static let familyNames: Set<Character> = Set("김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예봉경")
  /// Endings glued after a name, longest first: copulas ("입니다", "이에요"), honorifics ("님", "씨") with particles.
  static let endings = ["입니다", "이에요", "이예요", "이고요", "님께서", "님한테", "님에게", "씨한테", "씨에게", "이라고", "예요",
                        "이고", "님께", "님이", "님은", "님의", "님도", "씨가", "씨는", "씨께", "님", "씨"]
  /// Words after a name that make it one: customer, recipient, and "to" ("… 앞으로": addressed to).
  static let nextWords: Set<String> = ["고객님", "고객", "님", "씨", "앞으로", "님께", "님앞으로", "고객님께", "고객님의", "고객님이"]
  /// Words before a name that make it one: my name is, orderer, recipient.
  static let cueWords: Set<String> = ["이름은", "이름", "주문자", "주문자는", "받는분", "받는분은", "수령인", "수령인은", "수취인",
                                      "수취인은", "저는", "전", "성함은", "성함", "예약자", "예약자는", "구매자", "보내는분", "발송인"]
  /// Three-syllable words that open with a family name's syllable and take these endings, but are things or roles.
  static let notNames: Set<String> = [
    "배송지", "주문자", "구매자", "수령인", "판매자", "관리자", "상담사", "담당자", "배달원", "택배사", "이메일", "주소지",
    "이번주", "이번달", "정보를", "정상이", "문의자", "고객센", "연락처", "전화번", "우편번", "주민번", "이용자", "사용자",
    "신청자", "예약자", "발송인", "조용히", "정확히", "안전히", "주문서", "영수증", "송장번", "기사님", "사장님", "선생님",
    "회원님", "부장님", "과장님", "실장님", "팀장님", "원장님", "대표님", "교수님", "한국어", "영어로", "오늘은", "이거는",
    "이것은", "이쪽은", "지금은", "고객님", "진짜로", "정말로", "주인님", "임시로", "이름은", "성함은", "장바구",
    "최대한", "최소한", "배송비", "주문번", "반품비", "교환비", "유료로", "무료로", "정기적",
  ]
  /// Last syllables of places and of units in an address ("강남구", "신사동", "12층"), and of "in progress", "case" and
  /// adjectives ("배송중", "주문건", "정상적"), not of names.
  static let placeEnds: Set<Character> = Set("시구군읍면로길층도동중건적")

  static func scan(_ b: UnsafeBufferPointer<UInt8>, _ words: [Word], into out: inout [Candidate]) {
    guard words.contains(where: { $0.script == .hangul }) else { return }
    let texts = words.map { OtherScriptNameScanner.text(b, $0) }
    for k in words.indices where words[k].script == .hangul {
      let text = texts[k]
      let ending = endings.first { text.hasSuffix($0) && text.count > $0.count }
      let stem = ending.map { String(text.dropLast($0.count)) } ?? text
      guard nameShaped(stem) else { continue }
      let cued = k > 0 && cueWords.contains(texts[k - 1]) && OtherScriptNameScanner.joins(b, words[k - 1].end, words[k].start)
      let followed = k + 1 < words.count && nextWords.contains(texts[k + 1])
        && OtherScriptNameScanner.joins(b, words[k].end, words[k + 1].start)
      // "… 12층 이서연": the text's last word after a word with a digit (a floor, a flat, a street number).
      let closesAddress = ending == nil && k == words.count - 1 && k > 0 && hasDigitBefore(b, words[k].start)
        && (words[k].end..<b.count).allSatisfy { b[$0] == 0x20 || b[$0] == 0x0A || b[$0] == 0x2E }
      guard ending != nil || cued || followed || closesAddress else { continue }
      out.append(Candidate(type: .name, start: words[k].start, end: words[k].start + stem.utf8.count))
    }
  }

  /// Three syllables (or four, for a two-syllable family name or given name) opening with a family name, not listed as
  /// a word, not ending as a place.
  static func nameShaped(_ stem: String) -> Bool {
    guard (3...4).contains(stem.count), let first = stem.first, familyNames.contains(first), let last = stem.last,
          !placeEnds.contains(last), !notNames.contains(stem), !notNames.contains(String(stem.prefix(3))),
          stem.unicodeScalars.allSatisfy({ (0xAC00...0xD7A3).contains($0.value) }) else { return false }
    return true
  }

  /// Whether a digit stands in the few bytes before `start` (spaces and one word of Hangul between).
  static func hasDigitBefore(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
    var i = start - 1
    while i >= 0, b[i] == 0x20 || b[i] == 0x2C { i -= 1 }
    // Step over a unit glued to the number ("12층", "1205호"): up to two Hangul syllables (three bytes each).
    var steps = 0
    while i >= 2, steps < 2, b[i - 2] >= 0xEA, b[i - 2] <= 0xED { i -= 3; steps += 1 }
    return i >= 0 && b[i] >= 0x30 && b[i] <= 0x39
  }
}
