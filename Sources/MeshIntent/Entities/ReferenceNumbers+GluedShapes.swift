/// A marketplace order number (3-7-7 or 2-5-5 digit groups) run into the words around it when the spaces are left out
/// (issue 12, branch ord44, order-numbers-dev11's "trackingfor114-0021355-6673021please"): the layout itself is the
/// evidence, as in `orderShape`, so the cue or verb glued before it need not be read.
extension ReferenceNumbers {
  /// The offset and length, in `t`'s scalars, of a marketplace order number glued between letters inside the word `t`:
  /// letters before or after it (not digits, which would make the groups longer), the groups joined by hyphens.
  static func gluedOrderShape(_ t: Token) -> (offset: Int, length: Int)? {
    guard t.isWord, t.hasLetter, t.hasDigit else { return nil }
    let s = Array(t.text.unicodeScalars)
    func digit(_ k: Int) -> Bool { ("0"..."9").contains(s[k]) }
    var a = 0
    while a < s.count {
      guard digit(a), a == 0 || s[a - 1].properties.isAlphabetic else { a += 1; continue }
      var e = a
      while e < s.count, digit(e) || s[e] == "-" && e + 1 < s.count && digit(e + 1) { e += 1 }
      // Something glued on one side at least: a word alone is `orderShape`'s.
      let glued = a > 0 || e < s.count
      if glued, e == s.count || s[e].properties.isAlphabetic, orderShape(String(String.UnicodeScalarView(s[a..<e]))) {
        return (a, e - a)
      }
      a = e
    }
    return nil
  }
}
