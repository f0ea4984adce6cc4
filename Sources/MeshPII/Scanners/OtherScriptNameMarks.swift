/// Names in lines of another script that the words after them mark (pii52): an honorific ("अनिता गुप्ता जी के नाम से
/// भेजिए"), "in the name of" written after the name as Hindi and Bengali do ("… के नाम से", "… নামে"), "here"
/// ("Ιωάννης Γεωργίου εδώ"), and kin after a name that opens the line ("ফারহানা আক্তার আমার বোন": X is my sister).
/// Languages that put such words after the name give no cue before it; the word after is the only sign.
enum OtherScriptNameMarks {
  typealias Word = OtherScriptNameScanner.Word

  /// Words (or phrases) right after a name that make the one or two words before it a person's name.
  static let after: [[String]] = [
    ["जी"], ["के", "नाम"], ["साहब"], ["साहिब"],
    ["নামে"], ["এর", "নামে"], ["সাহেব"],
    ["εδώ"], ["здесь"], ["тут"], ["на", "связи"],
  ]
  /// Kin after a name at the line's start: "X আমার বোন" (my sister), "X मेरी बहन", "X моя сестра".
  static let kinAfter: [[String]] = [
    ["আমার", "বোন"], ["আমার", "ভাই"], ["আমার", "মা"], ["আমার", "বাবা"], ["আমার", "স্বামী"], ["আমার", "স্ত্রী"],
    ["আমার", "বন্ধু"], ["मेरी", "बहन"], ["मेरा", "भाई"], ["मेरी", "माँ"], ["मेरे", "पिता"], ["मेरे", "पति"], ["मेरी", "पत्नी"],
    ["मेरा", "दोस्त"], ["मेरी", "दोस्त"],
  ]
  /// Words that stand before an honorific and are no name: yes, no, greetings, thanks, "is", titles, kin.
  static let notNames: Set<String> = [
    "हाँ", "हां", "नहीं", "जी", "नमस्ते", "धन्यवाद", "शुक्रिया", "ठीक", "है", "हैं", "भाई", "बहन", "दीदी", "सर", "मैडम",
    "पिता", "माता", "आप", "मैं", "हम", "अच्छा", "बिलकुल", "बिल्कुल", "गुरु", "मालिक", "डॉक्टर",
    // Verbs that close a Hindi sentence before a polite "जी" ("भेज दिया जी").
    "दिया", "दी", "दिए", "गया", "गई", "गए", "किया", "की", "रहा", "रही", "रहे", "था", "थी", "थे", "हो", "करें", "करो",
    "करिए", "बताइए", "बताओ", "भेजिए", "भेजो", "चाहिए", "सकते", "सकता", "सकती", "लिया", "ली", "मिला", "मिली",
    "হ্যাঁ", "না", "আমার", "আমি", "আপনার", "তার", "ধন্যবাদ", "ঠিক", "আছে",
  ]

  static func scan(_ b: UnsafeBufferPointer<UInt8>, _ words: [Word], into out: inout [Candidate]) {
    guard words.count >= 2 else { return }
    let texts = words.map { OtherScriptNameScanner.text(b, $0) }
    for k in 1..<words.count {
      if let cue = after.first(where: { matches($0, texts, k) }) {
        // "here" marks a name only at the line's start (the writer's own); honorifics mark one anywhere.
        let atStart = cue == ["εδώ"] || cue == ["здесь"] || cue == ["тут"] || cue == ["на", "связи"]
        if let name = nameBefore(b, words, texts, k, atStart: atStart) { out.append(name) }
      }
      if kinAfter.contains(where: { matches($0, texts, k) }), let name = nameBefore(b, words, texts, k, atStart: true) {
        out.append(name)
      }
    }
  }

  /// Whether the phrase opens at word `k`.
  static func matches(_ phrase: [String], _ texts: [String], _ k: Int) -> Bool {
    k + phrase.count <= texts.count && (0..<phrase.count).allSatisfy { texts[k + $0].lowercased() == phrase[$0] }
  }

  /// The one or two words of one script (not Latin) right before word `k`, spaced, each a possible name word;
  /// with `atStart`, they must open the text (after spaces or line breaks only).
  static func nameBefore(_ b: UnsafeBufferPointer<UInt8>, _ words: [Word], _ texts: [String], _ k: Int,
                         atStart: Bool) -> Candidate? {
    let last = k - 1
    guard last >= 0, words[last].script != .latin, words[last].script != .other, possible(words[last], texts[last]),
          OtherScriptNameScanner.joins(b, words[last].end, words[k].start) else { return nil }
    var first = last
    if last >= 1, words[last - 1].script == words[last].script, possible(words[last - 1], texts[last - 1]),
       OtherScriptNameScanner.joins(b, words[last - 1].end, words[last].start) {
      first = last - 1
    }
    // Scripts with capitals: both words capitalised (a sentence's first word alone is no name).
    if words[last].script.cased && first == last { return nil }
    if atStart {
      guard (0..<words[first].start).allSatisfy({ b[$0] == 0x20 || b[$0] == 0x0A }) else { return nil }
    }
    return Candidate(type: .name, start: words[first].start, end: words[last].end)
  }

  /// A word that can be part of a name here: two letters or more, no greeting or stop word, capitalised in Cyrillic
  /// and Greek.
  static func possible(_ w: Word, _ text: String) -> Bool {
    w.letters >= 2 && !notNames.contains(text) && !OtherScriptNameScanner.notNames.contains(text)
      && !OtherScriptIntroductions.hindiVerbs.contains(text) && (!w.script.cased || w.capitalised)
  }
}
