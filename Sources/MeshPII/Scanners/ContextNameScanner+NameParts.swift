/// Parts of a name that the capitalised runs and the tagger leave outside a found name: particles standing first or
/// in lower case ("under van der Berg", "fatima zahra el idrissi"), a short Vietnamese given name after "Van" or
/// "Thi" ("Nguyen Van An") and a nickname in quotes between the given name and
/// the surname ('Bartholomew "Bart" Quinn'). Run after the joins, on the names found by then.
extension ContextNameScanner {
  /// Particles that open a surname only, never an English or Romance sentence's word: one of them before a found
  /// name is taken with it ("under von Trapp"), where "de", "la" or "el" alone is as often the language's word
  /// ("el regalo de Maria").
  private static let surnameOnlyParticles = WordSet(words: ["van", "von", "ter", "ten", "ibn", "bin", "bint", "binti",
                                                            "abu", "ní", "nic", "uí", "ó", "mac", "ould"])

  /// Vietnamese middle names that never end a name: the given name follows.
  private static let vietnameseMiddleNames = WordSet(words: ["van", "văn", "thi", "thị"])

  /// Widens names over the particles that belong to them, which the capitalised runs leave out when they stand first
  /// or in lower case: before the name when two particles go together ("under van der Berg", "de la Cruz is
  /// spelled"), when one opens the line or is surname-only ("von Trapp"), and after a name that ends in a particle
  /// ("fatima zahra el idrissi": the tagger stops at "el"). A surname never ends in a particle.
  static func attachParticles(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ all: inout [Candidate]) {
    for i in all.indices where all[i].type == .name {
      guard let first = words.firstIndex(where: { $0.start == all[i].start }),
            var last = words.lastIndex(where: { $0.end == all[i].end }) else { continue }
      var p = first
      while p > 0, first - p < 3, !words[p - 1].capitalised, particles.contains(words[p - 1].hash),
            ByteWords.spaced(b, words[p - 1], words[p]) {
        p -= 1
      }
      let opensLine = p == 0 || lineBreak(b, between: words[p - 1], and: words[p])
      if p < first, first - p >= 2 || opensLine || surnameOnlyParticles.contains(words[p].hash) && p > 0
        && !determiners.contains(words[p - 1].hash), free(words[p], all) {
        all[i].start = words[p].start
      }
      guard last > first else { continue }
      // "Paco el portero": a person's role in lower case closing a finding is no part of the name.
      if !words[last].capitalised, relationCues.contains(words[last].hash), words[last].end == all[i].end {
        last -= 1
        all[i].end = words[last].end
      }
      let trailingParticle = particles.contains(words[last].hash) && !words[last].capitalised
      guard last + 1 < words.count, ByteWords.spaced(b, words[last], words[last + 1]),
            words[last + 1].digits == 0, free(words[last + 1], all) else {
        if trailingParticle { all[i].end = words[last - 1].end }
        continue
      }
      let n = words[last + 1]
      if trailingParticle, n.letters >= 2, !NameScanner.stopWords.contains(n.hash), !EnglishWords.common.contains(n.hash),
         // "Paco el portero tiene las llaves": a person's role after the article is no surname; a lower-case word
         // is one only in a name typed wholly in lower case ("fatima zahra el idrissi").
         !relationCues.contains(n.hash), n.capitalised || listedName(n) || !words[first].capitalised {
        all[i].end = n.end
      } else if trailingParticle {
        // A particle closing the name with no name word after it is the next phrase's article ("Paco el portero").
        all[i].end = words[last - 1].end
      } else if vietnameseMiddleNames.contains(words[last].hash), words[last].capitalised, n.capitalised, !n.allCaps {
        // "Nguyen Van An": the given name after "Van" or "Thi" is often a short word ("An", "Le") the runs pass over.
        all[i].end = n.end
      }
    }
  }

  /// Whether the bytes from `from` to `to` are a space and an opening quote (`open`) or a closing quote and a space.
  static func quoteGap(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, open: Bool) -> Bool {
    let gap = Array(UnsafeBufferPointer(rebasing: b[from..<to]))
    let quotes: [[UInt8]] = [[0x22], [0x27], open ? [0xE2, 0x80, 0x9C] : [0xE2, 0x80, 0x9D]]
    return quotes.contains { open ? gap == [0x20] + $0 : gap == $0 + [0x20] }
  }

  /// Widens a name over a nickname in quotes and the name on its other side: 'Bartholomew "Bart" Quinn' found as
  /// "Quinn" or as "Bartholomew". A quoted capitalised word between two capitalised words is how people write a
  /// nickname inside their full name; a quoted title stands alone ('the song "Jolene" by …' has no capital after).
  static func attachNicknames(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ all: inout [Candidate]) {
    func nameLike(_ w: ByteWord) -> Bool {
      w.capitalised && !w.allCaps && w.digits == 0 && w.letters >= 2 && !NameScanner.stopWords.contains(w.hash)
    }
    func nickname(_ k: Int) -> Bool {
      k >= 1 && k + 1 < words.count && nameLike(words[k - 1]) && nameLike(words[k]) && nameLike(words[k + 1])
        && quoteGap(b, words[k - 1].end, words[k].start, open: true) && quoteGap(b, words[k].end, words[k + 1].start, open: false)
    }
    for i in all.indices where all[i].type == .name {
      guard let first = words.firstIndex(where: { $0.start == all[i].start }),
            let last = words.lastIndex(where: { $0.end == all[i].end }) else { continue }
      if first >= 2, nickname(first - 1), free(words[first - 2], all) { all[i].start = words[first - 2].start }
      if last + 2 < words.count, nickname(last + 1), free(words[last + 2], all) { all[i].end = words[last + 2].end }
    }
  }
}

extension ContextNameScanner {
  /// French words after which "M." is "Monsieur", a title outside the name, not an initial ("c'est M. Dupont qui …").
  static let frenchBeforeTitle = WordSet(words: ["c'est", "c’est", "à", "pour", "chez", "avec", "merci", "bonjour",
                                                 "bonsoir", "par", "et", "de", "est", "au"])

  /// Whether a French word stands right before `words[k]`.
  static func frenchBefore(_ words: [ByteWord], _ k: Int) -> Bool {
    k > 0 && frenchBeforeTitle.contains(words[k - 1].hash)
  }

  /// "Mary-Kate", "Jun-Jun", "Anna-Lena": a hyphenated word whose parts are all listed given names of two letters or
  /// more; the lexicon lists the parts, seldom the pair.
  static func hyphenatedGivenName(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    var start = w.start
    var parts = 0
    for k in w.start...w.end where k == w.end || b[k] == 0x2D {
      guard k - start >= 2, NameLexicon.firstNames.contains(Bytes.wordHash(b, start, k)) else { return false }
      parts += 1
      start = k + 1
    }
    return parts >= 2
  }
}
