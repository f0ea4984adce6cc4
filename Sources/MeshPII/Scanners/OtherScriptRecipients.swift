/// Names in Chinese, Japanese and Korean text written without spaces between words, where the words around them say
/// "person": a recipient's label ("收件人是王小明", "受取人は佐藤 花子です", "받는 사람은 박지영입니다"), a hand-over
/// ("请交给王小红"), and the honorifics that only follow people ("山本 健太様", "佐藤 美咲さん", "박서준 씨한테") (dev11, dev12,
/// pii48). `OtherScriptNameScanner` takes runs of these scripts only inside Latin-script lines; in a line wholly in one
/// of them the name is glued to the words around it, so only such cues can cut it out.
enum OtherScriptRecipients {
  /// One Unicode scalar and its bytes.
  struct Scalar {
    var value: UInt32
    var start: Int
    var end: Int
  }

  /// Chinese labels and hand-over verbs after which a name of two to four characters follows.
  static let chineseCues: [[UInt32]] = ["收件人是", "收件人为", "收件人：", "收件人:", "收件人", "收货人是", "收货人：",
                                        "收货人:", "收货人", "联系人是", "联系人：", "联系人:", "转交给", "交给", "寄给"].map(values)
  /// Japanese labels before a recipient's name.
  static let japaneseCues: [[UInt32]] = ["受取人は", "受取人：", "受取人:", "受取人", "宛名は", "宛名：", "氏名：", "氏名:",
                                         "氏名は", "名前は", "担当は"].map(values)
  /// Japanese honorifics that follow a person's name.
  static let japaneseHonorifics: [[UInt32]] = ["ちゃん", "さん", "さま", "くん", "様", "殿"].map(values)
  /// Korean labels before a recipient's name.
  static let koreanCues: [[UInt32]] = ["받는 사람은", "받는 사람:", "받는 사람", "받는사람", "받는 분", "받는분", "수령인은",
                                       "수령인:", "수령인", "수취인은", "수취인:", "수취인"].map(values)
  /// Korean endings glued after a name: copulas, honorifics and particles ("박지영입니다", "민수님").
  static let koreanEndings: [[UInt32]] = ["입니다", "이에요", "이예요", "예요", "이고요", "이고", "이요", "님", "씨", "요"].map(values)
  /// Words before an honorific or after a label that are roles, kin or everyone, not a name.
  static let notNames: Set<String> = [
    "店长", "店長", "运転手", "運転手", "配達員", "配达员", "担当者", "管理人", "大家", "隣人", "皆", "客", "神", "奥",
    "快递员", "快递", "门卫", "前台", "邻居", "保安", "物业", "家人", "朋友", "同事", "本人", "自己", "我们", "他们",
    "아저", "아가", "고객", "기사", "사장", "선생", "부모", "어머", "아버", "여러분", "회원", "판매자", "구매자", "관리자",
    "상담사", "택배기사", "배송기사", "경비", "관리인", "이웃", "본인", "가족",
  ]
  /// First characters that make a Chinese run a pronoun or a word, not a name ("交给我", "交给他们").
  static let chineseNotFirst: Set<UInt32> = Set("我你他她它您的了在门前邻快保物家朋同本店这那".unicodeScalars.map(\.value))

  static func values(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

  static func isHan(_ v: UInt32) -> Bool { (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) }
  static func isHangul(_ v: UInt32) -> Bool { (0xAC00...0xD7A3).contains(v) }
  static func isSpace(_ v: UInt32) -> Bool { v == 0x20 || v == 0x3000 }

  static func scan(_ b: UnsafeBufferPointer<UInt8>, into out: inout [Candidate]) {
    // Han, kana and Hangul all have lead bytes E3-ED in UTF-8.
    guard b.contains(where: { $0 >= 0xE3 && $0 <= 0xED }) else { return }
    var s: [Scalar] = []
    var i = 0
    while i < b.count {
      let (scalar, width) = OtherScriptNameScanner.decode(b, i)
      let w = max(1, width)
      s.append(Scalar(value: scalar.value, start: i, end: min(b.count, i + w)))
      i += w
    }
    for p in s.indices {
      if let q = cueEnd(s, p, chineseCues) { chinese(s, from: q, into: &out) }
      if let q = cueEnd(s, p, japaneseCues) { japanese(s, from: q, into: &out) }
      if let q = cueEnd(s, p, koreanCues) { korean(s, from: q, into: &out) }
      if let h = cueEnd(s, p, japaneseHonorifics) { beforeJapaneseHonorific(s, p, h, into: &out) }
      if s[p].value == 0xC528 { beforeKoreanHonorific(s, p, into: &out) }  // 씨
    }
  }

  /// The index after the longest cue of `cues` at `p`, or nil; a cue opens after no letter of its own script.
  static func cueEnd(_ s: [Scalar], _ p: Int, _ cues: [[UInt32]]) -> Int? {
    for cue in cues where p + cue.count <= s.count {
      if (0..<cue.count).allSatisfy({ s[p + $0].value == cue[$0] }) { return p + cue.count }
    }
    return nil
  }

  static func text(_ s: [Scalar], _ a: Int, _ e: Int) -> String {
    guard a < e, a >= 0, e <= s.count else { return "" }
    var u = String.UnicodeScalarView()
    for k in a..<e { if let v = Unicode.Scalar(s[k].value) { u.append(v) } }
    return String(u)
  }

  /// The end of the run of scalars from `a` that pass `test`, at most `limit` long.
  static func run(_ s: [Scalar], _ a: Int, _ limit: Int, _ test: (UInt32) -> Bool) -> Int {
    var e = a
    while e < s.count, e - a < limit + 1, test(s[e].value) { e += 1 }
    return e
  }

  static func add(_ s: [Scalar], _ a: Int, _ e: Int, into out: inout [Candidate]) {
    guard a >= 0, a < e, e <= s.count else { return }
    out.append(Candidate(type: .name, start: s[a].start, end: s[e - 1].end))
  }

  /// "收件人是王小明，", "请交给王小红，": two to four Han characters closed by a non-Han character or the end.
  static func chinese(_ s: [Scalar], from q: Int, into out: inout [Candidate]) {
    var a = q
    while a < s.count, isSpace(s[a].value) { a += 1 }
    guard a < s.count, !chineseNotFirst.contains(s[a].value) else { return }
    let e = run(s, a, 4, isHan)
    guard (2...4).contains(e - a), !notNames.contains(text(s, a, e)) else { return }
    add(s, a, e, into: &out)
  }

  /// "受取人は佐藤 花子です": a family name, maybe a space, and a given name, each of one to three Han characters.
  static func japanese(_ s: [Scalar], from q: Int, into out: inout [Candidate]) {
    var a = q
    while a < s.count, isSpace(s[a].value) { a += 1 }
    let e1 = run(s, a, 3, isHan)
    guard (1...3).contains(e1 - a) else { return }
    var e = e1
    if e1 + 1 < s.count, isSpace(s[e1].value) {
      let e2 = run(s, e1 + 1, 3, isHan)
      if (1...3).contains(e2 - e1 - 1) { e = e2 }
    }
    guard e - a >= 2, !notNames.contains(text(s, a, e)) else { return }
    add(s, a, e, into: &out)
  }

  /// "山本 健太様", "佐藤 美咲さん": Han characters (a family name, a space, a given name) right before an honorific,
  /// not after "お"/"ご" ("お客様") and not glued to a longer run of Han characters (a place's).
  static func beforeJapaneseHonorific(_ s: [Scalar], _ h: Int, _ after: Int, into out: inout [Candidate]) {
    var a = h
    while a > 0, h - a < 3, isHan(s[a - 1].value) { a -= 1 }
    guard h - a >= 1, a == 0 || !isHan(s[a - 1].value) else { return }
    var start = a
    if a >= 2, isSpace(s[a - 1].value), isHan(s[a - 2].value) {
      var f = a - 1
      while f > 0, a - 1 - f < 3, isHan(s[f - 1].value) { f -= 1 }
      if f == 0 || !isHan(s[f - 1].value) { start = f }
    }
    let chars = (start..<h).filter { isHan(s[$0].value) }.count
    guard chars >= 2, start == 0 || s[start - 1].value != 0x304A && s[start - 1].value != 0x3054,  // お, ご
          !notNames.contains(text(s, a, h)), !notNames.contains(text(s, start, h)) else { return }
    add(s, start, h, into: &out)
  }

  /// "받는 사람은 박지영입니다", "받는 분 최수민": a Hangul word of two to four syllables after the label, a copula or
  /// honorific glued after it left out.
  static func korean(_ s: [Scalar], from q: Int, into out: inout [Candidate]) {
    var a = q
    while a < s.count, isSpace(s[a].value) || s[a].value == 0x3A { a += 1 }
    var e = run(s, a, 8, isHangul)
    guard e > a else { return }
    for ending in koreanEndings where e - a > ending.count + 1 {
      if (0..<ending.count).allSatisfy({ s[e - ending.count + $0].value == ending[$0] }) {
        e -= ending.count
        break
      }
    }
    guard (2...4).contains(e - a), !notNames.contains(text(s, a, e)) else { return }
    add(s, a, e, into: &out)
  }

  /// "박서준 씨한테", "지영씨": a Hangul word of two to four syllables (three or four glued) before "씨".
  static func beforeKoreanHonorific(_ s: [Scalar], _ h: Int, into out: inout [Candidate]) {
    var e = h
    if e > 0, s[e - 1].value == 0x20 { e -= 1 }
    var a = e
    while a > 0, e - a < 5, isHangul(s[a - 1].value) { a -= 1 }
    guard (2...4).contains(e - a), a == 0 || !isHangul(s[a - 1].value), !notNames.contains(text(s, a, e)) else { return }
    add(s, a, e, into: &out)
  }
}
