/// The addressee written after a Japanese or Korean address, as those countries put the person last ("…サクラハイツ202
/// 山本 健太様"), and the request words after a Korean one ("… 702호 으로 보내주세요"): scripts without
/// capitals, whose words the address rules would otherwise take as place names.
extension AddressText {
  /// Japanese honorifics closing a person's or a firm's name: 様, 殿, さん, 御中.
  static let honorifics: [[UInt8]] = ["様", "殿", "さん", "御中"].map { Array($0.utf8) }
  /// Korean words for the request that ends an address: "으로 보내주세요" (send it to). The recipient after "받는 분"
  /// stays inside the address's span: no rule names a Korean name after it yet, and inside the span it is removed.
  /// The words that name the recipient ("받는분 정우성", "받는 사람은 …", "수령인 …") end the address too: the name after
  /// them is a name's, not a place's.
  static let koreanEnders = WordSet(words: ["으로", "로", "보내주세요", "보내", "주세요", "부탁드립니다", "부탁해요",
                                            "받는분", "받는", "받는사람", "수령인", "수취인", "받으실"])

  /// The end of a Korean numbered unit that a particle follows in the same word ("1504호이고", "702호로"): after the
  /// unit's mark (호, 동, 층), or nil.
  func koreanUnitEnd(_ k: Int) -> Int? {
    let w = words[k]
    var p = w.start
    while p < w.end, Bytes.isDigit(b[p]) { p += 1 }
    guard p > w.start, p + 3 < w.end else { return nil }
    let mark = Array(UnsafeBufferPointer(rebasing: b[p..<p + 3]))
    return Self.koreanUnitMarks.contains(mark) ? p + 3 : nil
  }
  static let koreanUnitMarks: [[UInt8]] = ["호", "동", "층"].map { Array($0.utf8) }

  /// Whether `words[k]` is the addressee after an East Asian address or a request word, not part of the address: a
  /// word ending in an honorific, the name word right before one, or a Korean ending word.
  func isAddresseeWord(_ k: Int) -> Bool {
    let w = words[k]
    guard w.digits == 0, b[w.start] >= 0xE0 else { return false }
    if Self.koreanEnders.contains(w.hash) { return true }
    if endsInHonorific(w) { return true }
    // "山本 健太様": the family name before the given name that carries the honorific.
    guard k + 1 < words.count, words[k + 1].start == w.end + 1, b[w.end] == 0x20 else { return false }
    return words[k + 1].digits == 0 && endsInHonorific(words[k + 1])
  }

  /// Whether `w` ends in a Japanese honorific.
  func endsInHonorific(_ w: ByteWord) -> Bool {
    Self.honorifics.contains { h in
      w.length > h.count && (0..<h.count).allSatisfy { b[w.end - h.count + $0] == h[$0] }
    }
  }
}
