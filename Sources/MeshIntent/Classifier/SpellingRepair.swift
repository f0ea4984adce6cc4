/// Mends the misspelt words of a message before the intent heads read it ("cna i retrun this", "cancle my ordr",
/// "wher is my pakage"): a word that is no word of the encoder's vocabulary becomes the training word one edit away (a
/// letter left out, typed twice, wrong in a long word, or two swapped: `oneEditAway`) that the training utterances hold far more often than it (a typo the
/// team wrote into a few lines, "retrun", is still mended to the "return" of hundreds), when exactly one such word is
/// far more common than the others. It is for the words that carry a shopper's need, the
/// vocabulary the heads were trained on; names, places, brands and order numbers are left as written (they are
/// rarely one edit from a common word, capitalised past their first letter, or next to digits), and the entities are
/// read from the message as written, not from the mended text.
public struct SpellingRepair: Sendable {
  /// How often each lower-cased word occurs in the training utterances.
  let counts: [String: Int]
  /// Whether a lower-cased word is a real word anyway (the encoder's vocabulary: "cart" is not "card" misspelt).
  let isWord: @Sendable (String) -> Bool
  /// The words of `counts` common enough to be put in a message (`commonCount`), by their first byte: a misspelt
  /// word is compared with these (SpellingRepair+CommonWords.swift) rather than with every string one edit from it.
  let commonByFirstLetter: [UInt8: [CommonWord]]

  /// How many times more often than the word itself its replacement must occur in training ("cart" is not "card").
  static let timesMoreCommon = 20
  /// The fewest occurrences of a replacement: only a common word is put in a message.
  static let commonCount = 10
  /// The shortest word mended (a two-letter word is one edit from too many).
  static let shortestWord = 3
  /// The shortest word mended for a wrong letter: a shorter one is one letter from too many other words.
  static let shortestWrongLetter = 6

  /// Creates a repair over word counts.
  /// - Parameters:
  ///   - counts: the training vocabulary's counts, lower-cased.
  ///   - isWord: true for a lower-cased word to leave as it is even when rare in training.
  public init(counts: [String: Int], isWord: @escaping @Sendable (String) -> Bool = { _ in false }) {
    self.counts = counts
    self.isWord = isWord
    var common: [UInt8: [CommonWord]] = [:]
    for (word, count) in counts where count >= Self.commonCount {
      // Only words of the letters `oneEditAway` inserts and replaces (a to z) can be one of its edits of a word.
      let letters = Array(word.utf8)
      guard let first = letters.first, letters.allSatisfy({ (0x61...0x7A).contains($0) }) else { continue }
      common[first, default: []].append(CommonWord(text: word, letters: letters, count: count))
    }
    commonByFirstLetter = common
  }

  /// The repair over the commerce heads' training utterances (the coarse and fine lines, grouped).
  /// - Parameter isWord: the encoder's vocabulary, when there is one.
  public static func commerce(isWord: @escaping @Sendable (String) -> Bool = { _ in false }) -> SpellingRepair {
    counting(CommerceGroupedUtterances.pairs(), isWord: isWord)
  }

  /// The repair over the words of `training` (an evaluation's heads trained on other lines than the shipped ones
  /// mend toward the words they were trained on).
  /// - Parameters:
  ///   - training: the heads' training utterances.
  ///   - isWord: the encoder's vocabulary, when there is one.
  public static func counting(_ training: [(text: String, label: String)],
                              isWord: @escaping @Sendable (String) -> Bool = { _ in false }) -> SpellingRepair {
    var counts: [String: Int] = [:]
    for (text, _) in training {
      let characters = Array(text)
      // The letters of "ORD-12345" are a code's, not a word a shopper writes.
      for run in letterRuns(text) where !joins(characters, run.start - 1, towards: -1) && !joins(characters, run.end, towards: 1) {
        counts[run.text.lowercased(), default: 0] += 1
      }
    }
    return SpellingRepair(counts: counts, isWord: isWord)
  }

  /// `text` with its misspelt words mended; the rest (spacing, punctuation, digits, case) as written.
  /// - Parameter text: a message.
  public func repaired(_ text: String) -> String {
    let characters = Array(text)
    var out = ""
    var at = 0
    for run in Self.letterRuns(text) {
      out += String(characters[at..<run.start])
      let partOfAnother = Self.joins(characters, run.start - 1, towards: -1) || Self.joins(characters, run.end, towards: 1)
      let mended = partOfAnother ? nil : repair(run.text)
      out += mended ?? run.text
      at = run.end
    }
    return out + String(characters[at...])
  }

  /// The mended form of one word, nil when it is left as written.
  func repair(_ written: String) -> String? {
    // "ORD", "iPhone": capitals past the first letter are a name or a code.
    guard written.count >= Self.shortestWord, written.count <= 20, !written.dropFirst().contains(where: \.isUppercase) else { return nil }
    let word = written.lowercased()
    guard !isWord(word) else { return nil }
    let own = counts[word, default: 0]
    // The likeliest slips first (two letters swapped, a letter left out: "cna", "wher"), then a letter typed twice, then
    // a wrong letter: "wher" is "where" (a letter left out), not "when" (a letter changed), however common both are.
    var found: [Int: [(word: String, count: Int)]] = [:]
    for (candidate, slip) in commonEdits(of: word) where candidate.first == word.first || Self.swapsFirstTwo(word, candidate) {
      if let count = counts[candidate], count >= max(Self.commonCount, own * Self.timesMoreCommon) {
        found[slip, default: []].append((candidate, count))
      }
    }
    // Of the likeliest kind, one clear winner: a near tie is left alone.
    guard let likeliest = found.keys.min(), let kind = found[likeliest] else { return nil }
    let ranked = kind.sorted { $0.count > $1.count || ($0.count == $1.count && $0.word < $1.word) }
    guard let best = ranked.first, ranked.count == 1 || ranked[1].count * 3 <= best.count else { return nil }
    return written.first?.isUppercase == true ? best.word.prefix(1).uppercased() + best.word.dropFirst() : best.word
  }

  /// "cna" and "can": the first two letters swapped.
  static func swapsFirstTwo(_ a: String, _ b: String) -> Bool {
    let (x, y) = (Array(a), Array(b))
    return x.count >= 2 && x.count == y.count && x[0] == y[1] && x[1] == y[0]
  }

  /// Every string one edit from `word` (a to z), with the slip that edit undoes, likeliest first: 0 two letters
  /// swapped or one left out (the string has it swapped back or inserted), 1 a letter typed twice (deleted), 2 a wrong
  /// letter (replaced), in a word of `shortestWrongLetter` letters or more.
  /// Other letters too many are no slip: a word one letter longer than a training word is more often its inflection
  /// or another language's word ("tuesdays", "productos", Spanish "muy" is not "my"). A wrong letter in a short word
  /// is more often an abbreviation or a rarer word than a slip ("thx" is not "the", "oat" not "out").
  static func oneEditAway(_ word: String) -> [String: Int] {
    let letters = Array(word)
    let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
    var edits: [String: Int] = [:]
    func add(_ candidate: [Character], _ slip: Int) {
      let text = String(candidate)
      if text != word { edits[text] = min(edits[text] ?? slip, slip) }
    }
    for i in 0...letters.count {
      for c in alphabet { add(Array(letters[..<i]) + [c] + Array(letters[i...]), 0) }
      guard i < letters.count else { continue }
      if i + 1 < letters.count {
        var swapped = letters
        swapped.swapAt(i, i + 1)
        add(swapped, 0)
      }
      if (i > 0 && letters[i - 1] == letters[i]) || (i + 1 < letters.count && letters[i + 1] == letters[i]) {
        add(Array(letters[..<i]) + Array(letters[(i + 1)...]), 1)
      }
      guard letters.count >= shortestWrongLetter else { continue }
      for c in alphabet where c != letters[i] {
        var replaced = letters
        replaced[i] = c
        add(replaced, 2)
      }
    }
    return edits
  }

  /// Whether the character at `at` (beside a letter run, on its side `towards`) makes the run part of something else:
  /// an identifier or address ("ORD-1234", "A1B2", "x@mail.com", "t-shirt") or a word with a letter that is not ASCII
  /// ("café"). A full stop joins only when more follows it ("mail.com"), not at a sentence's end.
  static func joins(_ characters: [Character], _ at: Int, towards step: Int) -> Bool {
    guard characters.indices.contains(at) else { return false }
    let c = characters[at]
    if c == "." {
      let next = at + step
      return characters.indices.contains(next) && (characters[next].isLetter || characters[next].isNumber)
    }
    return c.isNumber || c.isLetter || "-_@/\\".contains(c)
  }

  /// The runs of ASCII letters of `text`, with their character offsets (an apostrophe ends a run: "can't" is "can" and "t").
  static func letterRuns(_ text: String) -> [(text: String, start: Int, end: Int)] {
    var runs: [(text: String, start: Int, end: Int)] = []
    var current = ""
    var start = 0
    for (at, c) in text.enumerated() {
      if c.isASCII && c.isLetter {
        if current.isEmpty { start = at }
        current.append(c)
      } else if !current.isEmpty {
        runs.append((current, start, at))
        current = ""
      }
    }
    if !current.isEmpty { runs.append((current, start, text.count)) }
    return runs
  }
}
