import Foundation
import MeshContextService
import MeshCore
import MeshPostgresTestSupport
import MeshProtos
import MeshServiceKit
import Testing

extension ContextServiceTests {
  /// An update of a stored context is applied by the database in the statement that checks the version
  /// (no read first): it keeps what the update does not name, clears the focused order with an empty id,
  /// refuses a slot past the limit counted with the stored ones (nothing stored), and what it returns is
  /// what a read returns.
  @Test func updatesOfAStoredContextAreMergedInTheDatabase() async throws {
    let service = try await ContextServer.start(try ServiceHarness.configuration())
    try await ServiceHarness.with(service) { client in
      let contexts = Mesh_Context_V1_ContextService.Client(wrapping: client)
      let ann = ServiceHarness.user("u-patch")
      var get = Mesh_Context_V1_GetContextRequest()
      get.conversationID = "conv-patch"
      func update(_ version: Int64, _ edit: (inout Mesh_Context_V1_UpdateContextRequest) -> Void) async throws
        -> Mesh_Context_V1_ConversationContext
      {
        var request = Mesh_Context_V1_UpdateContextRequest()
        request.conversationID = "conv-patch"
        request.expectedVersion = version
        edit(&request)
        return try await contexts.updateContext(request, metadata: ann)
      }
      func text(_ value: String) -> Mesh_Context_V1_Slot {
        var slot = Mesh_Context_V1_Slot()
        slot.text = value
        return slot
      }
      var slots: [String: Mesh_Context_V1_Slot] = [:]
      for index in 0..<31 { slots["s\(index)"] = text("v\(index)") }
      let first = try await update(0) {
        $0.setSlots = slots
        $0.focusedOrderID = "ORD-7"
        var recent = Mesh_Context_V1_RecentResults()
        recent.orderIds = ["ORD-7"]
        $0.recent = recent
      }
      #expect(first.version == 1 && first.slots.count == 31)

      let second = try await update(1) {
        $0.clearSlots = ["s0"]
        $0.setSlots = ["s1": text("changed"), "new": text("added")]
        $0.focusedOrderID = ""
        $0.activeIntent = .trackOrder
      }
      #expect(second.version == 2 && second.slots.count == 31)
      #expect(second.slots["s0"] == nil && second.slots["s1"]?.text == "changed" && second.slots["new"]?.text == "added")
      #expect(second.slots["s2"]?.text == "v2" && second.recentOrderIds == ["ORD-7"])
      #expect(second.focusedOrderID == nil || second.focusedOrderID == "")
      #expect(second.activeIntent == .trackOrder)
      #expect(try await contexts.getContext(get, metadata: ann) == second)

      // 31 stored + 2 new = 33 slots, over the 32 allowed: refused, nothing stored.
      #expect(await rpcCode { _ = try await update(2) { $0.setSlots = ["x1": text("1"), "x2": text("2")] } } == .invalidArgument)
      #expect(try await contexts.getContext(get, metadata: ann) == second)
      // A stale version is refused as before.
      #expect(await rpcCode { _ = try await update(1) { $0.setSlots = ["late": text("1")] } } == .aborted)
    }
  }
}
