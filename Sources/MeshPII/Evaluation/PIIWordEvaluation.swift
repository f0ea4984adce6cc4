/// What redaction removes, counted in words: the share of each type's words that a redactor in
/// placeholder mode would replace, and the share of the other words it would replace by mistake.
/// Unlike exact-span scores, a name found as "Tom" of "Tom Becker" counts half right, and an address
/// found without its postcode loses only the postcode's words.
public struct PIIWordEvaluation: Sendable {
  /// Words of one kind, and how many of them a finding covers.
  public struct Count: Sendable, Equatable {
    /// Words of this kind in the set.
    public var words = 0
    /// Of them, words that overlap a finding (any type: placeholder mode removes them all the same).
    public var removed = 0
    /// An empty count.
    public init() {}
    /// removed / words, 1 when there were none.
    public var share: Double { words == 0 ? 1 : Double(removed) / Double(words) }
  }

  /// Per type, the gold personal-data words.
  public var personal: [PIIType: Count]
  /// All personal-data words together.
  public var allPersonal: Count
  /// Words that are not personal data.
  public var other: Count
  /// Each personal word kept ("kept type 'word' in: text") and other word removed ("removed 'word' in: text").
  public var errors: [String]
  /// Number of texts.
  public var texts: Int

  /// Counts words on `annotated` (the built-in labelled set when `nil`).
  /// - Parameters:
  ///   - detector: the detector.
  ///   - annotated: lines with `{{type:value}}` marks.
  public init(detector: PIIDetector = PIIDetector(), annotated: String? = nil) {
    let set = annotated.map { PIILabelledSet.parse($0) } ?? PIILabelledSet.parsed()
    var personal: [PIIType: Count] = [:]
    var all = Count(), other = Count()
    var errors: [String] = []
    for (text, gold) in set {
      let found = detector.detect(in: text).map(\.utf8Range)
      for word in PIIWordEvaluation.words(text) {
        let removed = found.contains { $0.overlaps(word.range) }
        if let g = gold.first(where: { $0.range.overlaps(word.range) }) {
          personal[g.type, default: Count()].words += 1
          all.words += 1
          if removed {
            personal[g.type, default: Count()].removed += 1
            all.removed += 1
          } else {
            errors.append("kept \(g.type.rawValue) '\(word.text)' in: \(text)")
          }
        } else {
          other.words += 1
          if removed {
            other.removed += 1
            errors.append("removed '\(word.text)' in: \(text)")
          }
        }
      }
    }
    self.personal = personal
    allPersonal = all
    self.other = other
    self.errors = errors
    texts = set.count
  }

  /// The words of `text`: maximal runs of letters, digits and marks, with their UTF-8 ranges.
  static func words(_ text: String) -> [(text: String, range: Range<Int>)] {
    var out: [(text: String, range: Range<Int>)] = []
    var offset = 0
    var start = -1
    var current = String.UnicodeScalarView()
    for s in text.unicodeScalars {
      let inWord = s.properties.isAlphabetic || s.properties.numericType != nil || s.properties.isDiacritic
      if inWord {
        if start < 0 { start = offset }
        current.append(s)
      } else if start >= 0 {
        out.append((String(current), start..<offset))
        start = -1
        current = String.UnicodeScalarView()
      }
      offset += s.utf8.count
    }
    if start >= 0 { out.append((String(current), start..<offset)) }
    return out
  }
}
