import Foundation
import MeshEncoder
import MeshIntent
import MeshNLU

/// `mesh nlu eval --folds K --vote-sweep`: one cross-validation run that scores a grid of head readings
/// (vote size, sharpness and share, blend weight) and of head settings (`--sweep-heads`) on the same folds,
/// and the embedding cache that lets separate runs skip the encoder.
extension NLUCommand {
  /// The features of `texts` for `configuration`'s layers: read from `--embedding-cache FILE` where it
  /// holds them (same weights, precision and layers), encoded otherwise and then stored there.
  static func features(_ texts: [String], encoder: SentenceEncoder, configuration: EmbeddingTrainingConfiguration,
                       options: [String: String]) throws -> [[Float]] {
    guard let path = options["embedding-cache"] else {
      return embed(texts, encoder: encoder, layers: configuration.layers, pooling: configuration.pooling)
    }
    let layout = "layers \(configuration.layers.map { "\($0)" } ?? "none") pooling "
      + (configuration.pooling.map { $0.map(\.rawValue).joined(separator: ",") } ?? "mean")
    let key = try EmbeddingCache.key(weightsFile: encoder.directory.appendingPathComponent("model.safetensors"),
                                     precision: "\(encoder.precision)", layout: layout)
    var cache = EmbeddingCache(path: path, key: key)
    let (vectors, computed) = cache.features(texts) {
      embed($0, encoder: encoder, layers: configuration.layers, pooling: configuration.pooling)
    }
    if computed > 0 { try cache.write(to: path) }
    FileHandle.standardError.write(Data("embedding cache \(path): \(texts.count - computed) of \(texts.count) read, \(computed) encoded\n".utf8))
    return vectors
  }

  /// The heads `--sweep-heads` names: `;`-separated settings (`headSettings`) over the configured head.
  static func sweepHeads(_ spec: String?, base: EmbeddingTrainingConfiguration) throws
    -> [(name: String, configuration: EmbeddingTrainingConfiguration)] {
    guard let spec, !spec.isEmpty else { return [("configured", base)] }
    return try spec.split(separator: ";").map { (String($0), try headSettings(String($0), base: base)) }
  }

  /// `base` with `key=value` pairs (`,`-separated) applied: `l2`, `steps`, `rate` (Adam's step), `hidden`
  /// (units), `epochs`, `dropout`, `smoothing` (label smoothing), `balanced` (0/1: class-balanced loss),
  /// `neighbours`, `share` and `sharpness` (the vote's).
  static func headSettings(_ item: String, base: EmbeddingTrainingConfiguration) throws -> EmbeddingTrainingConfiguration {
    var c = base
    for pair in item.split(separator: ",") {
      let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      guard parts.count == 2, let value = Double(parts[1]), value.isFinite, value >= 0 else {
        throw UsageError("head settings are key=value pairs such as l2=0.001,steps=400 (not \(pair))")
      }
      switch parts[0] {
      case "l2" where value <= 10: c.l2 = Float(value)
      case "steps" where value >= 1 && value <= 100_000: c.steps = Int(value)
      case "rate" where value > 0 && value < 1: c.learningRate = Float(value)
      case "hidden" where value <= 4096: c.hiddenWidth = Int(value)
      case "epochs" where value >= 1 && value <= 1000: c.epochs = Int(value)
      case "dropout" where value < 1: c.dropout = Float(value)
      case "smoothing" where value < 1: c.labelSmoothing = Float(value)
      case "balanced": c.classBalanced = value != 0
      case "neighbours" where value <= 1000: c.neighbours = Int(value)
      case "share" where value <= 1: c.neighbourWeight = Float(value)
      case "sharpness" where value > 0 && value <= 100: c.neighbourSharpness = Float(value)
      default: throw UsageError("head settings: unknown or out-of-range setting \(pair)")
      }
    }
    return c
  }

  /// `mesh nlu eval --data FILE --folds K --vote-sweep [--sweep-heads SPEC]`: the folds of `crossValidate`,
  /// each head of SPEC trained once per fold, then every reading of the grid scored on the same predictions.
  static func sweepVote(_ options: [String: String], path: String, folds: Int) throws -> Int32 {
    let all = try examples(path, options, default: ["train", "oos_train"])
    let base = try headConfiguration(options)
    let heads = try sweepHeads(options["sweep-heads"], base: base)
    let encoder = try SentenceEncoder()
    let vectors = try features(all.map(\.text), encoder: encoder, configuration: base, options: options)
    let most = 20
    var data: [(fold: EmbeddingVoteSweep.Fold, samples: [EmbeddingVoteSweep.Sample])] = []
    let clock = ContinuousClock()
    var headTime = Duration.zero
    for fold in 0..<folds {
      let train = all.indices.filter { $0 % folds != fold }, test = all.indices.filter { $0 % folds == fold }
      let ngram = try IntentTrainer.train(train.map { all[$0] })
      var models: [EmbeddingIntentModel] = []
      for (_, configuration) in heads {
        var c = configuration
        c.neighbours = 0
        headTime += try clock.measure {
          models.append(try EmbeddingIntentTrainer.train(embeddings: train.map { vectors[$0] }, labels: train.map { all[$0].label },
                                                         configuration: c))
        }
      }
      let f = EmbeddingVoteSweep.Fold(heads: models, embeddings: train.map { vectors[$0] },
                                      trainingLabels: train.map { all[$0].label }, ngram: ngram)
      data.append((f, test.map { f.sample(heads: models, embedding: vectors[$0], ngram: ngram, text: all[$0].text,
                                          label: all[$0].label, neighbours: most) }))
      FileHandle.standardError.write(Data("fold \(fold + 1) of \(folds) done\n".utf8))
    }
    let settings = EmbeddingVoteSweep.grid(heads: heads.count, neighbours: [5, 10, 15, 20], sharpness: [0.02, 0.05, 0.1, 1],
                                           voteShares: [0.2, 0.3, 0.4, 0.5, 0.6], headWeights: [1, 0.5, 0.6, 0.7, 0.8, 0.9])
    let scores = EmbeddingVoteSweep.score(data, settings: settings)
    print("\(folds)-fold cross-validation on \(all.count) utterances, \(heads.count) head(s) per fold (\(fmt(seconds(headTime))) s"
          + " of head training), \(settings.count) readings; heads trained without the vote, so with an out-of-scope"
          + " class the thresholds are the no-vote ones")
    for (i, h) in heads.enumerated() { print("  head \(i): \(h.name)") }
    func line(_ i: Int) -> String {
      let s = settings[i], r = scores[i]
      let accuracy = Double(r.inScopeRight + r.outOfScopeRight) / Double(max(r.inScope + r.outOfScope, 1))
      return "  \(s.head.map { "head \($0)" } ?? "mean of heads") vote k=\(s.neighbours) sharpness \(s.sharpness)"
        + " share \(s.voteShare), head weight \(s.headWeight): accuracy \(pct(accuracy)), in-scope"
        + " \(pct(Double(r.inScopeRight) / Double(max(r.inScope, 1))))"
        + (r.outOfScope > 0 ? ", out-of-scope recall \(pct(Double(r.outOfScopeRight) / Double(r.outOfScope)))" : "")
    }
    let right = scores.map { $0.inScopeRight + $0.outOfScopeRight }
    let shipped = settings.indices.filter {
      settings[$0].neighbours == 10 && settings[$0].sharpness == 0.05 && settings[$0].voteShare == 0.4
        && [1, 0.7].contains(settings[$0].headWeight) }
    print("today's reading (10 neighbours, sharpness 0.05, share 0.4; alone and blended at 0.7):")
    for i in shipped { print(line(i)) }
    for (title, filter) in [("best without the n-gram model", { (s: EmbeddingVoteSweep.Setting) in s.headWeight == 1 }),
                            ("best blended with the n-gram model", { (s: EmbeddingVoteSweep.Setting) in s.headWeight < 1 })] {
      print("\(title):")
      for i in settings.indices.filter({ filter(settings[$0]) }).sorted(by: { right[$0] > right[$1] }).prefix(12) { print(line(i)) }
    }
    if heads.count > 1 {
      print("best of each head:")
      for h in Array(0..<heads.count).map(Optional.some) + [nil] {
        if let i = settings.indices.filter({ settings[$0].head == h }).max(by: { right[$0] < right[$1] }) { print(line(i)) }
      }
    }
    return 0
  }
}
