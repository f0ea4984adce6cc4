import Foundation
import MeshTestSupport
import Testing

/// `mesh nlu prepare` stores the nlu service's heads ahead of its first start (what `run.sh` runs before
/// `mesh up`), and says which engine the service will run. (Without weights it names the n-gram engine after
/// training that model, minutes in a debug build: `FineIntentEngine.load`'s fallback, tested with the service.)
@Suite("mesh nlu prepare")
struct NLUPrepareCommandTests {
  @Test("with the heads stored it reads them and names the embedding engine")
  func readsStoredHeads() async throws {
    try await StoredNLUHeads.ensure()
    let result = try await MeshBinary.run(["nlu", "prepare"], seconds: 300)
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output.split(separator: "\n").contains("embedding"), "\(result.output)")
    #expect(result.output.contains("read from their stored files"), "\(result.output)")
  }
}
