import Foundation
import MeshEncoder
import MeshIntent
import MeshNLU

/// `mesh nlu eval` with both engines side by side: trained on some splits of a file and measured on
/// others (CLINC150's train and validation), and the coarse commerce intents' cross-validation.
extension NLUCommand {
  /// `mesh nlu eval --data FILE --train-splits a,b [--splits c,d]`: trains the n-gram model and the
  /// embedding head on the training splits and prints both engines' figures on the evaluation splits.
  static func compareHeldOut(_ options: [String: String], path: String, trainSplits: String) throws -> Int32 {
    let train = try LabelledData.load(path: path, splits: trainSplits.split(separator: ",").map(String.init))
    let test = try examples(path, options, default: ["val", "oos_val"])
    let truth = test.map(\.label)
    print("trained on \(train.count) utterances (\(trainSplits)), evaluated on \(test.count)")
    let clock = ContinuousClock()
    var ngram: IntentModel?
    let ngramTime = try clock.measure { ngram = try IntentTrainer.train(train) }
    if let ngram {
      printFigures("n-gram   ", figures(test.map { ngram.classify($0.text).intent }, truth))
      print("  (training \(fmt(seconds(ngramTime))) s)")
    }
    guard try engine(options) == "embedding" else { return 0 }
    let encoder = try SentenceEncoder()
    let configuration = try headConfiguration(options)
    let vectors = try features(train.map(\.text), encoder: encoder, configuration: configuration, options: options)
    let testVectors = try features(test.map(\.text), encoder: encoder, configuration: configuration, options: options)
    var head: EmbeddingIntentModel?
    let headTime = try clock.measure {
      head = try EmbeddingIntentTrainer.train(embeddings: vectors, labels: train.map(\.label), configuration: configuration)
    }
    if let head {
      printFigures("embedding", figures(testVectors.map { head.classify(embedding: $0).intent }, truth))
      print("  (training \(fmt(seconds(headTime))) s after encoding; threshold \(fmt(Double(head.threshold))),"
            + " temperature \(fmt(Double(head.temperature))))")
      if let ngram {
        // The head's probabilities once, then every weight tried (0.7 is the shipped one).
        let probabilities = testVectors.map(head.probabilities)
        for weight in [Float(0.5), 0.6, 0.7, 0.8, 0.9] {
          let guesses = zip(test, probabilities).map {
            head.classify(probabilities: $0.1, blendedWith: ngram, text: $0.0.text, weight: weight).intent
          }
          printFigures("embedding+n-gram (head weight \(weight))", figures(guesses, truth))
        }
      }
    }
    return 0
  }

  /// The coarse commerce intents by the encoder: 5-fold cross-validation on the same folds as the n-gram
  /// model's (`CommerceModel.heldOutEvaluation`), each fold's head trained on the other four fifths and
  /// the fine utterances under their group (`CommerceGroupedUtterances`).
  static func crossValidateCoarseEmbedding(outOfFold: String? = nil) throws {
    let encoder = try SentenceEncoder()
    var texts: [String] = [], index: [String: Int] = [:]
    for text in (CommerceGroupedUtterances.pairs() + CommerceFineModel.utterances).map(\.text) + CommerceOutOfFold.farAway
    where index[text] == nil {
      index[text] = texts.count
      texts.append(text)
    }
    // The sentence embedding alone, as the nlu service's commerce heads read it.
    let vectors = EmbeddingBatches.embed(texts, encoder: encoder)
    func vector(_ text: String) -> [Float] { index[text].map { vectors[$0] } ?? encoder.embed(text) }
    var sums = [(all: Double, inScope: Double, outOfScope: Double)](repeating: (0, 0, 0), count: 4), trainCount = 0
    for fold in 0..<5 {
      let (train, test) = CommerceGroupedUtterances.fold(fold)
      trainCount = train.count
      let held = Set(test.map { $0.text.lowercased() })
      let fineTrain = CommerceFineModel.utterances.filter { !held.contains($0.text.lowercased()) }
      let head = try EmbeddingIntentTrainer.train(embeddings: train.map { vector($0.text) }, labels: train.map(\.label))
      let fine = try EmbeddingIntentTrainer.train(embeddings: fineTrain.map { vector($0.text) }, labels: fineTrain.map(\.label))
      let ngram = try IntentTrainer.train(CommerceModel.utterances.filter { !held.contains($0.text.lowercased()) },
                                          configuration: CommerceModel.configuration)
      var guesses: [[String]] = [[], [], [], []]
      for e in test {
        let v = vector(e.text)
        guesses[0].append(head.classify(embedding: v).intent)
        let grouped = groupedFine(fine, v)
        guesses[1].append(grouped.max { $0.value < $1.value }?.key ?? IntentModel.outOfScopeLabel)
        var p = head.probabilities(v)
        for (k, label) in head.labels.enumerated() { p[k] = 0.5 * p[k] + 0.5 * (grouped[label] ?? 0) }
        guesses[2].append(head.decide(probabilities: p).intent)
        guesses[3].append(head.classify(embedding: v, blendedWith: ngram, text: e.text).intent)
      }
      for m in 0..<4 {
        let f = figures(guesses[m], test.map(\.label))
        sums[m].all += f.all
        sums[m].inScope += f.inScope
        sums[m].outOfScope += f.outOfScope ?? 0
      }
    }
    for (m, name) in ["coarse head", "fine head's groups", "coarse head and fine head's groups (mean)",
                             "coarse head and coarse n-gram model (mean)"].enumerated() {
      print("  encoder, \(name): 5-fold accuracy \(pct(sums[m].all / 5)), in-scope \(pct(sums[m].inScope / 5)),"
            + " out-of-scope recall \(pct(sums[m].outOfScope / 5))")
    }
    print("  (coarse head: \(trainCount) utterances per fold, the grouped fine ones included; fine head: the fine"
          + " utterances without the held-out texts)")
    for everyUtterance in [false, true] {
      let folds = try CommerceOutOfFold.folds(vector: { $0.map(vector) }, everyUtterance: everyUtterance, nearestRows: true,
                                              fineVote: true, farAway: true)
      if let outOfFold { try writeOutOfFold(folds, to: outOfFold + (everyUtterance ? ".every" : "")) }
      print((everyUtterance
             ? "  the blend on folds of every coarse utterance (the always-trained help-desk and support ones held out too)"
             : "  the blend on the folds above") + " and \(CommerceOutOfFold.farAway.count) far-away out-of-scope texts"
            + " (CommerceOutOfFold.farAway, scored by every fold, trained on by none):")
      let oos = folds.labels.firstIndex(of: IntentModel.outOfScopeLabel)
      printNested("mean of the two thresholds, weight 0.5 (the rule before)", folds, oos) { f in folds.meanThresholdRules[f] }
      // The fine head's vote is tried with the neighbour test only (the service's second test): each fit
      // over the fine shares costs as many fits again.
      for (centroid, neighbours, vote) in [(false, false, false), (true, false, false), (false, true, false), (false, true, true)] {
        let shares = vote ? BlendedDecisionRule.candidateFineWeights : [0]
        let rule = BlendedDecisionRule.fit(folds.samples.flatMap { $0 }, outOfScope: oos, centroid: centroid, neighbours: neighbours,
                                           fineWeights: shares)
        let nested = BlendedDecisionRule.nested(folds.samples, outOfScope: oos, centroid: centroid, neighbours: neighbours,
                                                fineWeights: shares)
        let service = centroid == CommerceOutOfFold.usesCentroid && neighbours == CommerceOutOfFold.usesNeighbours
          && everyUtterance == CommerceOutOfFold.fitsOnEveryUtterance && vote == CommerceOutOfFold.usesFineVote
        print("    fitted on all folds" + (centroid ? " with the centroid cosine" : "")
              + (neighbours ? " with the \(BlendedDecisionRule.neighbourCount) nearest utterances' cosine" : "")
              + (vote ? " and the fine head's vote" : "") + ": \(describe(rule))"
              + (service ? " (the service's)" : ""))
        if service {
          // The same samples without the far-away ones: the fit of the protocol before them, for comparison.
          let utterances = folds.samples.indices.map { folds.utteranceSamples($0) }
          let before = BlendedDecisionRule.fit(utterances.flatMap { $0 }, outOfScope: oos, centroid: centroid, neighbours: neighbours,
                                               fineWeights: shares)
          print("    (fitted without the far-away texts: \(describe(before)))")
          printCommittedRule(fitted: CommerceOutOfFold.fitsWithFarAway ? rule : before)
        }
        printNested("nested (each fold scored by the rule fitted on the other four; rules: "
                    + nested.map { describe($0.rule) }.joined(separator: "; ") + ")", folds, oos) { nested[$0].rule }
      }
    }
  }

  /// Whether `CommerceBlendRule`'s committed rule is the one fitted on this data, and what to commit if not.
  static func printCommittedRule(fitted rule: BlendedDecisionRule) {
    let hex = { (v: UInt64) in "0x" + String(v, radix: 16) }
    let current = CommerceBlendRule.fingerprint
    if current == CommerceBlendRule.fittedOn && rule == CommerceBlendRule.committed {
      print("    CommerceBlendRule: committed rule and data fingerprint \(hex(current)) are up to date")
    } else {
      print("    CommerceBlendRule is out of date (committed \(describe(CommerceBlendRule.committed)) on data"
            + " \(hex(CommerceBlendRule.fittedOn))): commit \(describe(rule)) with fittedOn \(hex(current))")
    }
  }

  /// The mean over folds of each fold's figures under `rule(fold)`.
  static func printNested(_ name: String, _ folds: CommerceOutOfFold.Folds, _ oos: Int?, rule: (Int) -> BlendedDecisionRule) {
    var sums = (all: 0.0, inScope: 0.0, outOfScope: 0.0), alone = sums
    var far = (rejected: 0, count: 0)
    for fold in folds.samples.indices {
      let n = Double(folds.samples.count)
      let f = rule(fold).figures(folds.samples[fold], outOfScope: oos)
      sums.all += f.accuracy / n
      sums.inScope += f.inScope / n
      sums.outOfScope += (f.outOfScope ?? 0) / n
      let u = rule(fold).figures(folds.utteranceSamples(fold), outOfScope: oos)
      alone.all += u.accuracy / n
      alone.outOfScope += (u.outOfScope ?? 0) / n
      let farAway = folds.farAwaySamples(fold)
      far.rejected += farAway.filter { rule(fold).isRight($0, outOfScope: oos) }.count
      far.count += farAway.count
    }
    print("    \(name): 5-fold accuracy \(pct(sums.all)), in-scope \(pct(sums.inScope)),"
          + " out-of-scope recall \(pct(sums.outOfScope)); the coarse utterances alone \(pct(alone.all))"
          + " (out-of-scope recall \(pct(alone.outOfScope))), far-away texts refused \(far.rejected) of \(far.count)")
  }

  /// A rule's values in a few words.
  static func describe(_ rule: BlendedDecisionRule) -> String {
    "head weight \(rule.headWeight), threshold \(fmt(Double(rule.threshold)))"
      + (rule.minimumCentroidCosine.map { ", centroid cosine \(fmt(Double($0)))" } ?? "")
      + (rule.minimumNeighbourCosine.map { ", \(BlendedDecisionRule.neighbourCount)-neighbour cosine \(fmt(Double($0)))" } ?? "")
      + (rule.fineWeight.map { ", fine weight \(fmt(Double($0)))" } ?? "")
  }

  /// The folds' samples as tab-separated lines: fold, true label, nearest in-scope cosine, nearest centroid
  /// cosine, the head's and the n-gram model's probabilities (comma-separated, in the header's label
  /// order), the largest cosines to in-scope and to out-of-scope training utterances (best first), the text.
  static func writeOutOfFold(_ folds: CommerceOutOfFold.Folds, to path: String) throws {
    var out = "fold\ttruth\tnearest\tcentroid\thead\tngram\tinscope\toutofscope\ttext # labels: \(folds.labels.joined(separator: ","))\n"
    for (fold, (samples, texts)) in zip(folds.samples, folds.texts).enumerated() {
      for (s, text) in zip(samples, texts) {
        let head = s.head.map { String(format: "%.6f", $0) }.joined(separator: ",")
        let ngram = s.ngram.map { String(format: "%.6f", $0) }.joined(separator: ",")
        let near = s.nearestCosines.map { String(format: "%.5f", $0) }.joined(separator: ",")
        let far = s.nearestOutOfScopeCosines.map { String(format: "%.5f", $0) }.joined(separator: ",")
        out += "\(fold)\t\(folds.labels[max(s.truth, 0)])\t\(s.nearestInScope)\t\(s.nearestCentroid)\t\(head)\t\(ngram)\t"
          + "\(near)\t\(far)\t" + text.replacingOccurrences(of: "\t", with: " ") + "\n"
      }
    }
    try out.write(toFile: path, atomically: true, encoding: .utf8)
    FileHandle.standardError.write(Data("wrote \(folds.samples.joined().count) out-of-fold samples to \(path)\n".utf8))
  }

  /// A fine head's probabilities summed by coarse group.
  static func groupedFine(_ fine: EmbeddingIntentModel, _ embedding: [Float]) -> [String: Float] {
    var out: [String: Float] = [:]
    for (label, p) in zip(fine.labels, fine.probabilities(embedding)) { out[CommerceTaxonomy.group(of: label), default: 0] += p }
    return out
  }

}
