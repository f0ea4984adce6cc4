/// Japanese names written without a space between family and given name before the words that follow a person
/// (pii52): "佐藤健一です" (I am …), "田中美咲と申します" (I am called …), "鈴木一郎 様", "高橋真由美さん". A run of kanji
/// that opens with a listed family name ("佐藤", "田中") and is one to three kanji longer is a full name when such a
/// word closes it; `OtherScriptRecipients` takes shorter runs before honorifics but cannot tell where a glued name of
/// four or five kanji begins without the family name.
enum JapaneseNames {
  /// Words after a name, with the honorifics: "です" (is), "と申します", "と言います", "といいます" (am called).
  static let closers: [[UInt32]] = ["と申します", "と言います", "といいます", "です", "さん", "さま", "様", "くん", "ちゃん", "殿"].map {
    $0.unicodeScalars.map(\.value)
  }

  /// Endings of companies, shops and offices named after a family ("田中商事です", "山田運輸様"), not people.
  static let companyEnds = ["商事", "商店", "商会", "工業", "産業", "書店", "薬局", "病院", "医院", "銀行", "運輸", "物流",
                            "電機", "建設", "会社", "工務店", "事務所", "屋", "堂", "店", "家", "社", "組", "駅", "町", "市", "区", "県"]

  static func scan(_ b: UnsafeBufferPointer<UInt8>, into out: inout [Candidate]) {
    // Kanji and kana have lead bytes E3-E9 in UTF-8.
    guard b.contains(where: { $0 >= 0xE3 && $0 <= 0xE9 }) else { return }
    var s: [OtherScriptRecipients.Scalar] = []
    var i = 0
    while i < b.count {
      let (scalar, width) = OtherScriptNameScanner.decode(b, i)
      let w = max(1, width)
      s.append(.init(value: scalar.value, start: i, end: min(b.count, i + w)))
      i += w
    }
    for p in s.indices where OtherScriptRecipients.isHan(s[p].value) && (p == 0 || !OtherScriptRecipients.isHan(s[p - 1].value)) {
      // The run of kanji from p, at most six long, then maybe one space before an honorific ("鈴木一郎 様").
      let e = OtherScriptRecipients.run(s, p, 6, OtherScriptRecipients.isHan)
      guard (3...6).contains(e - p) else { continue }
      var c = e
      if c < s.count, OtherScriptRecipients.isSpace(s[c].value) { c += 1 }
      guard OtherScriptRecipients.cueEnd(s, c, closers) != nil,
            // "です" only right after the name, not after a space (a space before "です" ends a list of words).
            c == e || !startsWith(s, c, "です") else { continue }
      let run = OtherScriptRecipients.text(s, p, e)
      guard [2, 3].contains(where: { n in
              run.count - n >= 1 && run.count - n <= 3 && NameLexicon.eastAsianFamilyNames.contains(String(run.prefix(n)))
            }),
            // Not after "お"/"ご" (honorific prefixes of things: "お客様").
            p == 0 || s[p - 1].value != 0x304A && s[p - 1].value != 0x3054,
            !OtherScriptRecipients.notNames.contains(run), !companyEnds.contains(where: { run.hasSuffix($0) }) else { continue }
      OtherScriptRecipients.add(s, p, e, into: &out)
    }
  }

  static func startsWith(_ s: [OtherScriptRecipients.Scalar], _ p: Int, _ word: String) -> Bool {
    let v = word.unicodeScalars.map(\.value)
    return p + v.count <= s.count && (0..<v.count).allSatisfy { s[p + $0].value == v[$0] }
  }
}
