import Foundation
import MeshEncoder
import MeshIntent
import MeshDialogue
import MeshNLU
import MeshNLUService

extension NLUCommand {
  /// `mesh nlu eval --heldout FILE`: the shipped coarse commerce intents on marked customer messages
  /// (`mesh/data/intents/`), with the n-gram model and, when the encoder's weights are installed, with
  /// the coarse head as the nlu service reads it (alone, and averaged with the n-gram model); then the
  /// extractor's order-number spans (read from the messages as written). The heads read each message as the service
  /// does (`IntentHeadReading`), and the service line is also measured without the spelling repair. `--list-errors`
  /// prints every wrong message and `--list-repairs` every message the repair changes the decision on: read them on
  /// development sets only, or the held-out file becomes one.
  static func evaluateHeldOut(_ path: String, options: [String: String]) throws -> Int32 {
    // The added files first: a wrong path fails before the set is read or any model trained.
    let extra = try alsoTrainLines(options["also-train"])
    guard let data = FileManager.default.contents(atPath: path), let contents = String(data: data, encoding: .utf8) else {
      throw UsageError("cannot read \(path) as UTF-8")
    }
    let messages = try MarkedMessage.parse(contents)
    guard !messages.isEmpty else { throw UsageError("\(path) has no messages") }
    let texts = messages.map(\.text)
    let extractor = EntityExtractor()
    let orders = texts.map { text in
      extractor.extract(from: text).filter { $0.type == "order_number" }.map { $0.start..<$0.end }
    }
    let listErrors = options["list-errors"] != nil
    print("\(messages.count) messages from \(path), \(Set(messages.map(\.label)).count) labels")
    let training = heldOutTraining(scored: texts, extra: extra)
    let ngram = try training.isShipped ? CommerceModel.shared
      : IntentTrainer.train(training.coarse, configuration: CommerceModel.configuration)
    report("n-gram (CommerceModel)", MarkedMessageScore(messages: messages, predictions: texts.map { ngram.classify($0).intent },
                                                         orders: orders), messages, listErrors: listErrors)
    if try engine(options) == "embedding" {
      let encoder = try SentenceEncoder()
      let pairs = training.grouped
      let fineData = training.fine
      let trained = try trainingEmbeddings(pairs.map(\.text) + fineData.map(\.text), encoder: encoder)
      // The sentence embedding alone, the default head and the blend rule fitted on the commerce folds, as
      // the nlu service's coarse head. With other data than the shipped, the committed rule (fitting one per
      // run would train five folds' models each time).
      let pairVectors = Array(trained[..<pairs.count])
      let head = try training.isShipped
        ? CommerceOutOfFold.coarseHead(pairs: pairs, embeddings: pairVectors) { EmbeddingBatches.embed($0, encoder: encoder) }
        : EmbeddingIntentTrainer.train(embeddings: pairVectors, labels: pairs.map(\.label))
          .with(rule: CommerceBlendRule.committed, embeddings: pairVectors, trainingLabels: pairs.map(\.label))
      // The heads read each message as the nlu service does (`IntentHeadReading`: markup closed up, misspelt need
      // words mended toward this run's training words).
      let reading = IntentHeadReading.encoder(encoder.tokenizer, training: pairs)
      let read = texts.map { reading.headText($0) }
      let vectors = embed(read, encoder: encoder, layers: nil)
      // The fine head as the service trains it: its grouped vote enters the blend at the rule's fine weight.
      let fine = try EmbeddingIntentTrainer.train(embeddings: Array(trained[pairs.count...]), labels: fineData.map(\.label))
      let votes = vectors.map { CommerceFineVote.grouped(fine.probabilities($0), fineLabels: fine.labels, coarseLabels: head.labels) }
      report("encoder head (coarse)", MarkedMessageScore(messages: messages, predictions: vectors.map { head.classify(embedding: $0).intent },
                                                         orders: orders), messages, listErrors: listErrors)
      // The service line is the nlu service's engine over this run's heads; beside it the same engine without the repair.
      let backend = FineIntentEngine.Backend.embedding(fine: try EmbeddingIntentClassifier(encoder: encoder, model: fine),
                                                       coarse: head, coarseNgram: ngram)
      let decisions = analyze(texts, FineIntentEngine(backend: backend, reading: reading))
      let blended = decisions.map(\.group)
      report("encoder head + n-gram (as the nlu service)", MarkedMessageScore(messages: messages, predictions: blended, orders: orders),
             messages, listErrors: listErrors)
      let unrepaired = analyze(texts, FineIntentEngine(backend: backend, reading: IntentHeadReading(spelling: nil))).map(\.group)
      let asWritten = texts.map { IntentHeadReading(spelling: nil).headText($0) }
      print("  (\(zip(read, asWritten).filter { $0 != $1 }.count) messages mended, the decision changed on"
            + " \(zip(blended, unrepaired).filter { $0 != $1 }.count):)")
      report("encoder head + n-gram (no spelling repair)", MarkedMessageScore(messages: messages, predictions: unrepaired, orders: orders),
             messages, listErrors: false)
      if options["list-repairs"] != nil {
        for k in texts.indices where blended[k] != unrepaired[k] {
          print("  repaired: \(messages[k].label) | \(unrepaired[k]) -> \(blended[k]) | \(texts[k])  => \(read[k])")
        }
      }
      // The assistant's policy reads a decision under its confidence floor as not understood: the service sends the
      // coarse decision's confidence (`FineAnalysis.groupConfidence`), so this is what the assistant acts on.
      let floor = DialoguePolicy().minimumConfidence
      let acted = decisions.map { $0.group != IntentModel.outOfScopeLabel && $0.groupConfidence < floor ? IntentModel.outOfScopeLabel : $0.group }
      print("  (\(zip(acted, blended).filter { $0 != $1 }.count) in-scope decisions under the policy's confidence floor \(fmt(floor)):)")
      report("encoder head + n-gram (as the assistant acts on it)", MarkedMessageScore(messages: messages, predictions: acted, orders: orders),
             messages, listErrors: false)
      if let rule = head.blendRule, rule.minimumNeighbourCosine != nil {
        var plain = head
        plain.blendRule?.minimumNeighbourCosine = nil
        let clock = ContinuousClock()
        let start = clock.now
        let without = texts.indices.map {
          plain.classifyBlended(embedding: vectors[$0], ngram: ngram, text: read[$0], fine: votes[$0]).intent
        }
        let middle = clock.now
        _ = vectors.map { head.neighbourCosine($0) }
        let search = (clock.now - middle) / max(vectors.count, 1)
        print("  (without the \(BlendedDecisionRule.neighbourCount)-neighbour test; the search over"
              + " \(head.neighbourRows) in-scope rows took \(search) a message,"
              + " the blend without it \((middle - start) / max(vectors.count, 1)):)")
        report("encoder head + n-gram (no neighbour test)", MarkedMessageScore(messages: messages, predictions: without, orders: orders),
               messages, listErrors: false)
      }
      if let rule = head.blendRule, (rule.fineWeight ?? 0) > 0 {
        let alone = zip(vectors, read).map { head.classifyBlended(embedding: $0.0, ngram: ngram, text: $0.1).intent }
        print("  (without the fine head's vote:)")
        report("encoder head + n-gram (no fine vote)", MarkedMessageScore(messages: messages, predictions: alone, orders: orders),
               messages, listErrors: false)
      }
      if let rule = head.blendRule {
        let before = zip(vectors, read).map { head.classify(embedding: $0.0, blendedWith: ngram, text: $0.1).intent }
        print("  (blend rule: \(describe(rule)); with the mean of the two models' thresholds at weight 0.5 instead,"
              + " \(fmt(Double(0.5 * head.threshold + 0.5 * ngram.threshold))):)")
        report("encoder head + n-gram (mean thresholds)", MarkedMessageScore(messages: messages, predictions: before, orders: orders),
               messages, listErrors: false)
      }
    }
    let score = MarkedMessageScore(messages: messages, predictions: messages.map(\.label), orders: orders)
    print("order numbers (EntityExtractor): recall \(pct(score.orderRecall)) (\(score.orderSpansFound) of \(score.orderSpans)),"
          + " precision \(pct(score.orderPrecision)) (\(score.orderExtractedRight) of \(score.orderExtracted))")
    if listErrors {
      for k in score.wrongSpans {
        let found = orders[k].map { String(String.UnicodeScalarView(Array(messages[k].text.unicodeScalars)[$0])) }
        print("  spans: \(messages[k].text)  -> found \(found)")
      }
    }
    return 0
  }

  /// `engine`'s analyses of `texts`, a few at a time (the service's batches are a few concurrent messages, and one
  /// forward pass over a whole set would pad every message to the longest).
  static func analyze(_ texts: [String], _ engine: FineIntentEngine) -> [FineAnalysis] {
    stride(from: 0, to: texts.count, by: 16).flatMap { engine.analyze(Array(texts[$0..<min($0 + 16, texts.count)])) }
  }

  /// The marked lines of each `--also-train` file (newline-separated paths), in coarse labels.
  static func alsoTrainLines(_ alsoTrain: String?) throws -> [(text: String, label: String)] {
    var extra: [(text: String, label: String)] = []
    for file in alsoTrain?.split(separator: "\n").map(String.init) ?? [] {
      guard let data = FileManager.default.contents(atPath: file), let contents = String(data: data, encoding: .utf8) else {
        throw UsageError("cannot read \(file) as UTF-8")
      }
      let lines = try MarkedMessage.parse(contents)
      if let bad = lines.first(where: { !CommerceModel.intents.contains($0.label) }) {
        throw UsageError("\(file): \(bad.label) is not a coarse commerce intent (\(CommerceModel.intents.joined(separator: ", ")))")
      }
      extra += lines.map { ($0.text, $0.label) }
    }
    return extra
  }

  /// The coarse models' data for scoring `scored`: the shipped data without the scored lines (the spent sets
  /// are pooled into it), plus `extra`; says what changed.
  static func heldOutTraining(scored: [String], extra: [(text: String, label: String)]) -> CommerceEvaluationTraining {
    let training = CommerceEvaluationTraining(scored: scored, extra: extra)
    if !training.isShipped {
      print("coarse models trained here: \(training.leftOut) training lines equal to a scored message left out,"
            + " \(training.added) of \(extra.count) --also-train lines added; blend rule: the committed one")
    }
    return training
  }

  /// One engine's figures: accuracy, per-label recall and the most frequent confusions.
  static func report(_ name: String, _ s: MarkedMessageScore, _ messages: [MarkedMessage], listErrors: Bool) {
    print("\(name): accuracy \(pct(s.accuracy)), in-scope \(pct(s.inScopeAccuracy)), out-of-scope recall "
          + (s.outOfScopeRecall.map(pct) ?? "n/a"))
    print("  recall by intent: " + s.perLabel.map { "\($0.label) \($0.right)/\($0.support)" }.joined(separator: ", "))
    print("  confusions (true -> predicted): " + s.confusions.prefix(12).map { "\($0.truth)->\($0.predicted) \($0.count)" }
      .joined(separator: ", "))
    if listErrors { for k in s.wrongIntent { print("  wrong: \(messages[k].label) | \(messages[k].text)") } }
  }
}
