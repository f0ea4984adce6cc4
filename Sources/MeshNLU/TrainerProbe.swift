import MeshCrypto
import MeshIntent

/// The trainer's code version, measured rather than declared: `EmbeddingIntentTrainer` with its default
/// settings fitted on a small fixed set of synthetic vectors, and the SHA-256 of the head it fits. A
/// change to the trainer's arithmetic (Adam, the calibration, the kernels' products, the default settings)
/// changes this digest, so stored heads are refitted without anyone remembering to bump a number. A
/// few milliseconds at every start; what it cannot see (the fold fit of `CommerceOutOfFold`, data-size
/// dependent branches) is covered by `HeadStore.revision` and the recipe of `HeadKey`.
enum TrainerProbe {
  /// The digest, computed once per process.
  static let digest: [UInt8] = {
    let (embeddings, labels) = data()
    guard var model = try? EmbeddingIntentTrainer.train(embeddings: embeddings, labels: labels) else {
      return Array("the probe did not train".utf8)
    }
    // `with(rule:)` is part of every stored coarse head: its normalisation is probed too.
    model = model.with(rule: BlendedDecisionRule(headWeight: 0.5, threshold: 0.3, minimumNeighbourCosine: 0.3),
                       embeddings: embeddings, trainingLabels: labels)
    var out = HeadFileWriter()
    model.store(into: &out)
    return SHA256.hash(out.bytes)
  }()

  /// The n-gram trainer's probe: `IntentTrainer` on the probe's labels as short texts, its file's SHA-256.
  static let ngramDigest: [UInt8] = {
    let texts = ["where is my order", "track my parcel", "I want a refund", "money back please", "reset my password",
                 "delete my account", "what is the weather", "tell me a joke"]
    let labels = ["order", "order", "refund", "refund", "account", "account", IntentModel.outOfScopeLabel, IntentModel.outOfScopeLabel]
    guard let model = try? IntentTrainer.train(Array(zip(texts, labels)).map { (text: $0, label: $1) }) else {
      return Array("the n-gram probe did not train".utf8)
    }
    return SHA256.hash(model.serialized())
  }()

  /// 160 vectors of 16 floats in four classes (one out of scope) around fixed centres, from a fixed
  /// linear congruential sequence: the same on every machine.
  static func data() -> (embeddings: [[Float]], labels: [String]) {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next() -> Float {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Float(state >> 40) / Float(1 << 24) - 0.5
    }
    let names = ["order", "refund", "account", IntentModel.outOfScopeLabel]
    var embeddings: [[Float]] = [], labels: [String] = []
    for i in 0..<160 {
      let c = i % names.count
      embeddings.append((0..<16).map { j in (j % names.count == c ? 1 : 0) + next() })
      labels.append(names[c])
    }
    return (embeddings, labels)
  }
}
