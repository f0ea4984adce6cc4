import Foundation
import Testing

/// `mesh nlu eval --folds K --vote-sweep --embedding-cache FILE`: one run scores the grid of readings with the
/// real encoder, a second run reads every feature from the cache, and a wrong head setting is refused (64)
/// before any data is read.
@Suite("mesh nlu eval --vote-sweep")
struct NLUEvalVoteSweepTests {
  @Test func sweepsAndReadsTheCacheBack() async throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vote-sweep-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    var lines = ["text,category"]
    let phrasings = [("card_lost", ["i lost my card", "my card is gone", "cannot find my bank card", "card missing",
                                    "someone stole my card", "misplaced my debit card"]),
                     ("refund", ["where is my refund", "refund not received", "when do i get my money back",
                                 "refund still pending", "i want a refund", "money back please"]),
                     ("pin", ["change my pin", "forgot my pin", "reset pin code", "pin blocked", "new pin please",
                              "how to set a pin"])]
    for (label, texts) in phrasings { for t in texts { lines.append("\(t),\(label)") } }
    let data = dir.appendingPathComponent("tiny.csv"), cache = dir.appendingPathComponent("features.cache")
    try lines.joined(separator: "\n").write(to: data, atomically: true, encoding: .utf8)
    let arguments = ["nlu", "eval", "--data", data.path, "--folds", "3", "--vote-sweep", "--sweep-heads", "l2=0.001;smoothing=0.1",
                     "--embedding-cache", cache.path]
    let first = try await MeshBinary.run(arguments, seconds: 300)
    #expect(first.status == 0, "\(first.output)")
    #expect(first.output.contains("3-fold cross-validation on 18 utterances, 2 head(s)"), "\(first.output)")
    #expect(first.output.contains("mean of heads vote k="), "\(first.output)")
    #expect(first.output.contains("0 of 18 read, 18 encoded"), "\(first.output)")
    #expect(FileManager.default.fileExists(atPath: cache.path))
    let second = try await MeshBinary.run(arguments, seconds: 300)
    #expect(second.status == 0, "\(second.output)")
    #expect(second.output.contains("18 of 18 read, 0 encoded"), "\(second.output)")
  }

  @Test func aWrongHeadSettingIsRefusedFirst() async throws {
    for arguments in [["--head-settings", "depth=3"], ["--vote-sweep", "--sweep-heads", "l2=-1"], ["--head-settings", "share=2"]] {
      let result = try await MeshBinary.run(["nlu", "eval", "--data", "/nonexistent/data.csv", "--folds", "5"] + arguments)
      #expect(result.status == 64, "\(arguments): \(result.output)")
      #expect(result.output.contains("setting") || result.output.contains("key=value"), "\(result.output)")
    }
  }
}
