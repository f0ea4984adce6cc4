/// Names written in another script inside Latin-script chat: "Иван Петров, order 48213", "recipient
/// محمد علي please", "write 王小明 on the label". Shoppers who write English (or Spanish, Hindi in Latin
/// letters...) switch script mostly for a name, so a short run of Cyrillic, Greek, Arabic, Hebrew,
/// Devanagari, Chinese/Japanese or Korean words in a line of Latin words is taken as a name:
/// - in scripts with capitals (Cyrillic, Greek) only capitalised words, and not the first word of a
///   sentence in that script ("Спасибо большое" stays);
/// - in scripts without capitals, only when the line holds a single run of that script, of at most three
///   words, none a greeting or thanks, and for Chinese characters 2-4 to a word with no kana (a Japanese
///   sentence holds kana: "注文番号 … の件です" stays).
/// The line must hold at least two Latin words: a line wholly in another script is not "inside" anything,
/// and nothing here can tell its names from its words.
enum OtherScriptNameScanner {
  /// The scripts this scanner knows; `cased` ones have capitals.
  enum Script: Equatable {
    case latin, cyrillic, greek, arabic, hebrew, devanagari, bengali, thai, cjk, hangul, other

    var cased: Bool { self == .cyrillic || self == .greek }
  }

  /// One word: a maximal run of letters (and marks) of one script.
  struct Word {
    var start: Int
    var end: Int
    var script: Script
    var letters: Int
    var capitalised: Bool
    var hasKana: Bool
  }

  /// Greetings, thanks and the commonest shop words in those scripts: a lone one is not a name.
  static let notNames: Set<String> = [
    "Спасибо", "Привет", "Здравствуйте", "Добрый", "Пожалуйста", "Заказ", "Да", "Нет", "Хорошо",
    "Дякую", "Привіт", "Ευχαριστώ", "Γεια", "Καλημέρα", "Παρακαλώ", "Ναι", "Όχι",
    "شكرا", "شكراً", "مرحبا", "السلام", "عليكم", "سلام", "الله", "إن", "شاء", "يا", "حبيبي", "مع", "السلامة",
    "طلب", "نعم", "لا", "תודה", "רבה", "שלום", "כן", "לא", "नमस्ते", "धन्यवाद", "शुक्रिया", "जी", "भाई",
    "हाँ", "नहीं", "谢谢", "你好", "您好", "订单", "快递", "再见", "好的", "多谢", "감사", "감사해요", "고마워요",
    "안녕", "여보세요", "주문", "배송", "환불", "문의", "네", "아니요",
    "注文番号", "注文", "番号", "订单号", "订单", "配送", "発送", "返品", "返金", "退款", "주문번호", "송장번호",
    // Bengali greetings, thanks and yes/no (pii52).
    "ধন্যবাদ", "নমস্কার", "হ্যাঁ", "না", "আচ্ছা", "ভাই", "দাদা", "দিদি", "আপা",
  ]

  /// Big cities written in Chinese characters or Hangul beside their Latin names ("is 東京 Tokyo warehouse …").
  static let cities: Set<String> = ["東京", "大阪", "京都", "横浜", "名古屋", "北京", "上海", "广州", "廣州", "深圳", "香港",
                                    "台北", "臺北", "天津", "重庆", "成都", "서울", "부산", "인천", "대구"]
  /// Endings of shop names in Korean, Chinese and Japanese ("서울마켓", "花花商店").
  static let shopEndings = ["마켓", "스토어", "샵", "상점", "몰", "商店", "商城", "超市", "ストア", "ショップ"]

  /// Whether a word of a caseless script is a city or a shop's name (pii50).
  static func placeOrShop(_ word: String) -> Bool {
    cities.contains(word) || shopEndings.contains { word.count > $0.count && word.hasSuffix($0) }
  }

  static func scan(_ b: UnsafeBufferPointer<UInt8>, into out: inout [Candidate]) {
    // Most chat is ASCII or Latin with accents (lead bytes below 0xCD): one pass over the bytes says so.
    guard b.contains(where: { $0 >= 0xCD && $0 <= 0xEF }) else { return }
    let words = split(b)
    OtherScriptIntroductions.scan(b, words, into: &out)
    CyrillicPatronymics.scan(b, words, into: &out)
    OtherScriptRecipients.scan(b, into: &out)
    OtherScriptHandOvers.scan(b, words, into: &out)
    OtherScriptNameMarks.scan(b, words, into: &out)
    ThaiNames.scan(b, words, into: &out)
    KoreanNames.scan(b, words, into: &out)
    JapaneseNames.scan(b, into: &out)
    guard words.lazy.filter({ $0.script == .latin && $0.letters >= 2 }).count >= 2 else { return }
    var runs: [(script: Script, first: Int, last: Int)] = []
    for (k, w) in words.enumerated() where w.script != .latin && w.script != .other {
      if let r = runs.last, r.script == w.script, r.last == k - 1, joins(b, words[k - 1].end, w.start) {
        runs[runs.count - 1].last = k
      } else {
        runs.append((w.script, k, k))
      }
    }
    for r in runs {
      let run = words[r.first...r.last]
      if r.script.cased {
        cased(b, words, r.first, r.last, into: &out)
        continue
      }
      // A caseless script: one short run of it in the line, of name-like words.
      guard runs.filter({ $0.script == r.script }).count == 1, run.count <= 3,
            run.allSatisfy({ w in
              !notNames.contains(text(b, w)) && !w.hasKana && !placeOrShop(text(b, w))
                && !ThaiNames.notName(text(b, w)) && !OtherScriptIntroductions.opensWithChineseCue(text(b, w))
                && (w.script != .cjk || (2...4).contains(w.letters) || w.letters == 1 && w.start > words[r.first].start
                  && NameLexicon.eastAsianFamilyNames.contains(text(b, words[r.first])))
                && (w.script != .thai || w.letters <= 12)
                && (w.script != .hangul || (2...4).contains(w.letters))
                && (w.letters >= 2 || w.script == .cjk)
            }) else { continue }
      out.append(Candidate(type: .name, start: words[r.first].start, end: words[r.last].end))
    }
  }

  /// In a run of Cyrillic or Greek words, the runs of capitalised words that do not open a sentence of
  /// that script (a capitalised word followed by a lower-case word of the same script does).
  static func cased(_ b: UnsafeBufferPointer<UInt8>, _ words: [Word], _ first: Int, _ last: Int,
                    into out: inout [Candidate]) {
    var k = first
    while k <= last {
      func nameLike(_ w: Word) -> Bool { w.capitalised && w.letters >= 2 && !notNames.contains(text(b, w)) }
      guard nameLike(words[k]) else { k += 1; continue }
      var end = k
      while end + 1 <= last, nameLike(words[end + 1]) { end += 1 }
      let opensSentence = end + 1 <= last && !words[end + 1].capitalised && (k == first || sentenceEnd(b, words[k - 1].end, words[k].start))
      if !opensSentence && end - k < 3 {
        out.append(Candidate(type: .name, start: words[k].start, end: words[end].end))
      }
      k = end + 1
    }
  }

  /// Whether a full stop, "!" or "?" lies between two words.
  static func sentenceEnd(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
    (from..<to).contains { b[$0] == 0x2E || b[$0] == 0x21 || b[$0] == 0x3F }
  }

  /// Whether the bytes between two words keep them in one name: spaces, or one "-", "·" or "・".
  static func joins(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
    let gap = Array(UnsafeBufferPointer(rebasing: b[from..<to]))
    if gap.allSatisfy({ $0 == 0x20 }) { return gap.count <= 2 }
    return gap == [0x2D] || gap == [0xC2, 0xB7] || gap == [0xE3, 0x83, 0xBB] || gap == [0x20, 0x2D, 0x20]
  }

  static func text(_ b: UnsafeBufferPointer<UInt8>, _ w: Word) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: b[w.start..<w.end]), as: UTF8.self)
  }

  /// The words of `b` with their script; marks (accents, vowel signs) stay in the word they follow.
  static func split(_ b: UnsafeBufferPointer<UInt8>) -> [Word] {
    var out: [Word] = []
    var i = 0
    var current: Word?
    while i < b.count {
      let (scalar, length) = decode(b, i)
      let props = scalar.properties
      let isMark = props.generalCategory == .nonspacingMark || props.generalCategory == .spacingMark
      let letter = props.isAlphabetic || isMark
      if letter {
        let s = isMark ? (current?.script ?? .other) : script(scalar.value)
        if var w = current, w.script == s || isMark {
          w.end = i + length
          if !isMark { w.letters += 1 }
          if (0x3040...0x30FF).contains(scalar.value) { w.hasKana = true }
          current = w
        } else {
          if let w = current { out.append(w) }
          current = Word(start: i, end: i + length, script: s, letters: 1, capitalised: props.isUppercase,
                         hasKana: (0x3040...0x30FF).contains(scalar.value))
        }
      } else if let w = current {
        out.append(w)
        current = nil
      }
      i += length
    }
    if let w = current { out.append(w) }
    return out
  }

  /// The script of a letter, by Unicode block.
  static func script(_ v: UInt32) -> Script {
    switch v {
    case 0x41...0x24F, 0x1E00...0x1EFF: return .latin
    case 0x370...0x3FF, 0x1F00...0x1FFF: return .greek
    case 0x400...0x52F: return .cyrillic
    case 0x590...0x5FF: return .hebrew
    case 0x600...0x6FF, 0x750...0x77F: return .arabic
    case 0x900...0x97F: return .devanagari
    case 0x980...0x9FF: return .bengali
    case 0xE00...0xE7F: return .thai
    case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF: return .cjk
    case 0xAC00...0xD7AF: return .hangul
    default: return .other
    }
  }

  /// The scalar at `i` and its length in bytes; a broken sequence reads as one U+FFFD byte.
  static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
    let lead = b[i]
    let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    guard length > 1, i + length <= b.count else { return (Unicode.Scalar(lead < 0x80 ? lead : 0x3F), 1) }
    var v = UInt32(lead) & (0xFF >> (length + 1))
    for k in 1..<length {
      let c = b[i + k]
      guard c & 0xC0 == 0x80 else { return (Unicode.Scalar(0x3F), 1) }
      v = v << 6 | UInt32(c & 0x3F)
    }
    return (Unicode.Scalar(v) ?? Unicode.Scalar(0x3F), length)
  }
}
