/// What a chat line adds after an address that is not part of it: a person signing after a dash ("…, Colombo 03 -
/// Dilani Perera", "…, Bogotá — Camilo Restrepo") and a remark in lower case ("…, Cairo - gate code on request", "…,
/// Kerikeri 0295, rural delivery, leave at the gate", "… HG1 4TU - no wait"). Both open the last segment.
extension AddressText {
  /// `end` with a closing segment of either kind cut off, the segments trimmed to match.
  func trimTail(_ segs: inout [ClosedRange<Int>], end: Int) -> Int {
    guard segs.count >= 2, let last = segs.last, last.upperBound == end else { return end }
    let opener = last.lowerBound - 1
    guard opener >= segs[0].lowerBound else { return end }
    if isRemark(last) || dashed(after: opener) && isSigner(last) {
      segs.removeLast()
      return segs[segs.count - 1].upperBound
    }
    return end
  }

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
