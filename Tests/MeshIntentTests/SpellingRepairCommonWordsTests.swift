@testable import MeshIntent
import Testing

/// The repair's search over its common words (`commonEdits`) gives what making every string one edit away and looking
/// each up gave (`oneEditAway`): the same words with the same slips among those the repair considers (first letter
/// kept, or the first two swapped), for misspellings of every kind and for words one edit from nothing.
@Suite struct SpellingRepairCommonWordsTests {
  static let repair = SpellingRepair.commerce()

  /// `oneEditAway`'s edits that are common training words, as `commonEdits` should find them.
  func generated(_ word: String) -> [String: Int] {
    kept(SpellingRepair.oneEditAway(word), of: word).filter { (Self.repair.counts[$0.key] ?? 0) >= SpellingRepair.commonCount }
  }

  /// The edits `repair` considers: its first letter kept, or the first two swapped.
  func kept(_ edits: [String: Int], of word: String) -> [String: Int] {
    edits.filter { $0.key.first == word.first || SpellingRepair.swapsFirstTwo(word, $0.key) }
  }

  @Test func commonEditsEqualTheGeneratedOnes() {
    var words = ["retrun", "cancle", "ordr", "wher", "pakage", "cna", "adress", "recieve", "refnud", "shippping",
                 "accout", "pasword", "delivry", "oredr", "stauts", "paymnet", "xyzzyq", "aa", "zz", "teh"]
    // Every slip of a few common words: each letter dropped, doubled, swapped with the next and replaced by "q".
    for word in ["order", "refund", "delivery", "cancel", "address", "account"] {
      let letters = Array(word)
      for i in letters.indices {
        words.append(String(letters[..<i] + letters[(i + 1)...]))
        words.append(String(letters[...i] + letters[i...]))
        if i + 1 < letters.count { var s = letters; s.swapAt(i, i + 1); words.append(String(s)) }
        var r = letters; r[i] = "q"; words.append(String(r))
      }
    }
    for word in words {
      #expect(kept(Self.repair.commonEdits(of: word), of: word) == generated(word), "\(word)")
    }
  }

  @Test func wordsOutsideTheLettersUseTheGeneratedEdits() {
    // Not lower-case ASCII: the generated edits, whatever they are.
    #expect(Self.repair.commonEdits(of: "café") == SpellingRepair.oneEditAway("café"))
    #expect(Self.repair.commonEdits(of: "x") == SpellingRepair.oneEditAway("x"))
  }
}
