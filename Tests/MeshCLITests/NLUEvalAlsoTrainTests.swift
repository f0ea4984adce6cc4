import Foundation
import Testing

/// `mesh nlu eval --heldout FILE --also-train EXTRA`: a wrong extra file is refused with status 64 and a line
/// naming it, before the set is read or any model is trained.
@Suite("mesh nlu eval --also-train")
struct NLUEvalAlsoTrainTests {
  @Test func anUnreadableFileIsNamed() async throws {
    let result = try await MeshBinary.run(["nlu", "eval", "--heldout", "/nonexistent/set.txt", "--also-train", "/nonexistent/extra.txt"])
    #expect(result.status == 64, "\(result.output)")
    #expect(result.output.contains("/nonexistent/extra.txt"), "\(result.output)")
  }

  @Test func aLabelThatIsNoCoarseIntentIsNamed() async throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("also-train-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let extra = dir.appendingPathComponent("extra.txt")
    try "order_status | where is order {{order:12345}}\norder.track | track my parcel\n".write(to: extra, atomically: true, encoding: .utf8)
    let result = try await MeshBinary.run(["nlu", "eval", "--heldout", "/nonexistent/set.txt", "--also-train", extra.path])
    #expect(result.status == 64, "\(result.output)")
    #expect(result.output.contains("order.track is not a coarse commerce intent"), "\(result.output)")
  }
}
