import Foundation
import MeshEncoder
import MeshTestSupport
import Testing

/// The Swift encoder against a numpy implementation over the same safetensors, with the `tokenizers`
/// package reading the same tokenizer.json. The weights are installed by mesh/scripts/install-deps.sh:
/// when they are missing this test fails rather than skips.
@Suite struct ReferenceEncoderTests {
  static let peer = Repository.root.appendingPathComponent("Tests/MeshEncoderTests/Peers/minilm_reference.py").path

  @Test func tokenIDsAndEmbeddingsMatchTheReference() async throws {
    let directory = try ModelDirectory.locate()
    let encoder = try SentenceEncoder(directory: directory)
    let sentences = ReferenceSentences.all()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("encoder-ref-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("in.json"), output = folder.appendingPathComponent("out.json")
    try JSONSerialization.data(withJSONObject: sentences).write(to: input)

    let peer = try PeerProcess(try Repository.python, [Self.peer, "embed", directory.path, input.path, output.path])
    defer { peer.stop() }
    let status = try await peer.waitForExit(seconds: 900)
    try #require(status == 0, "reference peer failed: \(peer.text)")
    let data = try Data(contentsOf: output)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let referenceIDs = try #require(object["ids"] as? [[Int]])
    let referenceEmbeddings = try #require(object["embeddings"] as? [[Double]])
    try #require(referenceIDs.count == sentences.count && referenceEmbeddings.count == sentences.count)

    let ids = sentences.map(encoder.tokenizer.encode)
    var mismatched = 0
    for (i, s) in sentences.enumerated() where ids[i].map(Int.init) != referenceIDs[i] {
      mismatched += 1
      if mismatched <= 5 { Issue.record("token ids differ for \(s.debugDescription): \(ids[i]) vs \(referenceIDs[i])") }
    }
    #expect(mismatched == 0)
    #expect(ids.contains { $0.count == 256 }, "some sentence should reach the 256-token limit")

    // In batches of 16 (as the reference), and one at a time for a sample: both must match.
    var embeddings: [[Float]] = []
    for start in stride(from: 0, to: sentences.count, by: 16) {
      embeddings += encoder.embed(Array(sentences[start..<min(start + 16, sentences.count)]))
    }
    var worst = 1.0
    for i in sentences.indices {
      let c = cosine(embeddings[i], referenceEmbeddings[i])
      worst = min(worst, c)
      #expect(c >= 0.9999, "cosine \(c) for \(sentences[i].debugDescription)")
    }
    for i in stride(from: 0, to: sentences.count, by: 25) {
      #expect(cosine(encoder.embed(sentences[i]), referenceEmbeddings[i]) >= 0.9999)
    }
    print("encoder (\(encoder.precision) weights, \(SentenceEncoder.instructionSet)) vs numpy reference:"
          + " \(sentences.count) sentences, worst cosine \(worst)")

    // Every other precision this CPU runs (float32 always), whichever the default is: each must hold.
    for precision in [WeightPrecision.float, .half, .bfloat16, .amx] where precision != encoder.precision {
      guard precision.runsHere || precision == .half else {  // half runs everywhere, slowly without F16C
        print("encoder (\(precision) weights) not compared: this CPU does not run them")
        continue
      }
      let other = try SentenceEncoder(directory: directory, precision: precision)
      try #require(other.precision == precision)
      var otherWorst = 1.0
      for start in stride(from: 0, to: sentences.count, by: 16) {
        let batch = other.embed(Array(sentences[start..<min(start + 16, sentences.count)]))
        for (offset, e) in batch.enumerated() {
          let c = cosine(e, referenceEmbeddings[start + offset])
          otherWorst = min(otherWorst, c)
          #expect(c >= 0.9999, "\(precision) weights: cosine \(c) for \(sentences[start + offset].debugDescription)")
        }
      }
      print("encoder (\(precision) weights) vs numpy reference: worst cosine \(otherWorst)")
    }

    // int8 weights and activations trade accuracy for speed: held to their own, looser bound, the figures printed.
    guard WeightPrecision.int8.runsHere else {
      print("encoder (int8 weights) not compared: this CPU lacks AVX512_VNNI")
      return
    }
    let int8 = try SentenceEncoder(directory: directory, precision: .int8)
    try #require(int8.precision == .int8)
    var cosines: [Double] = []
    for start in stride(from: 0, to: sentences.count, by: 16) {
      let batch = int8.embed(Array(sentences[start..<min(start + 16, sentences.count)]))
      for (offset, e) in batch.enumerated() { cosines.append(cosine(e, referenceEmbeddings[start + offset])) }
    }
    let int8Worst = cosines.min() ?? 0, int8Mean = cosines.reduce(0, +) / Double(max(cosines.count, 1))
    #expect(int8Worst >= Self.int8Bound, "int8 weights: worst cosine \(int8Worst)")
    print("encoder (int8 weights) vs numpy reference: worst cosine \(int8Worst), mean \(int8Mean)")
  }

  /// The worst cosine int8 products may give on the 200 sentences (measured: see mesh/docs/ENCODER.md).
  static let int8Bound = 0.99

  func cosine(_ a: [Float], _ b: [Double]) -> Double {
    var dot = 0.0, na = 0.0, nb = 0.0
    for (x, y) in zip(a, b) { dot += Double(x) * y; na += Double(x) * Double(x); nb += y * y }
    return dot / max((na * nb).squareRoot(), 1e-30)
  }
}
