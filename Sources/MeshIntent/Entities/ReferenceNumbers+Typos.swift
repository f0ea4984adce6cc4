/// The cue words "order" and "number" as customers mistype them in chat (issue 12, branch ordnum34): a
/// letter doubled, dropped, added, swapped or replaced ("ordeer", "oreder", "ordet", "odrer nmber"). Listing
/// every typo never ends, so one edit away from the word counts, minus the real words that are one edit away.
extension ReferenceNumbers {
  /// English words one edit from "order" that are not it.
  static let orderLookAlikeWords: Set<String> = ["older", "odder"]
  /// English words one edit from "number" that are not it.
  static let numberLookAlikeWords: Set<String> = ["numbed"]

  /// Whether `w` (lower case) is "order" mistyped: four to six letters, starting with its "o" (so "border"
  /// stays a word), one edit away, and not a word of its own.
  static func orderTypo(_ w: String) -> Bool {
    let s = Array(w)
    guard (4...6).contains(s.count), s.first == "o", s.allSatisfy({ $0.isLetter }), !orderLookAlikeWords.contains(w)
    else { return false }
    return oneEditAway(s, Array("order"))
  }

  /// Whether `w` (lower case) is "number" mistyped ("nmber", "nunber", "numbr"): five to seven letters from
  /// its "n", one edit away, not a word of its own.
  static func numberTypo(_ w: String) -> Bool {
    let s = Array(w)
    guard (5...7).contains(s.count), s.first == "n", s.allSatisfy({ $0.isLetter }), !numberLookAlikeWords.contains(w)
    else { return false }
    return oneEditAway(s, Array("number"))
  }

  /// Whether `a` and `b` differ by exactly one insertion, deletion, substitution or swap of neighbours.
  static func oneEditAway(_ a: [Character], _ b: [Character]) -> Bool {
    guard a != b, abs(a.count - b.count) <= 1 else { return false }
    var i = 0
    while i < a.count && i < b.count && a[i] == b[i] { i += 1 }
    if a.count == b.count {
      // One letter replaced, or two neighbours swapped.
      if Array(a[(i + 1)...]) == Array(b[(i + 1)...]) { return true }
      return i + 1 < a.count && a[i] == b[i + 1] && a[i + 1] == b[i] && Array(a[(i + 2)...]) == Array(b[(i + 2)...])
    }
    // One letter added or dropped: the longer one without its letter at `i` is the shorter one.
    let (long, short) = a.count > b.count ? (a, b) : (b, a)
    return Array(long[(i + 1)...]) == Array(short[i...])
  }

  /// Whether `w` (lower case) stands between a cue and its number: a filler word or "number" mistyped.
  static func filler(_ w: String) -> Bool { fillers.contains(w) || numberTypo(w) }
}
