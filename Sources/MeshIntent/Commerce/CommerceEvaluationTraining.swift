/// The coarse models' training data for one evaluation of marked messages (`mesh nlu eval --heldout`):
/// the shipped data without any line equal to a scored message, plus lines a team adds for the run
/// (`--also-train`). The coarse models train on the spent held-out sets (`CommerceUtterances.pooled`), so
/// scoring one of them on the shipped models would score their training data; leaving the scored lines
/// out makes that evaluation leave-one-set-out, and leaves an unpooled set's run as it was.
public struct CommerceEvaluationTraining {
  /// The coarse n-gram model's training pairs.
  public var coarse: [(text: String, label: String)]
  /// The coarse head's training pairs (the grouped utterances).
  public var grouped: [(text: String, label: String)]
  /// The fine head's training pairs (its grouped vote enters the blend).
  public var fine: [(text: String, label: String)]
  /// How many lines of `grouped` were left out because a scored message has their text.
  public var leftOut: Int
  /// How many added lines were trained on (those equal to a scored message or a shipped line are not).
  public var added: Int

  /// Whether the data is the shipped data, so the shipped models and committed blend rule apply as they are.
  public var isShipped: Bool { leftOut == 0 && added == 0 }

  /// The data for scoring `scored`, with `extra` added to the coarse data.
  /// - Parameters:
  ///   - scored: the texts the run scores (compared in lower case, as the training data's duplicates are).
  ///   - extra: labelled lines to train the coarse models on too, in coarse labels.
  ///   - coarse: the coarse n-gram data (the shipped one by default).
  ///   - grouped: the coarse head's data (the shipped one by default).
  ///   - fine: the fine head's data (the shipped one by default).
  public init(scored: [String], extra: [(text: String, label: String)] = [],
              coarse: [(text: String, label: String)] = CommerceModel.utterances,
              grouped: [(text: String, label: String)] = CommerceGroupedUtterances.pairs(),
              fine: [(text: String, label: String)] = CommerceFineModel.utterances) {
    let held = Set(scored.map { $0.lowercased() })
    func kept(_ pairs: [(text: String, label: String)]) -> [(text: String, label: String)] {
      pairs.filter { !held.contains($0.text.lowercased()) }
    }
    var known = held.union(grouped.map { $0.text.lowercased() })
    let added = extra.filter { known.insert($0.text.lowercased()).inserted }
    self.grouped = kept(grouped) + added
    self.coarse = kept(coarse) + added
    self.fine = kept(fine)
    leftOut = grouped.count - (self.grouped.count - added.count)
    self.added = added.count
  }
}
