@testable import MeshPII

/// A tagger whose weights take every capitalised word and initial and nothing else: decoding tests use it to
/// see how tagged words become spans, whatever the trained weights say.
enum CapitalisedWordTagger {
  /// The tagger, at threshold 0.
  static func make() -> NameTagger {
    var weights = [Float](repeating: 0, count: 1 << NameTaggerFeatures.bits)
    for shape: UInt64 in 0...5 {
      for flags: UInt64 in 0...15 {
        weights[NameTaggerFeatures.index(2, shape << 4 | flags)] = shape == 1 || shape == 5 ? 5 : -5
      }
    }
    return NameTagger(weights: weights, threshold: 0)
  }

  /// The spans `make()` finds in `text`, as text.
  static func names(in text: String) -> [String] {
    var text = text
    let tagger = make()
    return text.withUTF8 { b -> [String] in
      var out: [Candidate] = []
      tagger.scan(b, into: &out)
      return out.map { String(decoding: UnsafeBufferPointer(rebasing: b[$0.start..<$0.end]), as: UTF8.self) }
    }
  }
}
