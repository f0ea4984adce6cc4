/// Splits an utterance into lower-cased word tokens, the unit every feature of the classifier is built on.
///
/// Letters and digits form words, every digit written as `0` (numbers matter by their shape, not their
/// value, to intents); an apostrophe inside a word is dropped ("don't" -> "dont") so that
/// typed and untyped contractions meet; everything else separates words.
public enum TextNormalizer {
  /// The lower-cased words of `text`, each as Unicode scalar values.
  /// - Parameters:
  ///   - text: the utterance.
  /// - Returns: the words, in order.
  public static func words(_ text: String) -> [[UInt32]] {
    var words: [[UInt32]] = []
    var current: [UInt32] = []
    current.reserveCapacity(16)
    for scalar in text.unicodeScalars {
      let v = scalar.value
      if v < 0x80 {
        if v >= 0x61 && v <= 0x7A {
          current.append(v)
        } else if v >= 0x30 && v <= 0x39 {
          current.append(0x30)  // digits by shape: "order 123456" and "order 998877" look alike
        } else if v >= 0x41 && v <= 0x5A {
          current.append(v + 32)
        } else if v == 0x27 {
          continue
        } else if !current.isEmpty {
          words.append(current)
          current.removeAll(keepingCapacity: true)
        }
      } else if v == 0x2019 {
        continue  // typographic apostrophe, as above
      } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        for lower in scalar.properties.lowercaseMapping.unicodeScalars { current.append(lower.value) }
      } else if !current.isEmpty {
        words.append(current)
        current.removeAll(keepingCapacity: true)
      }
    }
    if !current.isEmpty { words.append(current) }
    return words
  }
}
