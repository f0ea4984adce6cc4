/// Names in lines written wholly in Greek, Ukrainian or Russian after a verb that hands a parcel to someone or a form of
/// address: "δώστε το δέμα στην Κατερίνα", "передайте посилку Оксані, вона сусідка", "залиште у пані Галини" (dev11,
/// pii48). Cyrillic and Greek capitalise names and places only, so after such a verb the first capitalised word within
/// four words, and a capitalised word right after it, are the person, in whatever case ending the sentence gives them.
/// A place after "στην" alone ("στην Αθήνα") stays: only a hand-over verb or a title opens the search.
enum OtherScriptHandOvers {
  typealias Word = OtherScriptNameScanner.Word

  /// Imperatives of give, hand over, leave and pass in Greek, Ukrainian and Russian, and forms of address.
  static let cues: Set<String> = [
    "δώστε", "δώσε", "δωστε", "παραδώστε", "παραδωστε", "αφήστε", "αφηστε", "άφησε", "αφησε", "κυρία", "κυρια", "κύριο",
    "κυριο", "κυρίου", "κ.",
    "передайте", "передай", "віддайте", "віддай", "залиште", "залиш", "отдайте", "отдай", "оставьте", "оставь",
    "пані", "пану", "пана", "пан", "господин", "господина", "госпожа", "госпоже",
  ]

  static func scan(_ b: UnsafeBufferPointer<UInt8>, _ words: [Word], into out: inout [Candidate]) {
    guard words.contains(where: { $0.script.cased }) else { return }
    for k in words.indices where words[k].script.cased {
      guard cues.contains(OtherScriptNameScanner.text(b, words[k]).lowercased()) else { continue }
      var j = k + 1
      while j < words.count, j - k <= 4, words[j].script == words[k].script, !words[j].capitalised,
            !OtherScriptNameScanner.sentenceEnd(b, words[j - 1].end, words[j].start) { j += 1 }
      guard j < words.count, j - k <= 4, words[j].script == words[k].script, words[j].capitalised, words[j].letters >= 2,
            !OtherScriptNameScanner.notNames.contains(OtherScriptNameScanner.text(b, words[j])),
            !OtherScriptNameScanner.sentenceEnd(b, words[j - 1].end, words[j].start) else { continue }
      var end = j
      if j + 1 < words.count, words[j + 1].script == words[j].script, words[j + 1].capitalised, words[j + 1].letters >= 2,
         OtherScriptNameScanner.joins(b, words[j].end, words[j + 1].start) {
        end = j + 1
      }
      out.append(Candidate(type: .name, start: words[j].start, end: words[end].end))
    }
  }
}
