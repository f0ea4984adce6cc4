public import Foundation
public import MeshIntent
public import MeshNLU
import MeshEncoder

/// The nlu service's engine: the fine commerce intents of `CommerceTaxonomy` (docs/INTENTS.md) and the 14
/// coarse intents the dialogue policy switches on, each by an intent head on the sentence encoder when its
/// weights are installed (one embedding per message feeds both), else by the n-gram models; entities by
/// `EntityExtractor`. The coarse head is trained on `CommerceGroupedUtterances`: the coarse utterances and
/// the fine ones under their group, so the coarse intents are a grouping of the fine taxonomy; its
/// probabilities are averaged with the coarse n-gram model's (better than either, docs/INTENTS.md), and
/// out of scope is decided by a rule fitted on that average's cross-validated predictions (committed in
/// `CommerceBlendRule`, so a first start trains no more than the two heads).
public struct FineIntentEngine: Sendable {
  /// What decides the intent.
  public enum Backend: Sendable {
    /// The sentence encoder with a head trained on the fine commerce utterances and one trained on the
    /// grouped ones; the coarse head's probabilities are averaged with the coarse n-gram model's.
    case embedding(fine: EmbeddingIntentClassifier, coarse: EmbeddingIntentModel, coarseNgram: IntentModel)
    /// The n-gram models of the fine and coarse commerce utterances.
    case ngram(fine: IntentModel, coarse: IntentModel)
  }

  /// The decider.
  public let backend: Backend
  private let extractor = EntityExtractor()

  /// Wraps a backend.
  /// - Parameters:
  ///   - backend: the decider.
  ///   - reading: how the heads read a message; by default the backend's (the repair over the shipped training words,
  ///     guarded by the encoder's vocabulary when there is one). An evaluation passes the repair over its own
  ///     training words, or none to measure what the repair changes.
  public init(backend: Backend, reading: IntentHeadReading? = nil) {
    self.backend = backend
    switch backend {
    case .embedding(let fine, _, _): self.reading = reading ?? .encoder(fine.encoder.tokenizer)
    case .ngram: self.reading = reading ?? .ngram
    }
  }

  /// What the heads read of a message: markup closed up, misspelt need words mended ("cna i retrun this"); the
  /// entities are read from the message as written.
  private let reading: IntentHeadReading

  /// "embedding" or "ngram".
  public var name: String {
    switch backend {
    case .embedding: return "embedding"
    case .ngram: return "ngram"
    }
  }

  /// The engine a service should run: the embedding head when the weights are found (`MESH_MODEL_DIR`,
  /// else `.mesh/models/` above the working directory or the executable), with the heads read from
  /// `HeadStore` beside the weights, or fitted now on the commerce utterances and stored there when no
  /// stored head has the same inputs; otherwise the n-gram model. Either way `log` gets one line saying
  /// which and why (and one more for a stored head refused or not stored).
  /// - Parameters:
  ///   - environment: where `ModelDirectory` looks (`MESH_MODEL_DIR`).
  ///   - log: receives the line.
  public static func load(environment: [String: String] = ProcessInfo.processInfo.environment,
                          log: (String) -> Void) -> FineIntentEngine {
    do {
      let directory = try ModelDirectory.locate(environment: environment)
      let clock = ContinuousClock()
      var loaded: (backend: Backend, sources: [HeadStore.Source], coarseUtterances: Int)?
      let elapsed = try clock.measure {
        let encoder = try SentenceEncoder(directory: directory)
        let identity = try EncoderIdentity(of: encoder)
        // Only a head that is not stored yet encodes its texts; the two heads share most texts (the memo). A first
        // start uses every core but one: PostgreSQL and the services starting beside it keep theirs (a services test
        // suite's statements timed out at 30 s beside a fit on both cores of a 2-core machine).
        let memo = EmbeddingMemo(encoder: encoder, threads: max(1, ProcessInfo.processInfo.activeProcessorCount - 1))
        let settings = "EmbeddingIntentTrainer.train \(EmbeddingTrainingConfiguration())"
        let fine = try head("fine", CommerceFineModel.utterances, memo: memo, identity: identity, cache: directory,
                            log: log, recipe: settings)
        let grouped = CommerceGroupedUtterances.pairs()
        var coarse: (model: EmbeddingIntentModel, source: HeadStore.Source)
        if let rule = CommerceBlendRule.current, rule.minimumCentroidCosine == nil, rule.minimumNeighbourCosine == nil {
          // The rule committed for this data: the head alone is fitted (or read), as before the rule existed.
          coarse = try head("coarse", grouped, memo: memo, identity: identity, cache: directory, log: log, recipe: settings)
          coarse.model.blendRule = rule
        } else if let rule = CommerceBlendRule.current {
          // A committed rule that measures nearness to the training vectors: they are normalised once and
          // stored with the head (the rule's values are in the key, so another rule is another file).
          coarse = try head("coarse", grouped, memo: memo, identity: identity, cache: directory, log: log,
                            recipe: settings + "; with(rule: \(rule))") {
            try EmbeddingIntentTrainer.train(embeddings: $1, labels: $0.map(\.label))
              .with(rule: rule, embeddings: $1, trainingLabels: $0.map(\.label))
          }
          coarse.model.blendRule = rule
        } else {
          log("nlu: the commerce data (fingerprint 0x\(String(CommerceBlendRule.fingerprint, radix: 16))) is not what"
              + " CommerceBlendRule was fitted on: fitting the blend rule on five folds now (refresh it from"
              + " `mesh nlu eval --commerce`)")
          // The fold fit also reads the coarse n-gram data and the far-away texts: the fingerprint covers them.
          coarse = try head("coarse", grouped, memo: memo, identity: identity, cache: directory, log: log,
                            recipe: settings + "; CommerceOutOfFold.coarseHead on data 0x"
                              + String(CommerceBlendRule.fingerprint, radix: 16)) {
            // The blend's rule is fitted on the five folds' out-of-fold predictions (docs/INTENTS.md).
            try CommerceOutOfFold.coarseHead(pairs: $0, embeddings: $1) { memo.embed($0) }
          }
        }
        // The n-gram model the coarse head is blended with: `CommerceModel.shared`'s data and settings, stored
        // too (training it was most of a start's CPU once the heads were read).
        let ngram = try HeadStore.ngram("coarse-ngram", utterances: CommerceModel.utterances,
                                        configuration: CommerceModel.configuration, in: directory, log: log)
        loaded = (.embedding(fine: try EmbeddingIntentClassifier(encoder: encoder, model: fine.model), coarse: coarse.model,
                             coarseNgram: ngram.model), [fine.source, coarse.source, ngram.source], grouped.count)
      }
      if let loaded {
        let how = loaded.sources.allSatisfy { $0 == .read } ? "read from their stored files"
          : loaded.sources.allSatisfy { $0 == .fitted } ? "fitted and stored" : "read or fitted"
        log("nlu: sentence encoder \(directory.lastPathComponent) (kernels \(SentenceEncoder.instructionSet)),"
            + " fine intent head of \(CommerceFineModel.utterances.count) utterances and coarse head of"
            + " \(loaded.coarseUtterances), and the coarse n-gram model (\(how)) in"
            + " \(String(format: "%.1f", Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)) s")
        return FineIntentEngine(backend: loaded.backend)
      }
    } catch {
      log("nlu: \(error); falling back to the n-gram model")
    }
    return FineIntentEngine(backend: .ngram(fine: CommerceFineModel.shared, coarse: CommerceModel.shared))
  }

  /// The head trained on `utterances`, read from `HeadStore` in `directory` when a start fitted it on the
  /// same inputs (`HeadKey`: the utterances, `identity`, `recipe`, the trainer), else embedded and fitted
  /// now (seconds of CPU per thousand utterances) and stored there.
  /// With `train`, the head is fitted by it (from the utterances and their embeddings); `recipe` must then
  /// say so, since it keys the file.
  static func head(_ name: String, _ utterances: [(text: String, label: String)], memo: EmbeddingMemo,
                   identity: EncoderIdentity, cache directory: URL, log: (String) -> Void, recipe: String,
                   train: (([(text: String, label: String)], [[Float]]) throws -> EmbeddingIntentModel)? = nil) throws
    -> (model: EmbeddingIntentModel, source: HeadStore.Source) {
    let key = HeadKey(utterances: utterances, encoder: identity, recipe: recipe)
    return try HeadStore.head(name, key: key, in: directory, log: log) {
      let embeddings = memo.embed(utterances.map(\.text))
      return try train?(utterances, embeddings)
        ?? EmbeddingIntentTrainer.train(embeddings: embeddings, labels: utterances.map(\.label))
    }
  }

  /// Fine intent, its group, confidence, every fine intent's probability and the entities of `text`.
  /// - Parameter text: the utterance.
  public func analyze(_ text: String) -> FineAnalysis {
    analyze([text])[0]
  }

  /// `analyze(_:)` of every text, with one forward pass of the encoder for all of them: the dense layers
  /// then read their weights once per batch instead of once per text, which is most of a short message's
  /// cost. Results come back in the order of `texts`.
  /// - Parameter texts: the utterances.
  public func analyze(_ texts: [String]) -> [FineAnalysis] {
    // Markup is blanked (`MarkupBlanking`): the entities are found in the blanked text, whose offsets are the
    // message's, and the heads read it with its blanks closed up.
    let seen = texts.map(reading.entityText)
    let classified = zip(texts, seen).map { reading.headText($0, blanked: $1) }
    switch backend {
    case .embedding(let fine, let coarse, let coarseNgram):
      return zip(seen.indices, fine.encoder.embed(classified)).map { k, embedding in
        let (text, words) = (seen[k], classified[k])
        // The fine head's probabilities once: the decision and the scores both read them.
        let probabilities = fine.model.probabilities(embedding)
        return analysis(of: text, prediction: fine.model.decide(probabilities: probabilities), labels: fine.model.labels,
                        probabilities: probabilities,
                        group: coarse.classifyBlended(embedding: embedding, ngram: coarseNgram, text: words,
                                                      fine: CommerceFineVote.grouped(probabilities, fineLabels: fine.model.labels,
                                                                                     coarseLabels: coarse.labels)))
      }
    case .ngram(let fine, let coarse):
      return zip(seen, classified).map { text, words in
        analysis(of: text, prediction: fine.classify(words), labels: fine.labels, probabilities: fine.probabilities(words),
                 group: coarse.classify(words))
      }
    }
  }

  private func analysis(of text: String, prediction: IntentPrediction, labels: [String], probabilities: [Float],
                        group: IntentPrediction) -> FineAnalysis {
    FineAnalysis(intent: prediction.intent, group: group.intent, groupConfidence: group.confidence,
                 confidence: prediction.confidence,
                 scores: Array(zip(labels, probabilities)),
                 entities: extractor.extract(from: text, searchPhrase: group.intent == "search_items"))
  }
}

/// One utterance as `FineIntentEngine` reads it.
public struct FineAnalysis: Sendable {
  /// The fine intent (`order.track`, `refund.status`, ..., or `out_of_scope`).
  public var intent: String
  /// The coarse intent, one of `CommerceModel`'s 14 (`order_status`, `return_refund`, ...), by the coarse
  /// head (or n-gram model): usually the fine intent's group.
  public var group: String
  /// Calibrated probability of the coarse decision (of out of scope when that is the decision).
  public var groupConfidence: Double
  /// Calibrated probability of the decision.
  public var confidence: Double
  /// Every fine intent's calibrated probability.
  public var scores: [(label: String, probability: Float)]
  /// The entities found.
  public var entities: [Entity]
}
