/// The marketplace assistant's shipped intent model, trained from `CommerceUtterances`.
///
/// It is trained when first used rather than shipped as weights: training these thousand or so
/// utterances takes milliseconds, the labelled data in the repository stays the only source of truth
/// (no binary that can drift from it), and training is deterministic, so every process gets the same
/// model.
public enum CommerceModel {
  /// The intents the model knows, `out_of_scope` included.
  public static let intents = ["search_items", "place_order", "order_status", "change_order", "cancel_order",
                               "return_refund", "shipping", "payment", "account", "sell_item", "human_agent",
                               "feedback", "greeting", "out_of_scope"]

  /// The hyper-parameters used for the commerce model.
  public static var configuration: TrainingConfiguration {
    var c = TrainingConfiguration()
    // Few utterances per intent: hold out more for calibration, pass over the data more often, and let
    // the threshold cost no held-out accuracy (the out_of_scope class does most of the rejecting).
    c.holdoutEvery = 5
    c.epochs = 40
    c.maxInScopeLoss = 0
    return c
  }

  /// The labelled utterances, `(text, label)`.
  public static var utterances: [(text: String, label: String)] { CommerceUtterances.pairs() }

  /// The utterances that cross-validation holds out in turn: all but the help-desk ones written for issue
  /// 12, which every fold trains on (so the figures compare with those measured before they existed).
  public static var crossValidatedUtterances: [(text: String, label: String)] { CommerceUtterances.crossValidated() }

  /// The shipped model, trained on all utterances on first use.
  public static let shared: IntentModel = {
    do { return try IntentTrainer.train(utterances, configuration: configuration) } catch {
      preconditionFailure("the commerce data has \(intents.count) intents: \(error)")
    }
  }()

  /// Held-out figures: trains on four utterances in five per intent and evaluates on the fifth (of
  /// `crossValidatedUtterances`; the others are always trained on).
  /// - Parameters:
  ///   - fold: which fifth is held out, 0...4 (the last of every five by default).
  public static func heldOutEvaluation(fold: Int = 4) throws -> IntentEvaluation {
    var seen: [String: Int] = [:]
    var fit = CommerceUtterances.alwaysTrained()
    var heldOut: [(text: String, label: String)] = []
    for e in crossValidatedUtterances {
      let n = seen[e.label, default: 0]
      seen[e.label] = n + 1
      if n % 5 == fold { heldOut.append(e) } else { fit.append(e) }
    }
    let model = try IntentTrainer.train(fit, configuration: configuration)
    return IntentEvaluation(model: model, examples: heldOut)
  }

  /// Five-fold cross-validation: every utterance is held out once; the mean accuracy, in-scope
  /// accuracy and out-of-scope recall over the folds (steadier than one held-out fifth).
  public static func crossValidation() throws -> (accuracy: Double, inScope: Double, outOfScope: Double) {
    var sums = (0.0, 0.0, 0.0)
    for fold in 0..<5 {
      let e = try heldOutEvaluation(fold: fold)
      sums.0 += e.accuracy
      sums.1 += e.inScopeAccuracy
      sums.2 += e.outOfScopeRecall ?? 0
    }
    return (sums.0 / 5, sums.1 / 5, sums.2 / 5)
  }
}
