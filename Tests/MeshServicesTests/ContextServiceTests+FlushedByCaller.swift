import Foundation
import MeshContextService
import MeshCore
import MeshPostgresTestSupport
import MeshProtos
import MeshServiceKit
import Testing

extension ContextServiceTests {
  /// Updates whose caller flushes them (`FlushedByCaller`, as the processor's saves) are stored and versioned
  /// as any other, by both paths (a context's first save, then a patch of the stored one), and a version
  /// conflict is still refused; updates without it go on as before.
  @Test func updatesFlushedByTheirCallerAreStoredAsAnyOther() async throws {
    let service = try await ContextServer.start(try ServiceHarness.configuration())
    try await ServiceHarness.with(service) { client in
      let contexts = Mesh_Context_V1_ContextService.Client(wrapping: client)
      let caller = ServiceHarness.user("u-flushed")
      func update(_ version: Int64, order: String, flushedByCaller: Bool) async throws -> Mesh_Context_V1_ConversationContext {
        var request = Mesh_Context_V1_UpdateContextRequest()
        request.conversationID = "conv-flushed"
        request.expectedVersion = version
        request.focusedOrderID = order
        return try await contexts.updateContext(request, metadata: flushedByCaller ? FlushedByCaller.asking(caller) : caller)
      }
      #expect(try await update(0, order: "ORD-1", flushedByCaller: true).version == 1)
      #expect(try await update(1, order: "ORD-2", flushedByCaller: true).version == 2)
      #expect(try await update(2, order: "ORD-3", flushedByCaller: false).version == 3)
      #expect(await rpcCode { _ = try await update(1, order: "ORD-4", flushedByCaller: true) } == .aborted)
      var get = Mesh_Context_V1_GetContextRequest()
      get.conversationID = "conv-flushed"
      let stored = try await contexts.getContext(get, metadata: caller)
      #expect(stored.version == 3 && stored.focusedOrderID == "ORD-3")
    }
  }
}
