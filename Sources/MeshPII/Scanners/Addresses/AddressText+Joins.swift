/// Words that hold an address's parts together in the way chat of some countries writes them, and that the rules for
/// capitalised words would drop: Bengaluru's numbered cross and main roads ("house no 45, 2nd cross, …", "3rd main"),
/// Nigeria's "off" between two streets ("12 Adebayo Street off Allen Avenue, Ikeja"), a French residence opening its
/// segment in lower case ("appartement 12, résidence les Tilleuls, 4 allée des Pins, …") and an elided article before
/// a capitalised name ("2 rue de l'Industrie"); and a connector handing on the address's next piece ("…, Kings Road,
/// that's in Leeds, LS6 2AB").
extension AddressText {
  static let cross = Bytes.wordHash("cross"), main = Bytes.wordHash("main"), off = Bytes.wordHash("off"),
    cedex = Bytes.wordHash("cedex")

  /// Whether `words[k]` joins the address around it as one of the words above.
  func isJoiningWord(_ k: Int) -> Bool {
    let w = words[k], h = w.hash
    // "75002 Paris cedex", "… Tourcoing Cedex 02": France's business delivery mark after the city.
    if h == Self.cedex { return k > 0 && gap(after: k - 1) == .word && words[k - 1].digits == 0 && words[k - 1].letters >= 2 }
    // "2nd cross", "14th Main": only right after an ordinal ("the main door", "cross with me" stay words).
    if h == Self.cross || h == Self.main {
      return k > 0 && gap(after: k - 1) == .word && AddressScanner.ordinal(b, at: words[k - 1].start) != nil
    }
    if h == Self.inWord { return k > 0 && Self.connectors.contains(words[k - 1].hash) && isConnector(k - 1) }
    if Self.connectors.contains(h) { return isConnector(k) }
    guard k > 0, k + 1 < words.count, gap(after: k) == .word else { return false }
    let next = words[k + 1]
    // "… Adebayo Street off Allen Avenue …": between a street's word and the next street's capitalised name.
    if h == Self.off {
      return gap(after: k - 1) == .word && endsStreetName(k - 1) && words[k - 1].digits == 0
        && (next.capitalised || anyCase) && next.digits == 0 && !isStop(next.hash)
    }
    // "…, résidence les Tilleuls, …": a house's word in lower case opening its segment before its name.
    if V.houseNames.contains(h), !w.capitalised, gap(after: k - 1) == .segment {
      return V.particles.contains(next.hash) || next.capitalised && !isStop(next.hash)
    }
    return false
  }

  static let inWord = Bytes.wordHash("in")
  /// Words that, before "in", hand an address's next piece on ("14b, Kings Road, that's in Leeds, LS6 2AB").
  static let connectors = WordSet(words: ["that's", "thats", "it's", "its", "which's"])

  /// "…, Kings Road, that's in Leeds, …": a connector opening its segment after a street's word or a house number,
  /// "in" and a capitalised place after it.
  func isConnector(_ k: Int) -> Bool {
    guard k > 0, k + 2 < words.count, gap(after: k - 1) == .segment, words[k + 1].hash == Self.inWord,
          gap(after: k) == .word, gap(after: k + 1) == .word else { return false }
    let place = words[k + 2]
    return place.capitalised && place.digits == 0 && !isStop(place.hash)
      && (endsStreetName(k - 1) || isHouseNumber(k - 1))
  }

  /// A word between a landmark's opener and its noun ("beside Total filling station", "opposite Zenith bank branch"):
  /// the opener at most three words before, the noun at most two after, one segment throughout.
  func insideLandmarkPhrase(_ k: Int) -> Bool {
    let w = words[k]
    guard w.digits == 0, w.capitalised || !isStop(w.hash), !V.landmarks.contains(w.hash) else { return false }
    var noun = false
    var j = k
    while j + 1 < words.count, j - k < 2, gap(after: j) == .word {
      j += 1
      if V.landmarkNouns.contains(words[j].hash) { noun = true; break }
    }
    guard noun else { return false }
    j = k
    while j > 0, k - j < 3, gap(after: j - 1) == .word {
      j -= 1
      if V.landmarks.contains(words[j].hash) { return isLandmark(j) }
    }
    return false
  }

  /// The "c" of "c/o" ("…, 2. OG, c/o Schmidt, …"): the care-of mark hands the parcel to a person and belongs to no
  /// address, though "C/" alone opens a Spanish street ("C/ Mayor 5").
  func isCareOfLetter(_ k: Int) -> Bool {
    let w = words[k]
    guard w.hash == Self.c, w.length == 1, k + 1 < words.count, w.end + 1 == words[k + 1].start, b[w.end] == 0x2F
    else { return false }
    return words[k + 1].hash == Self.o && words[k + 1].length == 1
  }

  /// "l'Industrie", "d'Orsay": an elided French or Italian article glued to a capitalised name, which names a street as
  /// the capitalised word would.
  func elidedCapital(_ w: ByteWord) -> Bool {
    guard w.length >= 4, w.digits == 0 else { return false }
    let first = b[w.start]
    return (first == 0x6C || first == 0x64) && b[w.start + 1] == 0x27 && Bytes.isUpper(b[w.start + 2])
  }
}
