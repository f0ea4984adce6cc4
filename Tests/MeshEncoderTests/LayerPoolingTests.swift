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

  /// Max and first-token slots: unit vectors that differ from the mean slot of the same layer, computed
  /// from that layer's token vectors (the first slot of a one-sentence batch is the same whatever its batch).
  @Test func maxAndFirstSlotsPoolTheSameLayer() throws {
    let encoder = try SentenceEncoder()
    let texts = ["where is my order #12345", "I want a refund for the blue jacket I bought last week", "", "東京へ 🙂"]
    let ids = texts.map(encoder.tokenizer.encode)
    let last = encoder.configuration.layers, h = encoder.dimension
    let features = encoder.embed(tokenIDs: ids, layers: [last, last, last], pooling: [.mean, .max, .first])
    let plain = encoder.embed(tokenIDs: ids)
    for (i, (f, e)) in zip(features, plain).enumerated() {
      #expect(f.count == 3 * h)
      let mean = Array(f[0..<h]), max = Array(f[h..<(2 * h)]), first = Array(f[(2 * h)...])
      #expect(zip(mean, e).allSatisfy { abs($0 - $1) < 1e-6 })
      for slot in [max, first] {
        #expect(abs(slot.reduce(0) { $0 + $1 * $1 } - 1) < 1e-4)
        #expect(zip(slot, mean).reduce(0) { $0 + $1.0 * $1.1 } < 0.999)
      }
      let alone = encoder.embed(tokenIDs: [ids[i]], layers: [last, last], pooling: [.max, .first])[0]
      #expect(zip(alone, Array(f[h...])).allSatisfy { abs($0 - $1) < 1e-4 })
    }
  }
}
