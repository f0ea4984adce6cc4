/// The features of one word for the name tagger, as indices into its hashed weight table: the word's shape,
/// whether it is a listed given name or surname and an English word, its suffix, its place in the text, the
/// punctuation around it, and the same for two words on each side (their identity and class).
/// No rule decides here: the weights say what each feature is worth (`NameTagger`).
enum NameTaggerFeatures {
  /// log2 of the weight table's size.
  static let bits = 17
  static let mask = (1 << bits) - 1

  /// What the features need of one word, computed once per text.
  struct Word {
    var start: Int
    var end: Int
    /// Shape (6 kinds) and lexicon flags (4 bits) in one small number.
    var cls: UInt64
    /// The word's hash without a possessive "'s".
    var stem: UInt64
    /// Hash of the last three lower-case bytes, and of the last two.
    var suffix3: UInt64
    var suffix2: UInt64
    /// Membership in the scanners' lists of words that are not names (5 bits: stop words, not-names, common
    /// lower-case words, countries, product words): facts for the weights to use, not rules.
    var lists: UInt64
    /// The class of the gap before it (start, spaces, line break, full stop, comma, colon, dash, other).
    var gapBefore: UInt64
  }

  static let beginning: UInt64 = 0x5EED_0001
  static let ending: UInt64 = 0x5EED_0002

  /// The words of `b` with their feature inputs, and the text's case (0 lower, 1 mixed, 2 capitals).
  static func words(_ b: UnsafeBufferPointer<UInt8>) -> (words: [Word], lineCase: UInt64) {
    let split = ByteWords.split(b)
    var out: [Word] = []
    out.reserveCapacity(split.count)
    var capitalised = 0, allCaps = 0, lower = 0
    var previousEnd = 0
    for (k, w) in split.enumerated() {
      let stem = ContextNameScanner.stem(b, w)
      var flags: UInt64 = 0
      if NameLexicon.firstNames.contains(stem) { flags |= 1 }
      if NameLexicon.surnames.contains(stem) { flags |= 2 }
      if EnglishWords.common.contains(stem) { flags |= 4 }
      if EnglishWords.proper.contains(stem) { flags |= 8 }
      let shape: UInt64
      if w.letters == 0 { shape = 3 } else if w.digits > 0 { shape = 4 } else if w.allCaps { shape = 2 }
      else if w.capitalised { shape = w.letters == 1 ? 5 : 1 } else { shape = 0 }
      if w.letters > 1 && w.digits == 0 {
        if w.allCaps { allCaps += 1 } else if w.capitalised { capitalised += 1 } else { lower += 1 }
      }
      var lists: UInt64 = 0
      if NameScanner.stopWords.contains(stem) { lists |= 1 }
      if ContextNameScanner.notNames.contains(stem) { lists |= 2 }
      if ContextNameScanner.commonLowerWords.contains(stem) { lists |= 4 }
      if PostalAddressScanner.countries.contains(stem) { lists |= 8 }
      if ContextNameScanner.productWords.contains(stem) { lists |= 16 }
      let stemEnd = stem == w.hash ? w.end : w.end - 2
      out.append(Word(start: w.start, end: w.end, cls: shape << 4 | flags, stem: stem,
                      suffix3: Bytes.wordHash(b, max(w.start, stemEnd - 3), stemEnd),
                      suffix2: Bytes.wordHash(b, max(w.start, stemEnd - 2), stemEnd), lists: lists,
                      gapBefore: k == 0 ? gap(b, 0, w.start) | 8 : gap(b, previousEnd, w.start)))
      previousEnd = w.end
    }
    let lineCase: UInt64 = capitalised + allCaps == 0 ? 0 : (allCaps > capitalised + lower ? 2 : 1)
    return (out, lineCase)
  }

  /// The strongest punctuation in `b[from..<to]`: 0 spaces only, 1 line break, 2 full stop, ! or ?, 3 comma
  /// or semicolon, 4 colon, 5 dash, 6 anything else (brackets, quotes, symbols).
  static func gap(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> UInt64 {
    var best: UInt64 = 0
    for k in from..<to {
      let c = b[k]
      let v: UInt64
      switch c {
      case 0x20, 0x09: v = 0
      case 0x0A, 0x0D: v = 1
      case 0x2E, 0x21, 0x3F: v = 2
      case 0x2C, 0x3B: v = 3
      case 0x3A: v = 4
      case 0x2D: v = 5
      default: v = 6
      }
      if best == 0 || (v != 0 && v < best) { best = v }
    }
    return best
  }

  /// The feature indices of `words[i]`, appended to `out`.
  static func features(_ words: [Word], _ lineCase: UInt64, _ i: Int, into out: inout [Int]) {
    let w = words[i]
    let n = words.count
    func stem(_ k: Int) -> UInt64 { k < 0 ? beginning : k >= n ? ending : words[k].stem }
    func cls(_ k: Int) -> UInt64 { k < 0 ? 0x100 : k >= n ? 0x101 : words[k].cls }
    let gapAfter: UInt64 = i + 1 < n ? words[i + 1].gapBefore & 7 : 7
    let gapBefore = w.gapBefore
    @inline(__always) func add(_ kind: UInt64, _ value: UInt64) { out.append(index(kind, value)) }
    add(1, 0)
    add(2, w.cls)
    add(3, w.stem)
    add(4, w.suffix3)
    add(5, w.suffix2)
    add(6, (w.cls >> 4) << 8 | UInt64(min(w.end - w.start, 15)))
    add(7, UInt64(min(i, 3)) << 1 | (i == n - 1 ? 1 : 0))
    add(8, gapBefore)
    add(9, gapAfter)
    add(10, gapBefore << 16 | w.cls)
    add(11, gapAfter << 16 | w.cls)
    for d in [-2, -1, 1, 2] {
      let k = UInt64(bitPattern: Int64(d + 2))
      add(12 + k, stem(i + d))
      add(20 + k, cls(i + d))
    }
    add(30, stem(i - 1) &* 31 ^ w.cls)
    add(31, cls(i - 1) << 16 | w.cls)
    add(32, w.cls << 16 | cls(i + 1))
    add(33, stem(i + 1) &* 31 ^ w.cls)
    add(34, cls(i - 1) << 32 | w.cls << 16 | cls(i + 1))
    add(35, lineCase << 16 | w.cls)
    add(36, stem(i - 2) &* 0x9E37 ^ stem(i - 1))
    add(37, stem(i + 1) &* 0x9E37 ^ stem(i + 2))
    add(38, lineCase << 16 | cls(i - 1) << 8 | w.cls)
    add(39, w.lists)
    add(40, w.lists << 16 | w.cls)
    add(41, i > 0 ? words[i - 1].lists : 0x100)
    add(42, i + 1 < n ? words[i + 1].lists : 0x100)
  }

  /// A feature kind and value hashed into the table (SplitMix64's finaliser).
  @inline(__always) static func index(_ kind: UInt64, _ value: UInt64) -> Int {
    var z = value &+ kind &* 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return Int(truncatingIfNeeded: z ^ (z >> 31)) & mask
  }
}
