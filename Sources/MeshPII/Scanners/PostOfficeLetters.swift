/// The letters of "P.O." (post office) are no initials: "PO Box or P.O. Box?" lost "O. Box" to the name rules
/// (an initial before a capitalised word at a line's end) and the tagger took "O" for an initial (piiname37).
enum PostOfficeLetters {
  /// Whether the one-letter word at `start..<end` is half of "P.O." ("P. O.", "p.o.").
  static func contains(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    guard end - start == 1 else { return false }
    let letter = b[start] | 0x20
    if letter == 0x70 {
      var k = end
      guard k < b.count, b[k] == 0x2E else { return false }
      k += 1
      while k < b.count, b[k] == 0x20 { k += 1 }
      return k < b.count && b[k] | 0x20 == 0x6F && (k + 1 == b.count || !Bytes.isAlpha(b[k + 1]))
    }
    if letter == 0x6F {
      var k = start - 1
      while k >= 0, b[k] == 0x20 { k -= 1 }
      return k >= 1 && b[k] == 0x2E && b[k - 1] | 0x20 == 0x70 && (k == 1 || !Bytes.isAlpha(b[k - 2]))
    }
    return false
  }
}
