import Foundation
import MeshDialogue
@testable import MeshProcessorService
import MeshServiceKit
import Testing

/// A change is asked of the marketplace only for a turn younger than `maxChangeAge`, so its idempotency
/// key is still kept there (`IdempotencyKeyRetention.minimum` is twice as long) when a retry comes.
@Suite struct LateChangeTests {
  @Test func aChangeOfATurnOlderThanTheMaximumAgeIsRefusedAndReadsAreNot() {
    let now = Date()
    let old = ChatTurn(messageID: 1, clientMessageID: "m", conversationID: UUID(), userID: "u", locale: "en",
                       acceptedAt: now.addingTimeInterval(-AdapterExecutor.maxChangeAge - 1))
    let young = ChatTurn(messageID: 2, clientMessageID: "n", conversationID: UUID(), userID: "u", locale: "en",
                         acceptedAt: now.addingTimeInterval(-AdapterExecutor.maxChangeAge + 60))
    for change in [DialogueAction.cancelOrder(orderID: "ORD-1"), .changeAddress(orderID: "ORD-1", address: "1 Main St, 10115 Berlin"),
                   .requestReturn(orderID: "ORD-1")] {
      guard case .refused(let reason)? = AdapterExecutor.refusalOfLateChange(change, old, now: now) else {
        Issue.record("\(change) of an old turn was not refused")
        continue
      }
      #expect(reason.contains("too old"))
      #expect(AdapterExecutor.refusalOfLateChange(change, young, now: now) == nil)
    }
    #expect(AdapterExecutor.refusalOfLateChange(.getOrder(orderID: "ORD-1"), old, now: now) == nil)
    #expect(AdapterExecutor.refusalOfLateChange(.listOrders, old, now: now) == nil)
  }
}
