/// What a chat line adds after an address that is not part of it: a person signing after a dash ("…, Colombo 03 -
/// Dilani Perera", "…, Bogotá — Camilo Restrepo") and a remark in lower case ("…, Cairo - gate code on request", "…,
/// Kerikeri 0295, rural delivery, leave at the gate", "… HG1 4TU - no wait"). Both open the last segment.
extension AddressText {
  /// `end` with a closing segment of either kind cut off, the segments trimmed to match.
  func trimTail(_ segs: inout [ClosedRange<Int>], end: Int) -> Int {
    let end = afterZip(segs, end: end)
    if let last = segs.last, last.upperBound > end { segs[segs.count - 1] = last.lowerBound...max(last.lowerBound, end) }
    guard segs.count >= 2, let last = segs.last, last.upperBound == end else { return end }
    let opener = last.lowerBound - 1
    guard opener >= segs[0].lowerBound else { return end }
    if isRemark(last) || dashed(after: opener) && isSigner(last) {
      segs.removeLast()
      return segs[segs.count - 1].upperBound
    }
    return end
  }

  /// A US ZIP after its state's code closes the address in one segment ("742 evergreen terrace springfield il 62704 no
  /// commas sorry"): what follows in it is the sentence's, but a country ("… IL 62704 USA").
  func afterZip(_ segs: [ClosedRange<Int>], end: Int) -> Int {
    guard let last = segs.last, last.upperBound == end, last.count >= 3 else { return end }
    for k in last.lowerBound + 1..<end {
      let w = words[k]
      guard w.isNumber, w.digits == 5 || w.digits == 9 && hyphenated(w), gap(after: k - 1) == .word,
            PostalAddressScanner.usStates.contains(words[k - 1].hash), words[k - 1].letters == 2,
            (k + 1...end).allSatisfy({ !V.countries.contains(words[$0].hash) && words[$0].digits == 0 }) else { continue }
      return k
    }
    return end
  }

  /// Words in lower case in a text with capitals, no number among them and no street word ("gate code on request",
  /// "rural delivery", "no wait"): a remark after the address.
  func isRemark(_ seg: ClosedRange<Int>) -> Bool {
    guard !anyCase else { return false }
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
