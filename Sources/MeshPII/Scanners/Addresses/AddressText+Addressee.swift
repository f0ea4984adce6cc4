/// The addressee written after a Japanese or Korean address, as those countries put the person last ("…サクラハイツ202
/// 山本 健太様"), and the request words after a Korean one ("… 702호 으로 보내주세요"): scripts without
/// capitals, whose words the address rules would otherwise take as place names.
extension AddressText {
  /// Japanese honorifics closing a person's or a firm's name: 様, 殿, さん, 御中.
  static let honorifics: [[UInt8]] = ["様", "殿", "さん", "御中"].map { Array($0.utf8) }
  /// Korean words for the request that ends an address: "으로 보내주세요" (send it to). The recipient after "받는 분"
  /// stays inside the address's span: no rule names a Korean name after it yet, and inside the span it is removed.
  static let koreanEnders = WordSet(words: ["으로", "로", "보내주세요", "보내", "주세요", "부탁드립니다", "부탁해요"])

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
