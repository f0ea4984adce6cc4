/// Precision and recall per type of a detector on a labelled set (exact span and type must agree).
public struct PIIEvaluation: Sendable {
  /// Counts and rates of one type.
  public struct Score: Sendable, Equatable {
    /// Findings that match a gold span of this type exactly.
    public var truePositives = 0
    /// Findings of this type with no such gold span.
    public var falsePositives = 0
    /// Gold spans of this type not found exactly.
    public var falseNegatives = 0
    /// An empty score.
    public init() {}
    /// tp / (tp + fp), 1 when nothing was reported.
    public var precision: Double {
      truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    /// tp / (tp + fn), 1 when there was nothing to find.
    public var recall: Double {
      truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
    }
  }

  /// Scores per type.
  public var scores: [PIIType: Score]
  /// All types together.
  public var total: Score
  /// Each wrong or missed finding, as "fp|fn type 'value' in: text", for inspection.
  public var errors: [String]
  /// Number of texts.
  public var texts: Int

  /// Evaluates `detector` on `set`, or on the team's built-in labelled set.
  /// - Parameters:
  ///   - detector: the detector.
  ///   - annotated: lines with `{{type:value}}` marks; the built-in set when `nil`.
  public init(detector: PIIDetector = PIIDetector(), annotated: String? = nil) {
    let set = annotated.map { PIILabelledSet.parse($0) } ?? PIILabelledSet.parsed()
    var scores: [PIIType: Score] = [:]
    var errors: [String] = []
    for (text, gold) in set {
      let found = detector.detect(in: text)
      for f in found {
        if gold.contains(where: { $0.type == f.type && $0.range == f.utf8Range }) {
          scores[f.type, default: Score()].truePositives += 1
        } else {
          scores[f.type, default: Score()].falsePositives += 1
          errors.append("fp \(f.type.rawValue) '\(f.value)' in: \(text)")
        }
      }
      for g in gold where !found.contains(where: { $0.type == g.type && $0.utf8Range == g.range }) {
        scores[g.type, default: Score()].falseNegatives += 1
        let value = String(decoding: Array(text.utf8)[g.range], as: UTF8.self)
        errors.append("fn \(g.type.rawValue) '\(value)' in: \(text)")
      }
    }
    var total = Score()
    for s in scores.values {
      total.truePositives += s.truePositives
      total.falsePositives += s.falsePositives
      total.falseNegatives += s.falseNegatives
    }
    self.scores = scores
    self.total = total
    self.errors = errors
    texts = set.count
  }

  /// Detection throughput in MB/s over `texts` (the labelled set's by default), repeated to about
  /// `megabytes`, one `detect` call per message (the way the mesh uses it).
  /// - Parameters:
  ///   - detector: the detector.
  ///   - megabytes: how much text to scan.
  ///   - texts: the messages; the labelled set's texts when `nil`.
  /// - Returns: megabytes (10^6 bytes) per second and the number of findings (so the work is not elided).
  public static func throughput(detector: PIIDetector = PIIDetector(), megabytes: Double = 20,
                                texts: [String]? = nil) -> (mbPerSecond: Double, findings: Int) {
    let texts = texts ?? PIILabelledSet.parsed().map(\.text)
    let bytesPerRound = texts.reduce(0) { $0 + $1.utf8.count + 1 }
    let rounds = max(1, Int(megabytes * 1_000_000) / bytesPerRound)
    var findings = 0
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      for _ in 0..<rounds { for t in texts { findings += detector.detect(in: t).count } }
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    return (Double(rounds * bytesPerRound) / 1_000_000 / seconds, findings)
  }
}
