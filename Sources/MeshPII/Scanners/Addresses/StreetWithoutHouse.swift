/// Addresses whose street has no house number of its own, as Latin American, South African and Ghanaian
/// couriers are given them: "s/n" (sin número) where the number would stand ("Calle Sol s/n"), a corner of two
/// streets ("Cnr Main and 4th Street, Stand 1144, …"), and a Ghana Post GPS code ("…, Accra, GA-229-4410").
/// Each is only a part: the rules of `AddressText` still want the rest of an address around it.
enum StreetWithoutHouse {
  static let cnr = Bytes.wordHash("cnr"), corner = Bytes.wordHash("corner"), of = Bytes.wordHash("of"),
    and = Bytes.wordHash("and"), gps = Bytes.wordHash("gps")

  /// Whether `b` holds "s/n" as a word of its own, in any case (one pass, no words): text without a digit is split
  /// into words only then, so everyday chat pays little for this rule.
  static func mayHoldSinNumero(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = b.count
    var i = 1
    while i + 1 < n {
      if b[i] == 0x2F, Bytes.lower(b[i - 1]) == 0x73, Bytes.lower(b[i + 1]) == 0x6E,
         i < 2 || !Bytes.isWordByte(b[i - 2]), i + 2 >= n || !Bytes.isAlpha(b[i + 2]) {
        return true
      }
      i += 1
    }
    return false
  }

  /// Whether `words[k]` is the "s" of "s/n" right after a street's name word ("Calle Sol s/n", "Av. Juárez S/N"):
  /// the "s/n" of a serial number ("the s/n on the box") has no name before it.
  static func isSinNumero(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int) -> Bool {
    let w = words[k]
    guard w.letters == 1, w.digits == 0, Bytes.lower(b[w.start]) == 0x73, k > 0, k + 1 < words.count,
          w.end < b.count, b[w.end] == 0x2F, words[k + 1].start == w.end + 1, words[k + 1].length == 1,
          Bytes.lower(b[words[k + 1].start]) == 0x6E else { return false }
    let before = words[k - 1]
    return before.end + 1 == w.start && b[before.end] == 0x20 && before.digits == 0 && before.capitalised
  }

  /// A Ghana Post GPS code: two capital letters, then two groups of three or four digits joined by hyphens
  /// ("GA-183-8164", "AK-039-5028"). A watch's model ("GA-2100") has one group.
  static func isGhanaGPS(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    guard w.letters == 2, w.digits >= 6, w.digits <= 8, w.length == w.digits + 4,
          Bytes.isUpper(b[w.start]), Bytes.isUpper(b[w.start + 1]), b[w.start + 2] == 0x2D else { return false }
    var groups: [Int] = []
    var p = w.start + 3, run = 0
    while p < w.end {
      if Bytes.isDigit(b[p]) { run += 1 } else if b[p] == 0x2D { groups.append(run); run = 0 } else { return false }
      p += 1
    }
    groups.append(run)
    return groups.count == 2 && groups.allSatisfy { $0 == 3 || $0 == 4 }
  }

  /// Whether "GPS" stands among the four words before `words[k]` ("my GPS address is GA-183-8164", "GPS: GA-…").
  static func gpsCue(_ words: [ByteWord], before k: Int) -> Bool {
    (max(0, k - 4)..<k).contains { words[$0].hash == gps }
  }

  /// The word indices of the corners of two streets in `words`: "Cnr Main and 4th Street", "corner of Jan Smuts
  /// Ave & Bolton Rd", "Cnr. Oxford/Bath St": the corner word, perhaps "of", one to three name words or ordinals,
  /// "and", "&" or "/", and one to three more. Alone a corner is a place ("meet at the corner of Main and Elm"):
  /// `AddressText.isStrong` wants a numbered segment and a place after it.
  static func corners(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], anyCase: Bool) -> [ClosedRange<Int>] {
    var found: [ClosedRange<Int>] = []
    var k = 0
    while k < words.count {
      guard isCornerWord(words[k].hash), let end = cornerEnd(b, words, opener: k, anyCase: anyCase) else {
        k += 1
        continue
      }
      found.append(k...end)
      k = end + 1
    }
    return found
  }

  /// "Cnr", "corner": the word that opens a corner of two streets.
  static func isCornerWord(_ h: UInt64) -> Bool { h == cnr || h == corner }

  /// The last word of the corner opened at `opener`, or nil.
  static func cornerEnd(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], opener: Int, anyCase: Bool) -> Int? {
    var j = opener + 1
    if j < words.count, words[j].hash == of, joined(b, words, j) { j += 1 }
    guard let first = streetName(b, words, from: j, anyCase: anyCase), first + 1 < words.count else { return nil }
    // "and" or "&" between the streets; a slash alone joins them as one word gap ("Oxford/Bath").
    var next = first + 1
    let between = b[words[first].end..<words[next].start]
    if words[next].hash == and, joined(b, words, next) {
      next += 1
      guard next < words.count, joined(b, words, next) else { return nil }
    } else if !(between.elementsEqual([0x20, 0x26, 0x20]) || between.elementsEqual([0x2F])) {
      return nil
    }
    return streetName(b, words, from: next, anyCase: anyCase)
  }

  /// The last of one to three name words or ordinals from `k`, maybe closed by a street type ("4th Street", "Jan
  /// Smuts Ave"), joined by single spaces or an abbreviation's full stop.
  static func streetName(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], from k: Int, anyCase: Bool) -> Int? {
    var e = k - 1
    while e + 1 < words.count, e + 1 - k < 4, e < k || joined(b, words, e + 1) {
      let w = words[e + 1]
      let name = w.digits == 0 && (w.capitalised || anyCase) && w.hash != and && w.hash != of
        && !AddressVocabulary.stopWords.contains(w.hash)
      guard name || AddressScanner.ordinal(b, at: w.start) != nil || w.digits > 0 && w.letters == 2 && w.length <= 5
      else { break }
      e += 1
      if e > k, AddressScanner.streetTypes.contains(w.hash) { break }
    }
    return e >= k ? e : nil
  }

  /// Whether `words[k]` follows the word before it after one space, or an abbreviation's ". " ("Cnr. Main").
  static func joined(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int) -> Bool {
    guard k > 0 else { return false }
    let gap = words[k].start - words[k - 1].end, p = words[k - 1].end
    return gap == 1 && b[p] == 0x20 || gap == 2 && b[p] == 0x2E && b[p + 1] == 0x20
  }
}
