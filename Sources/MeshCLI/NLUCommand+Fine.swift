import MeshIntent

extension NLUCommand {
  /// `mesh nlu eval --fine`: five-fold cross-validation of the fine commerce intents, with the share
  /// whose coarse group is right, and the per-intent figures of every fold together.
  static func evaluateFine() throws -> Int32 {
    let data = CommerceFineModel.utterances
    print("fine commerce intents: \(CommerceTaxonomy.intents.count) intents, \(data.count) utterances")
    var perLabel: [String: (tp: Int, predicted: Int, support: Int)] = [:]
    var folds: [CommerceFineModel.Figures] = []
    for fold in 0..<5 {
      let (figures, evaluation) = try CommerceFineModel.heldOut(fold: fold)
      folds.append(figures)
      print("fold \(fold): fine \(pct(figures.fineAccuracy)), coarse \(pct(figures.coarseAccuracy)), "
            + "out-of-scope recall \(pct(figures.outOfScopeRecall)) (\(figures.count) utterances)")
      for l in evaluation.perLabel {
        let tp = Int((l.recall * Double(l.support)).rounded())
        let predicted = l.precision > 0 ? Int((Double(tp) / l.precision).rounded()) : 0
        let old = perLabel[l.label] ?? (0, 0, 0)
        perLabel[l.label] = (old.tp + tp, old.predicted + predicted, old.support + l.support)
      }
    }
    let mean = { (f: (CommerceFineModel.Figures) -> Double) in folds.map(f).reduce(0, +) / Double(folds.count) }
    print("5-fold cross-validation (mean of folds): fine accuracy \(pct(mean(\.fineAccuracy))), "
          + "fine in-scope \(pct(mean(\.fineInScope))), out-of-scope recall \(pct(mean(\.outOfScopeRecall))), "
          + "coarse accuracy (14 groups) \(pct(mean(\.coarseAccuracy)))")
    print("intent                          group           precision  recall  support")
    for intent in CommerceTaxonomy.intents {
      let c = perLabel[intent.name] ?? (0, 0, 0)
      let precision = c.predicted == 0 ? 0 : Double(c.tp) / Double(c.predicted)
      let recall = c.support == 0 ? 0 : Double(c.tp) / Double(c.support)
      print(intent.name.padding(toLength: 32, withPad: " ", startingAt: 0)
            + intent.group.padding(toLength: 16, withPad: " ", startingAt: 0)
            + String(format: "%9.3f %7.3f %8d", precision, recall, c.support))
    }
    return 0
  }
}
