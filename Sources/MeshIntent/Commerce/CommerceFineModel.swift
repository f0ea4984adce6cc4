/// The fine commerce intents of `CommerceTaxonomy`, on the same n-gram model as `CommerceModel`,
/// trained from `CommerceFineUtterances`. Each prediction also names its coarse group, so callers
/// that know only the 14 coarse intents keep working.
public enum CommerceFineModel {
  /// The labelled utterances, `(text, fine label)`.
  public static var utterances: [(text: String, label: String)] { CommerceFineUtterances.pairs() }

  /// The hyper-parameters: those of the coarse model (chosen on its data, not on these utterances).
  public static var configuration: TrainingConfiguration { CommerceModel.configuration }

  /// The shipped model, trained on all fine utterances on first use (deterministic, see `CommerceModel`).
  public static let shared: IntentModel = {
    do { return try IntentTrainer.train(utterances, configuration: configuration) } catch {
      preconditionFailure("the fine commerce data has \(CommerceTaxonomy.intents.count) intents: \(error)")
    }
  }()

  /// The fine intent of `text` and its coarse group.
  /// - Parameters:
  ///   - text: the utterance.
  public static func classify(_ text: String) -> (prediction: IntentPrediction, group: String) {
    let p = shared.classify(text)
    return (p, CommerceTaxonomy.group(of: p.intent))
  }

  /// Figures of one held-out fold or of the mean over five.
  public struct Figures: Sendable, Equatable {
    /// Share of utterances given the right fine intent.
    public var fineAccuracy: Double
    /// Share of in-scope utterances given the right fine intent.
    public var fineInScope: Double
    /// Share of out-of-scope utterances called out of scope.
    public var outOfScopeRecall: Double
    /// Share of utterances whose predicted fine intent is in the right coarse group.
    public var coarseAccuracy: Double
    /// Number of utterances evaluated (summed over folds).
    public var count: Int
  }

  /// The fold `fold` (0...4): trains on four utterances in five per intent, evaluates on the fifth.
  /// - Parameters:
  ///   - fold: which fifth is held out.
  /// - Returns: the figures and the fine `IntentEvaluation` (per-label precision and recall).
  public static func heldOut(fold: Int) throws -> (figures: Figures, evaluation: IntentEvaluation) {
    var seen: [String: Int] = [:]
    var fit: [(text: String, label: String)] = []
    var test: [(text: String, label: String)] = []
    for e in utterances {
      let n = seen[e.label, default: 0]
      seen[e.label] = n + 1
      if n % 5 == fold { test.append(e) } else { fit.append(e) }
    }
    let model = try IntentTrainer.train(fit, configuration: configuration)
    let evaluation = IntentEvaluation(model: model, examples: test)
    var coarseRight = 0
    for e in test where CommerceTaxonomy.group(of: model.classify(e.text).intent) == CommerceTaxonomy.group(of: e.label) {
      coarseRight += 1
    }
    let figures = Figures(fineAccuracy: evaluation.accuracy, fineInScope: evaluation.inScopeAccuracy,
                          outOfScopeRecall: evaluation.outOfScopeRecall ?? 0,
                          coarseAccuracy: test.isEmpty ? 0 : Double(coarseRight) / Double(test.count),
                          count: test.count)
    return (figures, evaluation)
  }

  /// Five-fold cross-validation: every utterance held out once; the mean of the folds' figures.
  public static func crossValidation() throws -> Figures {
    var sum = Figures(fineAccuracy: 0, fineInScope: 0, outOfScopeRecall: 0, coarseAccuracy: 0, count: 0)
    for fold in 0..<5 {
      let f = try heldOut(fold: fold).figures
      sum.fineAccuracy += f.fineAccuracy / 5
      sum.fineInScope += f.fineInScope / 5
      sum.outOfScopeRecall += f.outOfScopeRecall / 5
      sum.coarseAccuracy += f.coarseAccuracy / 5
      sum.count += f.count
    }
    return sum
  }
}
