/// The coarse intents' training data for a head on the sentence encoder: the coarse utterances of
/// `CommerceModel` and the fine utterances of `CommerceFineModel` labelled with their group, so that the
/// 14 coarse intents are a grouping of the fine taxonomy and the coarse head sees every phrasing (8,300 with
/// the pooled held-out sets; the coarse data also covers requests no fine intent names, such as "was I charged for order 123?").
public enum CommerceGroupedUtterances {
  /// `(text, coarse label)` pairs: every coarse utterance, then every fine utterance whose text (in lower
  /// case) is not a coarse one, labelled with its group.
  public static func pairs() -> [(text: String, label: String)] {
    let coarse = CommerceModel.utterances
    var seen = Set(coarse.map { key($0.text) })
    var out = coarse
    for (text, label) in CommerceFineModel.utterances where seen.insert(key(text)).inserted {
      out.append((text, CommerceTaxonomy.group(of: label)))
    }
    return out
  }

  /// The 5-fold split of the coarse utterances that `CommerceModel.heldOutEvaluation(fold:)` uses (the
  /// n-th cross-validated utterance of each intent is in fold n mod 5, the help-desk ones always train), with the training side augmented as in `pairs()`
  /// (a fine utterance equal to a held-out one is left out).
  /// - Parameter fold: which fifth is held out, 0...4.
  public static func fold(_ fold: Int) -> (train: [(text: String, label: String)], test: [(text: String, label: String)]) {
    var seen: [String: Int] = [:]
    var fit = CommerceUtterances.alwaysTrained(), test: [(text: String, label: String)] = []
    for e in CommerceModel.crossValidatedUtterances {
      let n = seen[e.label, default: 0]
      seen[e.label] = n + 1
      if n % 5 == fold { test.append(e) } else { fit.append(e) }
    }
    var known = Set(CommerceModel.utterances.map { key($0.text) })
    var train = fit
    for (text, label) in CommerceFineModel.utterances where known.insert(key(text)).inserted {
      train.append((text, CommerceTaxonomy.group(of: label)))
    }
    return (train, test)
  }

  static func key(_ text: String) -> String {
    text.lowercased()
  }
}
