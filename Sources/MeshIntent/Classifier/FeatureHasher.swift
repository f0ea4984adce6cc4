/// Turns words into hashed sparse features: word unigrams and bigrams, and character n-grams of each
/// word with boundary marks (which make the model robust to typos and unseen inflections).
///
/// Hashes are 64-bit FNV-1a, stable across runs and platforms, so a saved model stays valid.
public struct FeatureHasher: Sendable, Equatable {
  /// Shortest character n-gram.
  public var minCharGram: Int
  /// Longest character n-gram.
  public var maxCharGram: Int
  /// Share of the vector's squared norm given to word features (the rest goes to character n-grams).
  public var wordWeight: Float
  /// Character n-grams run across word boundaries (over the whole normalised sentence) rather than
  /// inside each word, so they also see pairs of words.
  public var crossWordCharGrams: Bool = false

  /// A hasher with the given n-gram range and word/character balance.
  /// - Parameters:
  ///   - minCharGram: shortest character n-gram.
  ///   - maxCharGram: longest character n-gram.
  ///   - wordWeight: share of the squared norm for word features, in 0...1.
  public init(minCharGram: Int = 3, maxCharGram: Int = 5, wordWeight: Float = 0.5) {
    self.minCharGram = minCharGram
    self.maxCharGram = maxCharGram
    self.wordWeight = wordWeight
  }

  static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x0000_0100_0000_01b3

  @inline(__always) static func mix(_ h: UInt64, _ v: UInt32) -> UInt64 {
    var h = h
    h = (h ^ UInt64(v & 0xFF)) &* prime
    h = (h ^ UInt64(v >> 8)) &* prime
    return h
  }

  /// The hash of the always-on bias feature.
  public static let biasFeature: UInt64 = mix(offset, 0xB1A5)

  /// The distinct feature hashes of `text` with their weights, L2-normalised per group.
  /// - Parameters:
  ///   - text: the utterance.
  /// - Returns: parallel arrays of hashes and weights; the bias feature comes first.
  public func features(of text: String) -> (hashes: [UInt64], values: [Float]) {
    let words = TextNormalizer.words(text)
    var wordHashes: [UInt64] = []
    var charHashes: [UInt64] = []
    wordHashes.reserveCapacity(words.count * 2 + 2)
    charHashes.reserveCapacity(words.count * 12)
    var previous = FeatureHasher.mix(FeatureHasher.offset, 0x2)  // sentence start
    if crossWordCharGrams {
      var sentence: [UInt32] = [0x20]
      for word in words { sentence += word; sentence.append(0x20) }
      appendCharGrams(sentence, into: &charHashes)
    }
    for word in words {
      var h = FeatureHasher.mix(FeatureHasher.offset, 0x1)
      for v in word { h = FeatureHasher.mix(h, v) }
      wordHashes.append(h)
      wordHashes.append(FeatureHasher.mix(FeatureHasher.mix(previous, 0x20), UInt32(truncatingIfNeeded: h)))
      previous = h
      if !crossWordCharGrams {
        var marked: [UInt32] = [0x3C]
        marked.append(contentsOf: word)
        marked.append(0x3E)
        appendCharGrams(marked, into: &charHashes)
      }
    }
    if !words.isEmpty {
      wordHashes.append(FeatureHasher.mix(FeatureHasher.mix(previous, 0x20), 0x3))  // sentence end
    }
    var hashes: [UInt64] = [FeatureHasher.biasFeature]
    var values: [Float] = [1]
    Self.appendNormalised(&hashes, &values, wordHashes, share: wordWeight)
    Self.appendNormalised(&hashes, &values, charHashes, share: 1 - wordWeight)
    return (hashes, values)
  }

  private func appendCharGrams(_ scalars: [UInt32], into hashes: inout [UInt64]) {
    for start in 0..<scalars.count {
      var g = FeatureHasher.mix(FeatureHasher.offset, 0x3)
      var n = 0
      var i = start
      while i < scalars.count && n < maxCharGram {
        g = FeatureHasher.mix(g, scalars[i])
        n += 1
        i += 1
        if n >= minCharGram { hashes.append(g) }
      }
    }
  }

  /// Adds a group with counts merged, log-scaled term frequency, and squared norm `share`.
  private static func appendNormalised(_ hashes: inout [UInt64], _ values: inout [Float], _ group: [UInt64],
                                       share: Float) {
    guard !group.isEmpty, share > 0 else { return }
    let sorted = group.sorted()
    var unique: [UInt64] = []
    var counts: [Float] = []
    for h in sorted {
      if unique.last == h { counts[counts.count - 1] += 1 } else { unique.append(h); counts.append(1) }
    }
    var norm: Float = 0
    for i in counts.indices {
      counts[i] = 1 + log1pf(counts[i] - 1)
      norm += counts[i] * counts[i]
    }
    let scale = (share / norm).squareRoot()
    hashes.append(contentsOf: unique)
    for c in counts { values.append(c * scale) }
  }
}

@inline(__always) private func log1pf(_ x: Float) -> Float {
  // log(1 + x) for small counts without Foundation; x is a whole number >= 0.
  if x == 0 { return 0 }
  var y: Float = 0
  var v = 1 + x
  while v >= 2 { v /= 2; y += 0.693_147_2 }
  // ln(v) for v in [1, 2) via the series of atanh.
  let t = (v - 1) / (v + 1)
  let t2 = t * t
  return y + 2 * t * (1 + t2 / 3 + t2 * t2 / 5 + t2 * t2 * t2 / 7)
}
