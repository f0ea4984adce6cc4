import MeshEncoder
import Testing

/// `embed(tokenIDs:layers:)`: each slot is a unit vector, the last layer's slot is the sentence
/// embedding, and a middle layer differs from it. Needs the weights (mesh/scripts/install-deps.sh).
@Suite struct LayerPoolingTests {
  @Test func slotsArePooledLayers() throws {
    let encoder = try SentenceEncoder()
    let texts = ["where is my order #12345", "I want a refund", "", "東京へ 🙂"]
    let ids = texts.map(encoder.tokenizer.encode)
    let last = encoder.configuration.layers, h = encoder.dimension
    let features = encoder.embed(tokenIDs: ids, layers: [3, last, 99])
    let plain = encoder.embed(tokenIDs: ids)
    for (f, e) in zip(features, plain) {
      #expect(f.count == 2 * h, "layer 99 does not exist and is left out")
      let middle = Array(f[0..<h]), top = Array(f[h..<(2 * h)])
      #expect(abs(middle.reduce(0) { $0 + $1 * $1 } - 1) < 1e-4)
      #expect(zip(top, e).allSatisfy { abs($0 - $1) < 1e-6 })
      #expect(zip(middle, top).reduce(0) { $0 + $1.0 * $1.1 } < 0.99)
    }
  }
}
