/// E-mail addresses written out to dodge spam harvesters: "p dot schneider at example dot de",
/// "anna (at) mail [dot] com". Reported only when the tail is a domain (a label, "dot", a known
/// top-level domain) and either an e-mail cue stands before it or the local part is username-like
/// (dotted, with digits or "_"), so "meet me at the cafe dot com" style chat stays. Spanish and French say
/// "arroba"/"arobase" and "punto"/"point"; a local part may be joined by "underscore", "dash" or "hyphen"
/// ("priya underscore k at yahoo dot co dot in") or spelled letter by letter ("k i m dot s o y e o n at …").
enum SpelledEmailScanner {
  static let cues = WordSet(words: ["email", "mail", "emails", "address", "contact", "reply", "write"])
  /// Top-level domains people write out; "dot" before them is what makes a domain.
  static let topLevel = WordSet(words: [
    "com", "net", "org", "edu", "gov", "io", "co", "uk", "de", "fr", "nl", "es", "it", "ie", "be", "ch", "at",
    "se", "no", "dk", "fi", "pl", "pt", "ru", "jp", "in", "au", "ca", "us", "info", "biz", "eu", "cz", "br",
    "mx", "ng", "za", "nz", "rs", "gr", "tr", "hu", "ro", "sk", "hr", "lu", "ua", "cn", "kr", "sg", "hk", "ar",
    "ae", "il", "ph", "test"])
  /// Words that are never the local part of a spelled address ("look at example dot com").
  static let notLocal = WordSet(words: ["look", "is", "it", "me", "us", "them", "him", "her", "you", "i", "we",
                                        "they", "was", "be", "are", "arrive", "arrived", "stay", "staying",
                                        "home", "work", "this", "that", "the", "a", "an", "shop", "store"])

  static func scan(_ b: UnsafeBufferPointer<UInt8>, into out: inout [Candidate]) {
    let n = b.count
    var i = 1
    var lastEnd = 0
    while i + 2 < n {
      guard b[i] | 0x20 == 0x61, !Bytes.isWordByte(b[i - 1]), let atEnd = atWordEnd(b, i) else { i += 1; continue }
      if let found = address(b, at: i), found.start >= lastEnd {
        out.append(Candidate(type: .email, start: found.start, end: found.end))
        lastEnd = found.end
        i = found.end
        continue
      }
      i = atEnd
    }
  }

  /// The words said for "@": "at", and Spanish "arroba", French "arobase".
  static let atWords: [[UInt8]] = ["at", "arroba", "arobase"].map { Array($0.utf8) }
  /// The words said for ".": "dot", and Spanish and Italian "punto", French "point".
  static let dotWords: [[UInt8]] = ["dot", "punto", "point"].map { Array($0.utf8) }
  /// Words said between the parts of a local part ("priya underscore k"): "_" or "-".
  static let joinWords: [[UInt8]] = ["underscore", "dash", "hyphen"].map { Array($0.utf8) }

  /// The end of an "@" word at `i` (a whole word), or nil.
  static func atWordEnd(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
    for w in atWords where Bytes.matches(b, at: i, w) && (i + w.count >= b.count || !Bytes.isWordByte(b[i + w.count])) {
      return i + w.count
    }
    return nil
  }

  /// The length of the word of `list` that ends at `end` (a whole word), or nil.
  static func wordEnding(_ b: UnsafeBufferPointer<UInt8>, at end: Int, in list: [[UInt8]]) -> Int? {
    for w in list where end >= w.count && Bytes.matches(b, at: end - w.count, w)
      && (end - w.count == 0 || !Bytes.isWordByte(b[end - w.count - 1]) || b[end - w.count - 1] == 0x28
        || b[end - w.count - 1] == 0x5B) {
      return w.count
    }
    return nil
  }

  /// The length of the word of `list` that starts at `start` (a whole word), or nil.
  static func wordStarting(_ b: UnsafeBufferPointer<UInt8>, at start: Int, in list: [[UInt8]]) -> Int? {
    for w in list where Bytes.matches(b, at: start, w)
      && (start + w.count >= b.count || !Bytes.isWordByte(b[start + w.count])) {
      return w.count
    }
    return nil
  }

  /// The spelled address around the word "at" at `at`, or nil.
  static func address(_ b: UnsafeBufferPointer<UInt8>, at: Int) -> (start: Int, end: Int)? {
    // The domain: label ("dot" label)+, the last one a known top-level domain.
    var e = separatorEnd(b, word: at)
    guard let first = label(b, from: e) else { return nil }
    e = first
    var dots = 0
    var lastLabel = (start: 0, end: 0)
    while let afterDot = dotEnd(b, from: e), let next = label(b, from: afterDot) {
      lastLabel = (afterDot, next)
      dots += 1
      e = next
    }
    guard dots >= 1, Bytes.isAlpha(b[lastLabel.start]),
          topLevel.contains(Bytes.wordHash(b, lastLabel.start, lastLabel.end)) else { return nil }
    // The local part: word ("dot" word)* before "at".
    guard var s = localStart(b, before: separatorStart(b, word: at)) else { return nil }
    let firstLocal = s
    var localDots = 0
    var joined = false
    while true {
      if let before = dotStart(b, before: s) ?? joinStart(b, before: s), let previous = localStart(b, before: before) {
        s = previous
        localDots += 1
        continue
      }
      // "s o y e o n": letters spelled one by one, single spaces between them, are one word of the local part.
      if let previous = spelledLetter(b, before: s) {
        s = previous
        joined = true
        continue
      }
      break
    }
    var userLike = localDots > 0 || joined
    for k in s..<separatorStart(b, word: at) where Bytes.isDigit(b[k]) || b[k] == 0x5F || b[k] == 0x2E {
      userLike = true
    }
    let localEnd = separatorStart(b, word: at)
    var wordEnd = firstLocal
    while wordEnd < localEnd && Bytes.isAlnum(b[wordEnd]) { wordEnd += 1 }
    let cue = Bytes.cue(b, before: s, count: 3, in: cues)
    guard cue || userLike, localDots > 0 || !notLocal.contains(Bytes.wordHash(b, firstLocal, wordEnd))
    else { return nil }
    return (s, e)
  }

  /// Where the separator word at `word` ("at" or "dot", perhaps in brackets) ends, spaces included.
  private static func separatorEnd(_ b: UnsafeBufferPointer<UInt8>, word: Int) -> Int {
    var e = word
    while e < b.count && Bytes.isAlpha(b[e]) { e += 1 }
    if e < b.count && (b[e] == 0x29 || b[e] == 0x5D) { e += 1 }
    while e < b.count && b[e] == 0x20 { e += 1 }
    return e
  }

  /// Where the separator word at `word` starts, its bracket and the spaces before it included.
  private static func separatorStart(_ b: UnsafeBufferPointer<UInt8>, word: Int) -> Int {
    var s = word
    if s > 0 && (b[s - 1] == 0x28 || b[s - 1] == 0x5B) { s -= 1 }
    while s > 0 && b[s - 1] == 0x20 { s -= 1 }
    return s
  }

  /// The end of a domain label (letters, digits, hyphens) starting at `start`.
  private static func label(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    var e = start
    while e < b.count && (Bytes.isAlnum(b[e]) || b[e] == 0x2D) { e += 1 }
    guard e > start, e >= b.count || !Bytes.isWordByte(b[e]) else { return nil }
    return e
  }

  /// After a label ending at `end`: the start of the next label when " dot ", " (dot) " or "." follows.
  private static func dotEnd(_ b: UnsafeBufferPointer<UInt8>, from end: Int) -> Int? {
    let n = b.count
    if end + 1 < n && b[end] == 0x2E && Bytes.isAlnum(b[end + 1]) { return end + 1 }
    var i = end
    while i < n && b[i] == 0x20 { i += 1 }
    if i < n && (b[i] == 0x28 || b[i] == 0x5B) { i += 1 }
    guard i > end, let length = wordStarting(b, at: i, in: dotWords) else { return nil }
    let e = separatorEnd(b, word: i)
    return e > i + length && e < n && Bytes.isAlnum(b[e]) ? e : nil
  }

  /// Before a local word starting at `start`: the start of the " dot " that precedes it, if any.
  private static func dotStart(_ b: UnsafeBufferPointer<UInt8>, before start: Int) -> Int? {
    var i = start
    while i > 0 && b[i - 1] == 0x20 { i -= 1 }
    if i > 0 && (b[i - 1] == 0x29 || b[i - 1] == 0x5D) { i -= 1 }
    guard i < start, let length = wordEnding(b, at: i, in: dotWords) else { return nil }
    return separatorStart(b, word: i - length)
  }

  /// Before a local word starting at `start`: the start of an " underscore " (or dash, hyphen) before it.
  private static func joinStart(_ b: UnsafeBufferPointer<UInt8>, before start: Int) -> Int? {
    var i = start
    while i > 0 && b[i - 1] == 0x20 { i -= 1 }
    guard i < start, let length = wordEnding(b, at: i, in: joinWords) else { return nil }
    return separatorStart(b, word: i - length)
  }

  /// The start of a single spelled letter one space before the single letter at `start` ("s o y e o n"), or nil.
  private static func spelledLetter(_ b: UnsafeBufferPointer<UInt8>, before start: Int) -> Int? {
    guard start >= 2, start < b.count, Bytes.isAlpha(b[start]), start + 1 >= b.count || !Bytes.isWordByte(b[start + 1]),
          b[start - 1] == 0x20, Bytes.isAlpha(b[start - 2]) else { return nil }
    let p = start - 2
    guard p == 0 || !Bytes.isWordByte(b[p - 1]) else { return nil }
    return p
  }

  /// The start of the local-part word that ends at `end` (letters, digits, `.`, `_`, `+`, `-`).
  private static func localStart(_ b: UnsafeBufferPointer<UInt8>, before end: Int) -> Int? {
    var s = end
    while s > 0 && (EmailScanner.isLocal(b[s - 1]) || b[s - 1] == 0x27) { s -= 1 }
    while s < end && !Bytes.isAlnum(b[s]) { s += 1 }
    guard s < end, s == 0 || !Bytes.isWordByte(b[s - 1]) || b[s - 1] == 0x27 else { return nil }
    return s
  }
}
