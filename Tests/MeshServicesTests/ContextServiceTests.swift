import Foundation
import MeshContextService
import MeshCore
import MeshPostgresTestSupport
import MeshProtos
import MeshServiceKit
import Testing

@Suite(.postgresCluster) struct ContextServiceTests {
  @Test func contextKeepsSlotsResultsAndVersions() async throws {
    let service = try await ContextServer.start(try ServiceHarness.configuration())
    try await ServiceHarness.with(service) { client in
      let contexts = Mesh_Context_V1_ContextService.Client(wrapping: client)
      let ann = ServiceHarness.user("u-ann")
      var get = Mesh_Context_V1_GetContextRequest()
      get.conversationID = "conv-1"
      let empty = try await contexts.getContext(get, metadata: ann)
      #expect(empty.version == 0 && empty.slots.isEmpty && empty.userID == "u-ann")

      var update = Mesh_Context_V1_UpdateContextRequest()
      update.conversationID = "conv-1"
      update.expectedVersion = 0
      update.activeIntent = .cancelOrder
      var slot = Mesh_Context_V1_Slot()
      slot.text = "ORD-1042"
      update.setSlots = ["order_number": slot]
      var missing = Mesh_Context_V1_SlotNames()
      missing.names = ["confirmation"]
      update.missing = missing
      var recent = Mesh_Context_V1_RecentResults()
      recent.orderIds = ["ORD-1042", "ORD-1043"]
      recent.listingIds = ["L-1", "L-2", "L-3"]
      update.recent = recent
      update.focusedOrderID = "ORD-1042"
      let first = try await contexts.updateContext(update, metadata: ann)
      #expect(first.version == 1)
      #expect(first.activeIntent == .cancelOrder)
      #expect(first.slots["order_number"]?.text == "ORD-1042")
      #expect(first.missingSlots == ["confirmation"])
      #expect(first.recentOrderIds == ["ORD-1042", "ORD-1043"] && first.recentListingIds == ["L-1", "L-2", "L-3"])
      #expect(first.focusedOrderID == "ORD-1042")

      // A writer that read version 0 is refused: optimistic concurrency.
      #expect(await rpcCode { _ = try await contexts.updateContext(update, metadata: ann) } == .aborted)
      // Another user neither reads nor writes it, and learns nothing about it.
      let bob = ServiceHarness.user("u-bob")
      #expect(await rpcCode { _ = try await contexts.getContext(get, metadata: bob) } == .notFound)
      update.expectedVersion = 1
      #expect(await rpcCode { _ = try await contexts.updateContext(update, metadata: bob) } == .notFound)
      // No identity, no context.
      #expect(await rpcCode { _ = try await contexts.getContext(get) } == .unauthenticated)

      // Clearing a slot and setting another keeps the rest.
      var next = Mesh_Context_V1_UpdateContextRequest()
      next.conversationID = "conv-1"
      next.expectedVersion = 1
      next.clearSlots = ["order_number"]
      var confirmed = Mesh_Context_V1_Slot()
      confirmed.flag = true
      next.setSlots = ["confirmation": confirmed]
      let second = try await contexts.updateContext(next, metadata: ann)
      #expect(second.version == 2 && second.slots.keys.sorted() == ["confirmation"])
      #expect(second.recentOrderIds == ["ORD-1042", "ORD-1043"] && second.activeIntent == .cancelOrder)
      #expect(try await contexts.getContext(get, metadata: ann) == second)

      // Hostile sizes are refused without storing anything.
      var huge = Mesh_Context_V1_UpdateContextRequest()
      huge.conversationID = "conv-1"
      huge.expectedVersion = 2
      var big = Mesh_Context_V1_Slot()
      big.text = String(repeating: "x", count: 20_000)
      huge.setSlots = ["item": big]
      #expect(await rpcCode { _ = try await contexts.updateContext(huge, metadata: ann) } == .invalidArgument)
      #expect(try await contexts.getContext(get, metadata: ann).version == 2)
    }
  }

  @Test func watchStreamsEachChangeAndPreferencesPersist() async throws {
    let service = try await ContextServer.start(try ServiceHarness.configuration())
    try await ServiceHarness.with(service) { client in
      let contexts = Mesh_Context_V1_ContextService.Client(wrapping: client)
      let ann = ServiceHarness.user("u-watch")
      var get = Mesh_Context_V1_GetContextRequest()
      get.conversationID = "conv-watch"
      let seen = try await contexts.watchContext(get, metadata: ann) { changes -> [[String]] in
        var seen: [[String]] = []
        for try await change in changes {
          seen.append(change.changedSlots)
          if seen.count == 3 { break }
          var update = Mesh_Context_V1_UpdateContextRequest()
          update.conversationID = "conv-watch"
          update.expectedVersion = change.context?.version ?? -1
          var slot = Mesh_Context_V1_Slot()
          slot.text = seen.count == 1 ? "blue" : "M"
          update.setSlots = [seen.count == 1 ? "colour" : "size": slot]
          _ = try await contexts.updateContext(update, metadata: ann)
        }
        return seen
      }
      #expect(seen == [[], ["colour"], ["size"]])

      var preferences = Mesh_Context_V1_UpdatePreferencesRequest()
      preferences.size = "M"
      var colours = Mesh_Context_V1_SlotNames()
      colours.names = ["navy", "black"]
      preferences.colours = colours
      preferences.budget = 80
      preferences.language = "fr"
      let saved = try await contexts.updatePreferences(preferences, metadata: ann)
      #expect(saved.size == "M" && saved.colours == ["navy", "black"] && saved.budget == 80 && saved.language == "fr")
      var only = Mesh_Context_V1_UpdatePreferencesRequest()
      only.budget = 50
      let merged = try await contexts.updatePreferences(only, metadata: ann)
      #expect(merged.size == "M" && merged.colours == ["navy", "black"] && merged.budget == 50)
      var read = Mesh_Context_V1_GetPreferencesRequest()
      #expect(try await contexts.getPreferences(read, metadata: ann) == merged)
      read.userID = "u-other"
      #expect(await rpcCode { _ = try await contexts.getPreferences(read, metadata: ann) } == .permissionDenied)
      only.budget = -1
      #expect(await rpcCode { _ = try await contexts.updatePreferences(only, metadata: ann) } == .invalidArgument)
    }
  }
}
