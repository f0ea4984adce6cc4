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
    // The head alone reads only the English encoder's view: since nlu44-nlu49 the coarse utterances hold lines in
    // some 25 languages it barely reads (0.8000 of 3,030 at nlu49, 0.8 was this bound). The blend below is what the
    // service decides with; it is held higher.
    #expect(accuracy > 0.75)
    // Blended with an n-gram model of the same data: weight 1 is the head's decision, weight 0 the n-gram
    // model's intent.
    let ngram = try IntentTrainer.train(train.map { all[$0] }, configuration: CommerceModel.configuration)
    var blendRight = 0
    for i in test {
      let v = vectors[i], text = all[i].text
      #expect(model.classify(embedding: v, blendedWith: ngram, text: text, weight: 1).intent == model.classify(embedding: v).intent)
      let alone = ngram.classify(text)
      let ngramSide = model.classify(embedding: v, blendedWith: ngram, text: text, weight: 0)
      #expect(ngramSide.intent == alone.intent, "\(text)")
      if model.classify(embedding: v, blendedWith: ngram, text: text).intent == IntentTrainer.normaliseLabel(all[i].label) {
        blendRight += 1
      }
    }
    print("blended with the n-gram model: accuracy \(Double(blendRight) / Double(test.count))")
    #expect(Double(blendRight) / Double(test.count) > 0.85)
    // One at a time and in a batch agree.
    let texts = test.prefix(10).map { all[$0].text }
    #expect(classifier.classify(texts).map(\.intent) == texts.map { classifier.classify($0).intent })
  }
}
