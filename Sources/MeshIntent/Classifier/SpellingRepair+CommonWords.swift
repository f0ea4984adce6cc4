/// The common training words one edit from a misspelt word, found by comparing the word with the few hundred common
/// words that share its first letter (or its second, for two swapped first letters), not by making the ~50 strings a
/// letter each way from it and looking every one up: the repair ran on every message the intent heads read, and
/// building those strings was most of its cost. The slips are `oneEditAway`'s, so the result is the same.
extension SpellingRepair {
  /// A common training word, with its bytes (lower-case ASCII letters, as `letterRuns` makes them).
  struct CommonWord: Sendable {
    let text: String
    let letters: [UInt8]
    let count: Int
  }

  /// The words of `commonByFirstLetter` one edit from `word` that can replace it, with the slip each edit undoes (as
  /// `oneEditAway`'s values); `oneEditAway` itself for a word that is not lower-case ASCII letters.
  func commonEdits(of word: String) -> [String: Int] {
    let w = Array(word.utf8)
    guard w.count >= 2, w.allSatisfy({ (0x61...0x7A).contains($0) }) else { return Self.oneEditAway(word) }
    var edits: [String: Int] = [:]
    let firsts = w[0] == w[1] ? [w[0]] : [w[0], w[1]]
    for first in firsts {
      for candidate in commonByFirstLetter[first] ?? [] {
        if let slip = Self.slip(from: w, to: candidate.letters) { edits[candidate.text] = slip }
      }
    }
    return edits
  }

  /// The slip that turns `w` into `v` in one edit, as `oneEditAway` ranks it: 0 a letter inserted or two neighbours
  /// swapped back, 1 a doubled letter deleted, 2 a wrong letter replaced (in a word of `shortestWrongLetter` letters or
  /// more); nil when `v` is `w` or more than one such edit from it. Both are lower-case ASCII letters.
  static func slip(from w: [UInt8], to v: [UInt8]) -> Int? {
    var i = 0
    while i < w.count && i < v.count && w[i] == v[i] { i += 1 }
    if v.count == w.count + 1 { return w[i...] == v[(i + 1)...] ? 0 : nil }
    if v.count == w.count {
      guard i < w.count else { return nil }
      if i + 1 < w.count && w[i] == v[i + 1] && w[i + 1] == v[i] && w[(i + 2)...] == v[(i + 2)...] { return 0 }
      return w.count >= shortestWrongLetter && w[(i + 1)...] == v[(i + 1)...] ? 2 : nil
    }
    if v.count + 1 == w.count {
      // Deleting `w[i]` gives `v` only when the rest matches; a letter typed twice has a twin beside it.
      guard w[(i + 1)...] == v[i...] else { return nil }
      let doubled = (i > 0 && w[i - 1] == w[i]) || (i + 1 < w.count && w[i + 1] == w[i])
      return doubled ? 1 : nil
    }
    return nil
  }
}
