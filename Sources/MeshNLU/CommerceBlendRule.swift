import MeshIntent

/// The nlu service's coarse blend rule, fitted once by `mesh nlu eval --commerce` (on folds of every coarse
/// utterance, `CommerceOutOfFold`) and committed here with a fingerprint of the data it was fitted on.
/// Fitting it at a service's first start trained five more heads and n-gram models (issue 12: 337 s in a
/// debug build under load, and `mesh up` gives a wave 60 s): the two numbers are cheaper to ship than to
/// recompute on every fresh clone. When the data no longer matches the fingerprint, the service fits the
/// rule itself at its first start (slow, but never a stale rule), and `CommerceBlendRuleTests` fails
/// until the values below are refreshed from `mesh nlu eval --commerce`.
public enum CommerceBlendRule {
  /// The rule fitted on the data of `fittedOn` (nested CV and the curves: docs/INTENTS.md). Its neighbour
  /// test needs the in-scope training vectors, which the service keeps with the head in its cache.
  public static let committed = BlendedDecisionRule(headWeight: 0.3, threshold: 0.07, minimumNeighbourCosine: 0.31, fineWeight: 0.15)

  /// `fingerprint` of the data `committed` was fitted on.
  public static let fittedOn: UInt64 = 0xe5c7_03c1_5546_2589

  /// The committed rule when it was fitted on the current data, else nil (the rule must be fitted now).
  public static var current: BlendedDecisionRule? { fingerprint == fittedOn ? committed : nil }

  /// The committed rule when `grouped` and the shipped coarse utterances are the data it was fitted on.
  /// - Parameter grouped: the coarse head's training pairs.
  static func committed(forGrouped grouped: [(text: String, label: String)]) -> BlendedDecisionRule? {
    fingerprint(grouped: grouped, coarse: CommerceModel.utterances) == fittedOn ? committed : nil
  }

  /// FNV-1a over what the fit reads: the coarse head's grouped utterances (the heads and the folds'
  /// training side) and the coarse utterances (the n-gram models and the folds' held-out side), with a
  /// version marker to bump when the fitting protocol changes (folds, trainers, grid; 2: the neighbour test; 3: the
  /// fine head's vote; 4: the far-away texts), and the far-away texts the folds score (`CommerceOutOfFold.farAway`).
  public static var fingerprint: UInt64 {
    fingerprint(grouped: CommerceGroupedUtterances.pairs(), coarse: CommerceModel.utterances)
  }

  /// The fingerprint of given data (see `fingerprint`).
  /// - Parameters:
  ///   - grouped: the coarse head's training pairs.
  ///   - coarse: the coarse n-gram model's.
  ///   - farAway: the out-of-scope texts the folds score and no model trains on.
  static func fingerprint(grouped: [(text: String, label: String)], coarse: [(text: String, label: String)],
                          farAway: [String] = CommerceOutOfFold.fitsWithFarAway ? CommerceOutOfFold.farAway : []) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func add(_ bytes: some Sequence<UInt8>) { for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 } }
    add("commerce-blend-rule/4".utf8)
    for part in [grouped, coarse] {
      add([1])
      for (text, label) in part { add(text.utf8); add([0]); add(label.utf8); add([0]) }
    }
    add([2])
    for text in farAway { add(text.utf8); add([0]) }
    return hash
  }
}
