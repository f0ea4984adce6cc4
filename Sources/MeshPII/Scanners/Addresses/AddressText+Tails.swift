/// What a chat line adds after an address that is not part of it: a person signing after a dash ("…, Colombo 03 -
/// Dilani Perera", "…, Bogotá — Camilo Restrepo") and a remark in lower case ("…, Cairo - gate code on request", "…,
/// Kerikeri 0295, rural delivery, leave at the gate", "… HG1 4TU - no wait"). Both open the last segment.
extension AddressText {
  /// `end` with a closing segment of either kind cut off, the segments trimmed to match.
  func trimTail(_ segs: inout [ClosedRange<Int>], end: Int) -> Int {
    guard segs.count >= 2, let last = segs.last, last.upperBound == end else { return end }
    let opener = last.lowerBound - 1
    guard opener >= segs[0].lowerBound else { return end }
    if isRemark(last) || dashed(after: opener) && isSigner(last) || isCommaSigner(segs) {
      segs.removeLast()
      return segs[segs.count - 1].upperBound
    }
    return end
  }

  /// A person signing after a comma at the text's end ("…, Maadi, Cairo, Youssef Ibrahim", "…, Cape Town, 8001, Pieter
  /// van der Merwe"): two or three capitalised words (particles between them), none of an address's own words, a
  /// region or a place's opening word; a listed given name first and a listed surname last, or one of them after a
  /// postcode or number closing the segment before (a town rarely follows its own postcode). "…, Milton Keynes" or
  /// "…, Beverly Hills" without a code before them stay towns unless both words are listed names.
  func isCommaSigner(_ segs: [ClosedRange<Int>]) -> Bool {
    guard segs.count >= 3, let last = segs.last, last.count >= 2, last.count <= 5,
          (words[last.upperBound].end..<b.count).allSatisfy({ b[$0] == 0x20 || b[$0] == 0x2E || b[$0] == 0x21 }),
          !V.particles.contains(words[last.lowerBound].hash), !RegionNames.endsName(words, last.upperBound)
    else { return false }
    let core = last.filter { !V.particles.contains(words[$0].hash) }
    guard core.count >= 2, core.count <= 3, let given = core.first, let family = core.last else { return false }
    let plain = core.allSatisfy { k in
      let w = words[k]
      return w.digits == 0 && w.capitalised && !w.allCaps && w.letters >= 2 && !inVocabulary(w.hash)
        && !V.countries.contains(w.hash) && !isRegion(k) && !V.placePrefixes.contains(w.hash)
        && !V.placesOf.contains(w.hash) && !Self.placeOpeners.contains(w.hash) && !V.houseNames.contains(w.hash)
    }
    guard plain else { return false }
    let first = NameLexicon.firstNames.contains(words[given].hash)
    let sur = NameLexicon.surnames.contains(words[family].hash)
    let afterCode = words[segs[segs.count - 2].upperBound].digits > 0
    return first && sur || afterCode && (first || sur)
  }

  /// Words that open towns' names and are also given names or surnames elsewhere ("San Jose", "Port Elizabeth").
  static let placeOpeners = WordSet(words: ["san", "santa", "santo", "são", "saint", "st", "ste", "port", "fort", "mount",
                                            "mt", "lake", "cape", "glen", "palm", "grand", "east", "west", "north", "south",
                                            "los", "las", "el", "la", "le", "de", "al", "ban", "ho", "ha"])

  /// "… New York NY 10019 no commas sorry", "… UT 84532 highway contract route": a US ZIP after its state closes the
  /// address; words after it in its segment are the sentence's, but a country ("… CA 94110 USA"). So does a postcode
  /// before an addressee's cue ("… Jakarta Selatan 12730 an. Dewi Lestari", atas nama; "… 10115 Berlin attn …").
  /// Returns the new end, the last segment cut to match.
  func cutAfterCode(_ segs: inout [ClosedRange<Int>], end: Int) -> Int {
    guard let last = segs.last, last.upperBound == end, last.count >= 2 else { return end }
    for k in last where k < end && words[k].digits > 0 {
      let zip = LowerCaseAddress.isZip(b, words[k]) && k > last.lowerBound && isStateWord(k - 1)
        && gap(after: k - 1) == .word
      let addressee = k + 1 < end && Self.addresseeCues.contains(words[k + 1].hash) && words[k + 2].capitalised
        && (words[k + 1].hash != Self.an || b[words[k + 1].end] == 0x2E)
      guard zip && !(k + 1...end).allSatisfy({ V.countries.contains(words[$0].hash) }) || addressee else { continue }
      segs[segs.count - 1] = last.lowerBound...k
      return k
    }
    return end
  }

  /// A US state after the town: its code in capitals (any case in text without capitals) or its name written out.
  func isStateWord(_ k: Int) -> Bool {
    let w = words[k]
    return PostalAddressScanner.usStates.contains(w.hash) && w.letters == 2 && (w.allCaps || anyCase)
      || SpokenAddress.states.contains(w.hash)
  }

  static let an = Bytes.wordHash("an")
  /// Words after a postcode that hand the parcel to a person: "an." (Indonesian atas nama, with its full stop), "attn",
  /// "fao".
  static let addresseeCues = WordSet(words: ["an", "attn", "fao", "atn"])

  /// Two words or more in lower case in a text with capitals, no number among them and no street word ("gate code on
  /// request", "rural delivery", "no wait"): a remark after the address. One word may be a town typed in lower case.
  func isRemark(_ seg: ClosedRange<Int>) -> Bool {
    // "rural" alone ("…, rural delivery" cut at a word the run stops on) is a box's word without its number.
    guard !anyCase, seg.count >= 2 || V.postBox.contains(words[seg.lowerBound].hash) else { return false }
    return seg.allSatisfy { k in
      let w = words[k]
      return w.digits == 0 && !w.capitalised && !nonASCII(w) && !AddressScanner.streetTypes.contains(w.hash)
        && !V.beforeName.contains(w.hash) && !V.countries.contains(w.hash)
    }
  }

  /// Two or three capitalised words after a dash, a known given name first or a known surname last, none of an
  /// address's own words, country or region ("Lagos - Victoria Island" keeps its district).
  func isSigner(_ seg: ClosedRange<Int>) -> Bool {
    guard seg.count >= 2, seg.count <= 3 else { return false }
    let plain = seg.allSatisfy { k in
      let w = words[k]
      return w.digits == 0 && w.capitalised && !w.allCaps && !inVocabulary(w.hash) && !V.countries.contains(w.hash)
        && !V.particles.contains(w.hash) && !isRegion(k)
    }
    return plain && (NameLexicon.firstNames.contains(words[seg.lowerBound].hash)
                     || NameLexicon.surnames.contains(words[seg.upperBound].hash))
  }
}
