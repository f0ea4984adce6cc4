/// The person a Japanese address is sent to, written after it as Japan does: "サクラハイツ202 山本 健太様" (a name
/// before the honorific 様, 殿 or さん). The address rules stop before it (`AddressText.isAddresseeWord`); this names
/// it, so the words the address no longer covers are still removed.
enum EastAsianAddressee {
  /// Japanese honorifics after a person's name (御中 follows a firm's, which is no person).
  static let honorifics: [[UInt8]] = ["様", "殿", "さん"].map { Array($0.utf8) }
  /// Adds the addressees' names in `b` to `out`.
  static func scan(_ b: UnsafeBufferPointer<UInt8>, into out: inout [Candidate]) {
    // Only text with kana or CJK characters (their UTF-8 lead bytes are 0xE3-0xE9) can hold them.
    guard b.contains(where: { $0 >= 0xE3 && $0 <= 0xE9 }) else { return }
    let words = ByteWords.split(b)
    for k in words.indices {
      let w = words[k]
      guard w.digits == 0, b[w.start] >= 0xE3, b[w.start] <= 0xE9 else { continue }
      if let h = honorifics.first(where: { h in w.length > h.count && (0..<h.count).allSatisfy { b[w.end - h.count + $0] == h[$0] } }) {
        // The given name carries the honorific; the family name may stand one space before it.
        var start = w.start
        if k > 0, ByteWords.spaced(b, words[k - 1], w), isNameWord(b, words[k - 1]) { start = words[k - 1].start }
        guard w.end - h.count > w.start, !notPerson(b, w.start, w.end - h.count) else { continue }
        out.append(Candidate(type: .name, start: start, end: w.end - h.count))
      }
    }
  }

  /// "お客様" (the customer), "皆さん" (everyone), "ご家族様": a polite prefix or "all" before the honorific, no name.
  static func notPerson(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    let prefixes: [[UInt8]] = ["お", "ご", "御", "皆", "みな"].map { Array($0.utf8) }
    return prefixes.contains { p in end - start >= p.count && (0..<p.count).allSatisfy { b[start + $0] == p[$0] } }
  }

  /// A CJK or kana word of one to four characters with no digit: a family or given name.
  static func isNameWord(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    w.digits == 0 && b[w.start] >= 0xE3 && b[w.start] <= 0xE9 && w.length <= 12 && w.length % 3 == 0
  }
}

/// The recipient a Korean address names after it: "… 201호 받는분 정우성", "… 받는 사람은 최유진이에요", "수령인 김하늘 님".
/// The address ends before the words that name the recipient (`AddressText.koreanEnders`); the name after them is
/// reported here, without the particles glued to it.
extension EastAsianAddressee {
  /// "받는분", "받는 분", "받는 사람(은)", "수령인", "수취인": the recipient.
  static let koreanRecipientWords: [[UInt8]] = ["받는분", "분", "사람은", "사람", "수령인", "수취인", "받는사람은",
                                                 "받는사람"].map { Array($0.utf8) }
  /// Endings glued after the name: "이에요", "입니다", "이요", "예요", "님", "씨".
  static let koreanNameEndings: [[UInt8]] = ["이에요", "입니다", "이요", "예요", "님", "씨"].map { Array($0.utf8) }

  /// Adds the Korean recipients' names in `b` to `out`.
  static func scanKorean(_ b: UnsafeBufferPointer<UInt8>, into out: inout [Candidate]) {
    guard b.contains(where: { $0 >= 0xEA && $0 <= 0xED }) else { return }
    let words = ByteWords.split(b)
    for k in words.indices.dropFirst() where k > 0 {
      let cue = Array(UnsafeBufferPointer(rebasing: b[words[k - 1].start..<words[k - 1].end]))
      guard koreanRecipientWords.contains(cue) else { continue }
      // "분", "사람" and "사람은" only after "받는" ("그 사람은 …" is anyone).
      if !strongRecipientWords.contains(cue),
         k < 2 || Array(UnsafeBufferPointer(rebasing: b[words[k - 2].start..<words[k - 2].end])) != Self.receiving { continue }
      let w = words[k]
      guard w.digits == 0, b[w.start] >= 0xEA, b[w.start] <= 0xED else { continue }
      var end = w.end
      if let e = koreanNameEndings.first(where: { e in end - w.start > e.count
        && (0..<e.count).allSatisfy { b[end - e.count + $0] == e[$0] } }) { end -= e.count }
      // A Korean name: two to four syllables of three bytes each.
      let length = end - w.start
      guard length >= 6, length <= 12, length % 3 == 0 else { continue }
      out.append(Candidate(type: .name, start: w.start, end: end))
    }
  }

  static let receiving: [UInt8] = Array("받는".utf8)
  static let strongRecipientWords: [[UInt8]] = ["받는분", "수령인", "수취인", "받는사람", "받는사람은"].map { Array($0.utf8) }
}
