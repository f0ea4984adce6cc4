import Foundation
import MeshEncoder
import MeshIntent
import MeshNLU
import Testing

/// The encoder and a head together on real text: the commerce utterances, every 5th held out. Needs the
/// weights (mesh/scripts/install-deps.sh installs them): without them it fails, it does not skip.
@Suite struct EmbeddingClassifierTests {
  @Test func classifiesHeldOutCommerceUtterances() throws {
    let encoder = try SentenceEncoder()
    let all = CommerceModel.utterances
    let train = all.indices.filter { $0 % 5 != 4 }, test = all.indices.filter { $0 % 5 == 4 }
    let vectors = EmbeddingBatches.embed(all.map(\.text), encoder: encoder)
    let model = try EmbeddingIntentTrainer.train(embeddings: train.map { vectors[$0] }, labels: train.map { all[$0].label })
    let classifier = try EmbeddingIntentClassifier(encoder: encoder, model: model)
    var right = 0
    for i in test where classifier.model.classify(embedding: vectors[i]).intent == IntentTrainer.normaliseLabel(all[i].label) {
      right += 1
    }
    let accuracy = Double(right) / Double(test.count)
    print("commerce utterances, every 5th held out: embedding head accuracy \(accuracy) on \(test.count)")
    #expect(accuracy > 0.8)
    // One at a time and in a batch agree.
    let texts = test.prefix(10).map { all[$0].text }
    #expect(classifier.classify(texts).map(\.intent) == texts.map { classifier.classify($0).intent })
  }
}
