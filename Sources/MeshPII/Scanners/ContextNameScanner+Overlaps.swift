/// Name findings weighed against the other scanners' findings, once all have run: a brand whose first word is
/// a title ("Dr. Martens") is not a name, and an address span that opens with a name ("Yuki Tanaka, 2-14-5
/// Kichijoji Honcho, …", "attn Dr. Kenji Watanabe, 900 Harbor Blvd …") starts after it, so the name is
/// reported as a name rather than lost inside the address (addresses win overlaps).
extension ContextNameScanner {
  /// Drops a name found right after a title or relation when the two make a brand ("Dr. Martens 1460",
  /// "Mrs Meyer's"): the cue phrases take the word after "Dr." whatever it is.
  static func dropBrandsAfterTitles(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ all: inout [Candidate]) {
    all.removeAll { c in
      guard c.type == .name, let k = words.firstIndex(where: { $0.start == c.start }), k > 0 else { return false }
      return brands.contains { brand in
        brand.count == 2 && words[k - 1].hash == brand[0] && (words[k].hash == brand[1] || stem(b, words[k]) == brand[1])
      }
    }
  }

  /// Moves the start of an address past a name that opens it (at most a title's few bytes after the address's
  /// start), when the rest still holds a digit: the street, number and postcode stay an address.
  static func trimAddresses(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ all: inout [Candidate]) {
    // Not a street's own words ("Rua das Flores 118", "26 Cherry Hill Lane"): no digit before the name, no
    // address word in it or right after it.
    func addressWord(_ w: ByteWord) -> Bool {
      AddressScanner.streetTypes.contains(w.hash) || AddressVocabulary.beforeName.contains(w.hash)
        || AddressVocabulary.afterName.contains(w.hash) || AddressVocabulary.afterNumber.contains(w.hash)
        || AddressVocabulary.houseNames.contains(w.hash) || AddressVocabulary.units.contains(w.hash)
    }
    let names = all.filter { c in
      c.type == .name && !words.contains { $0.start >= c.start && $0.start <= c.end + 1 && addressWord($0) }
        && !AddressNameOverlap.isStreetName(b, words, c)
    }
    guard !names.isEmpty else { return }
    for i in all.indices where all[i].type == .address {
      let end = all[i].end
      var start = all[i].start
      // Several names may open it ("Jürgen Jürgen Weiß Am Markt 2, …"): step past each in turn.
      while let name = names.first(where: { n in
        n.start >= start && n.start - start <= 4 && n.end < end && !(start..<n.start).contains { Bytes.isDigit(b[$0]) }
      }) {
        var next = name.end
        while next < end, !Bytes.isWordByte(b[next]) { next += 1 }
        guard next < end, (next..<end).contains(where: { Bytes.isDigit(b[$0]) }) else { break }
        start = next
      }
      all[i].start = start
    }
  }
}
