import Foundation
import MeshEncoder
import MeshIntent
@testable import MeshNLU
import Testing

/// The stored heads with the real encoder (weights installed by mesh/scripts/install-deps.sh; without them
/// these fail, they do not skip): the key follows the encoder's files and precision, and a head read back
/// decides a few hundred commerce utterances exactly as the head just fitted.
@Suite struct HeadStoreEncoderTests {
  @Test func theEncoderIdentityFollowsItsFilesAndPrecision() throws {
    let encoder = try SentenceEncoder()
    let identity = try EncoderIdentity(of: encoder)
    #expect(try EncoderIdentity(of: encoder).digest == identity.digest)
    // The same weights beside a configuration one byte longer (the same model to the parser): another key.
    let folder = try HeadStoreTests.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in EncoderIdentity.files where name != "config.json" {
      let source = encoder.directory.appendingPathComponent(name)
      if FileManager.default.fileExists(atPath: source.path) {
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent(name), withDestinationURL: source)
      }
    }
    let config = try Data(contentsOf: encoder.directory.appendingPathComponent("config.json"))
    try (config + Data("\n".utf8)).write(to: folder.appendingPathComponent("config.json"))
    let copy = try SentenceEncoder(directory: folder)
    #expect(try EncoderIdentity(of: copy).digest != identity.digest)
    // Another precision computes other floats: another key (when this CPU's default is not float32 already).
    let float = try SentenceEncoder(directory: encoder.directory, precision: .float)
    if float.precision != encoder.precision {
      #expect(try EncoderIdentity(of: float).digest != identity.digest)
    }
  }

  @Test func aReadHeadDecidesAsTheFittedOne() throws {
    let encoder = try SentenceEncoder()
    let grouped = CommerceGroupedUtterances.pairs()
    // 1,200 utterances to fit on, 300 others to decide (spread over the whole list, every label).
    let train = stride(from: 0, to: grouped.count, by: grouped.count / 1200).map { grouped[$0] }
    let test = stride(from: 3, to: grouped.count, by: grouped.count / 300).map { grouped[$0] } + CommerceOutOfFold.farAway.prefix(40)
      .map { (text: $0, label: IntentModel.outOfScopeLabel) }
    let rule = CommerceBlendRule.committed
    let vectors = EmbeddingBatches.embed(train.map(\.text), encoder: encoder)
    let fitted = try EmbeddingIntentTrainer.train(embeddings: vectors, labels: train.map(\.label))
      .with(rule: rule, embeddings: vectors, trainingLabels: train.map(\.label))
    let folder = try HeadStoreTests.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let key = HeadKey(utterances: train, encoder: try EncoderIdentity(of: encoder), recipe: "test")
    _ = try HeadStore.head("coarse", key: key, in: folder, log: { _ in }) { fitted }
    let read = try HeadStore.head("coarse", key: key, in: folder, log: { _ in }) { Issue.record("refitted"); return fitted }
    #expect(read.source == .read && read.model == fitted)
    var decided = 0
    for (text, embedding) in zip(test.map(\.text), EmbeddingBatches.embed(test.map(\.text), encoder: encoder)) {
      let a = fitted.classifyBlended(embedding: embedding, ngram: CommerceModel.shared, text: text)
      let b = read.model.classifyBlended(embedding: embedding, ngram: CommerceModel.shared, text: text)
      #expect(a.intent == b.intent && a.confidence.bitPattern == b.confidence.bitPattern, "\(text)")
      #expect(fitted.probabilities(embedding) == read.model.probabilities(embedding))
      decided += 1
    }
    #expect(decided >= 300)
  }
}
