/// Names after a self-introduction in a line written wholly in another script: "Меня зовут Ольга Смирнова",
/// "Γεια σας, είμαι η Κατερίνα Παπαδοπούλου", "我的名字是王芳，请退款", "मेरा नाम अनीता शर्मा है", "田中 花子 です。".
/// `OtherScriptNameScanner` takes names only inside Latin-script lines, where a switch of script marks them;
/// in a line of one script only the phrase "my name is" (and its kin) tells a name from the words around it,
/// as "soy", "ich bin" and "I'm" do for Latin-script chat.
enum OtherScriptIntroductions {
  typealias Word = OtherScriptNameScanner.Word

  /// Phrases of whole words after which the next capitalised words (Cyrillic, Greek) or the next words
  /// (caseless scripts) are the writer's name.
  static let cuePhrases: [[String]] = [
    ["меня", "зовут"], ["мене", "звати"], ["моё", "имя"], ["мое", "имя"],
    ["είμαι", "ο"], ["είμαι", "η"], ["με", "λένε"], ["ονομάζομαι"], ["λέγομαι"], ["όνομά", "μου", "είναι"],
    ["मेरा", "नाम"], ["اسمي"], ["اسمى"], ["שמי"],
    // Sign-offs of Russian and Ukrainian letters ("С уважением, Дмитрий Козлов").
    ["с", "уважением"], ["з", "повагою"],
    // Recipients' labels and "in the name of" (pii52): a name follows them in whatever case the sentence gives it
    // ("на имя Сергея Волкова"); in Cyrillic and Greek only capitalised words are taken, so "получатель тот же" stays.
    ["получатель"], ["получательница"], ["получателя"], ["на", "имя"], ["отримувач"], ["отримувачка"], ["одержувач"],
    ["на", "ім'я"], ["на", "імʼя"], ["на", "ім’я"], ["отримає"], ["получит"], ["заберёт"], ["заберет"], ["забере"],
    ["контактное", "лицо"], ["фио"], ["піб"],
    ["παραλήπτης"], ["παραλήπτρια"], ["παραλήπτης", "είναι", "ο"], ["παραλήπτης", "είναι", "η"],
    ["παραλήπτρια", "είναι", "η"], ["στο", "όνομα"], ["ονοματεπώνυμο"], ["λέγομαι", "ο"], ["λέγομαι", "η"],
    ["المستلم"], ["المستلمة"], ["باسم"], ["بإسم"], ["اسم", "المستلم"], ["اسم", "المستلمة"], ["المرسل", "إليه"],
    ["קוראים", "לי"], ["הנמען"], ["הנמענת"], ["שם", "הנמען"], ["על", "שם"], ["לכבוד"],
    ["प्राप्तकर्ता"], ["पाने", "वाले"], ["मेरा", "नाम"], ["আমার", "নাম"], ["প্রাপক"], ["প্রাপকের", "নাম"],
  ]
  /// "это Ольга Смирнова" ("this is"): a cue only before a given name and a surname, since "это" opens any sentence
  /// and a place after it has one capitalised word ("это Москва").
  static let pairCuePhrases: [[String]] = [["это"], ["це"]]
  /// Chinese cues written together with the name in one run of characters ("我叫李娜", "我的名字是王芳").
  static let chineseCues = ["我的名字是", "我的名字叫", "我名叫", "我叫"]
  /// "我是王小明" (I am …): "我是" opens any sentence ("我是想问…", "我是买家"), so only a listed family name after it
  /// makes the rest a name (pii52).
  static let familyCues = ["我是"]

  /// Whether a run of Chinese characters opens with a self-introduction ("我叫陈静"): the name is the rest, cut by
  /// `chinese`, not the whole run.
  static func opensWithChineseCue(_ text: String) -> Bool {
    (chineseCues + familyCues).contains { text.hasPrefix($0) && text.count > $0.count }
  }
  /// Characters that after "我叫" make it "I called …" or "I'm called by …", not a name ("我叫了快递").
  static let notNameStarts: Set<Character> = ["了", "过", "你", "他", "她", "它", "我", "的", "人", "车"]
  /// Words that end a name after a Devanagari cue ("मेरा नाम अनीता शर्मा है") or close the phrase "मैं … हूँ".
  static let hindiVerbs: Set<String> = ["है", "हूँ", "हूं"]
  /// Devanagari words that follow "मैं" as a state, not a name ("मैं ठीक हूँ", "मैं बहुत परेशान हूँ").
  static let hindiStates: Set<String> = ["ठीक", "बहुत", "खुश", "परेशान", "नाराज़", "नाराज", "घर", "यहाँ", "यहां", "वहाँ",
                                         "थका", "थकी", "बीमार", "तैयार", "बिज़ी", "बिजी", "भी", "नहीं", "तो", "अभी"]

  static func scan(_ b: UnsafeBufferPointer<UInt8>, _ words: [Word], into out: inout [Candidate]) {
    let texts = words.map { OtherScriptNameScanner.text(b, $0) }
    for k in words.indices {
      for cue in cuePhrases where k + cue.count < words.count {
        guard (0..<cue.count).allSatisfy({ texts[k + $0].lowercased() == cue[$0] }) else { continue }
        if let name = nameAfter(b, words, texts, k + cue.count) { out.append(name) }
      }
      for cue in pairCuePhrases where k + cue.count + 1 < words.count {
        guard (0..<cue.count).allSatisfy({ texts[k + $0].lowercased() == cue[$0] }) else { continue }
        if let name = nameAfter(b, words, texts, k + cue.count), words[k + cue.count].script.cased,
           name.end > words[k + cue.count].end {
          out.append(name)
        }
      }
      chinese(b, words[k], texts[k], into: &out)
      arabicSelf(b, words, texts, k, into: &out)
      // "मैं अनीता शर्मा हूँ": one or two words between "I" and "am".
      if texts[k] == "मैं", k + 2 < words.count, let end = (k + 2...min(k + 3, words.count - 1)).first(where: { hindiVerbs.contains(texts[$0]) }),
         (k + 1..<end).allSatisfy({ name(words[$0], texts[$0]) && !hindiStates.contains(texts[$0]) }),
         OtherScriptNameScanner.joins(b, words[k + 1].end, words[end - 1].start) || end == k + 2 {
        out.append(Candidate(type: .name, start: words[k + 1].start, end: words[end - 1].end))
      }
    }
    japanese(b, words, texts, into: &out)
  }

  /// Arabic words that follow "أنا" (I am) and open no name: prepositions, negations and states ("أنا في البيت",
  /// "أنا لا أعرف", "أنا بخير").
  static let arabicNotNames: Set<String> = ["في", "من", "على", "عند", "مع", "لا", "لم", "لن", "ما", "هل", "بخير", "هنا",
                                            "آسف", "آسفة", "سعيد", "سعيدة", "زعلان", "زعلانة", "متأكد", "متأكدة", "أريد",
                                            "أبحث", "أنتظر", "انتظر", "مش", "كنت", "اشتريت", "طلبت", "جديد", "جديدة"]

  /// Hebrew words that follow "אני" and open no name: negations, verbs and states ("אני לא יודע", "אני מחכה להחזר").
  static let hebrewNotNames: Set<String> = ["לא", "רוצה", "צריך", "צריכה", "מחכה", "מחכים", "יכול", "יכולה", "חושב", "חושבת",
                                            "יודע", "יודעת", "גר", "גרה", "כבר", "עדיין", "פה", "כאן", "בבית", "שוב", "מאוד",
                                            "מצטער", "מצטערת", "בטוח", "בטוחה", "הזמנתי", "קניתי", "שילמתי", "רק", "גם", "עוד"]

  /// "مرحبا، أنا ليلى حداد، الطلب لم يصل": "أنا" (I am) and two Arabic words closed by a comma, a full stop or the
  /// text's end are a given name and a family name; one word after "أنا" is as often a state or a verb.
  static func arabicSelf(_ b: UnsafeBufferPointer<UInt8>, _ words: [Word], _ texts: [String], _ k: Int,
                         into out: inout [Candidate]) {
    // "אני אבי כהן, החבילה …": Hebrew "אני" (I) works the same way (pii52).
    let script: OtherScriptNameScanner.Script = texts[k] == "أنا" ? .arabic : .hebrew
    guard texts[k] == "أنا" || texts[k] == "אני", k + 2 < words.count, words[k + 1].script == script,
          words[k + 2].script == script,
          (k + 1...k + 2).allSatisfy({ name(words[$0], texts[$0]) && !arabicNotNames.contains(texts[$0])
            && !hebrewNotNames.contains(texts[$0]) }),
          OtherScriptNameScanner.joins(b, words[k].end, words[k + 1].start),
          OtherScriptNameScanner.joins(b, words[k + 1].end, words[k + 2].start) else { return }
    // The name closes its clause: the Arabic comma "،" (D8 8C), ",", ".", or the end of the text or line.
    var e = words[k + 2].end
    while e < b.count, b[e] == 0x20 { e += 1 }
    guard e == b.count || b[e] == 0x2C || b[e] == 0x2E || b[e] == 0x0A || e + 1 < b.count && b[e] == 0xD8 && b[e + 1] == 0x8C
    else { return }
    out.append(Candidate(type: .name, start: words[k + 1].start, end: words[k + 2].end))
  }

  /// The one to three words after a cue that make a name: capitalised in Cyrillic and Greek, and in
  /// caseless scripts any words but a verb that closes the phrase ("है") or a greeting.
  static func nameAfter(_ b: UnsafeBufferPointer<UInt8>, _ words: [Word], _ texts: [String], _ k: Int) -> Candidate? {
    guard words[k].script != .latin, words[k].script != .other, name(words[k], texts[k]),
          OtherScriptNameScanner.joins(b, words[k - 1].end, words[k].start) || signOffGap(b, words[k - 1].end, words[k].start)
    else { return nil }
    // Caseless scripts give no capital to end the name at: two words at most ("اسمي محمد العلي وأريد").
    let most = words[k].script.cased ? 2 : 1
    var end = k
    while end + 1 < words.count, end - k < most, words[end + 1].script == words[k].script, name(words[end + 1], texts[end + 1]),
          OtherScriptNameScanner.joins(b, words[end].end, words[end + 1].start) {
      end += 1
    }
    // "المستلم: فاطمة الزهراء علي، العنوان …": a third word of a caseless script when a comma or the text's end closes it.
    if !words[k].script.cased, end - k == 1, end + 1 < words.count, words[end + 1].script == words[k].script,
       name(words[end + 1], texts[end + 1]), OtherScriptNameScanner.joins(b, words[end].end, words[end + 1].start),
       closesClause(b, words[end + 1].end) {
      end += 1
    }
    return Candidate(type: .name, start: words[k].start, end: words[end].end)
  }

  /// Whether a comma (Latin or Arabic "،"), a full stop, a line break or the text's end follows `e` after spaces.
  static func closesClause(_ b: UnsafeBufferPointer<UInt8>, _ from: Int) -> Bool {
    var e = from
    while e < b.count, b[e] == 0x20 { e += 1 }
    return e == b.count || b[e] == 0x2C || b[e] == 0x2E || b[e] == 0x0A || e + 1 < b.count && b[e] == 0xD8 && b[e + 1] == 0x8C
  }

  /// Whether a word can be part of a name: two letters or more, no greeting or shop word, no verb that closes
  /// a Hindi phrase, and capitalised in a script with capitals.
  static func name(_ w: Word, _ text: String) -> Bool {
    w.letters >= 2 && !OtherScriptNameScanner.notNames.contains(text) && !hindiVerbs.contains(text)
      && (!w.script.cased || w.capitalised)
  }

  /// A comma or a line break between a sign-off and the name under it ("С уважением,\nДмитрий Козлов").
  static func signOffGap(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
    to - from <= 3 && (from..<to).allSatisfy { b[$0] == 0x2C || b[$0] == 0x20 || b[$0] == 0x0A || b[$0] == 0x3A }
  }

  /// "我叫李娜", "我的名字是王芳，请退款": two to four Chinese characters after the cue, to the end of the run.
  static func chinese(_ b: UnsafeBufferPointer<UInt8>, _ w: Word, _ text: String, into out: inout [Candidate]) {
    guard w.script == .cjk, !w.hasKana else { return }
    let rest: Substring
    if let cue = chineseCues.first(where: { text.hasPrefix($0) }) {
      rest = text.dropFirst(cue.count)
    } else if let cue = familyCues.first(where: { text.hasPrefix($0) }) {
      rest = text.dropFirst(cue.count)
      // A family name of one or two characters, then a given name of one or two.
      guard (2...4).contains(rest.count), NameLexicon.eastAsianFamilyNames.contains(String(rest.prefix(1)))
              || NameLexicon.eastAsianFamilyNames.contains(String(rest.prefix(2))) && rest.count >= 3 else { return }
    } else {
      return
    }
    guard (2...4).contains(rest.count), let first = rest.first, !notNameStarts.contains(first) else { return }
    out.append(Candidate(type: .name, start: w.end - rest.utf8.count, end: w.end))
  }

  /// "田中 花子 です。", "山本 健太と申します": a family and a given name in kanji, a space apart, opening the
  /// line before "です" (is) or "と申します" (am called): two kanji words before "です" open Japanese
  /// self-introductions; one kanji word before "です" is as often a thing ("明日 です").
  static func japanese(_ b: UnsafeBufferPointer<UInt8>, _ words: [Word], _ texts: [String], into out: inout [Candidate]) {
    // "小林 花" alone in the text: a listed family name and a given name, a space apart (Chinese and Japanese put
    // none between other words).
    let alone = words.count == 2 && NameLexicon.eastAsianFamilyNames.contains(texts[0])
      && (words[1].end..<b.count).allSatisfy { b[$0] == 0x20 || b[$0] == 0x0A || b[$0] == 0x0D }
    guard words.count >= 3 || alone, words[0].script == .cjk, words[1].script == .cjk, !words[0].hasKana, !words[1].hasKana,
          (1...3).contains(words[0].letters), (1...3).contains(words[1].letters),
          words[0].start == 0 || (0..<words[0].start).allSatisfy({ b[$0] == 0x20 }),
          OtherScriptNameScanner.joins(b, words[0].end, words[1].start),
          alone || texts[2].hasPrefix("です") || texts[2].hasPrefix("と申します"),
          !OtherScriptNameScanner.notNames.contains(texts[0]), !OtherScriptNameScanner.notNames.contains(texts[1])
    else { return }
    out.append(Candidate(type: .name, start: words[0].start, end: words[1].end))
  }
}
