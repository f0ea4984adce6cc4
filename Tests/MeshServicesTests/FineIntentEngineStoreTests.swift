import Foundation
import MeshEncoder
import MeshIntent
import MeshNLU
import MeshNLUService
import Testing

/// The nlu service's engine on a models folder of its own (the installed weights linked in, nothing
/// stored): the first load fits both heads and the n-gram model and stores them, the second reads them and
/// analyses a few hundred utterances exactly as the fitted engine does. One full fit (23 s of CPU in release).
@Suite struct FineIntentEngineStoreTests {
  @Test func aStartFromStoredHeadsAnswersAsTheStartThatFittedThem() throws {
    let installed = try ModelDirectory.locate()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nlu-models-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["model.safetensors", "config.json", "tokenizer.json", "vocab.txt"]
    where FileManager.default.fileExists(atPath: installed.appendingPathComponent(name).path) {
      try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent(name),
                                                 withDestinationURL: installed.appendingPathComponent(name))
    }
    let environment = ["MESH_MODEL_DIR": folder.path]
    var firstLog: [String] = [], secondLog: [String] = []
    let fitted = FineIntentEngine.load(environment: environment) { firstLog.append($0) }
    // A line before and after each of the three fits, then the engine's line.
    #expect(fitted.name == "embedding" && firstLog.count == 7 && firstLog[6].contains("fitted and stored")
              && firstLog.filter { $0.hasPrefix("nlu: fitting the ") }.count == 3, "\(firstLog)")
    let stored = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".nluhead") }
    // The two heads and the coarse n-gram model they are blended with.
    #expect(stored.count == 3 && ["fine-head-", "coarse-head-", "coarse-ngram-head-"].allSatisfy { prefix in
      stored.contains { $0.hasPrefix(prefix) }
    }, "\(stored)")
    let read = FineIntentEngine.load(environment: environment) { secondLog.append($0) }
    #expect(read.name == "embedding" && secondLog.count == 1 && secondLog[0].contains("read from their stored files"), "\(secondLog)")

    // Every 40th training utterance of both heads and texts of no intent: over 500 analyses.
    let grouped = CommerceGroupedUtterances.pairs()
    let texts = stride(from: 0, to: grouped.count, by: 40).map { grouped[$0].text }
      + stride(from: 7, to: CommerceFineModel.utterances.count, by: 40).map { CommerceFineModel.utterances[$0].text }
      + ["what's the weather in Oslo", "tell me a joke", "", "🙂🙂", "ORD-2024-000123 ???", "mi pedido no llegó"]
    #expect(texts.count >= 300)
    for (a, b) in zip(fitted.analyze(texts), read.analyze(texts)) {
      #expect(a.intent == b.intent && a.group == b.group)
      #expect(a.confidence.bitPattern == b.confidence.bitPattern && a.groupConfidence.bitPattern == b.groupConfidence.bitPattern)
      #expect(a.scores.map(\.probability) == b.scores.map(\.probability))
    }
  }
}
