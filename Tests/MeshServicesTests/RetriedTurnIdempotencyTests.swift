import AdapterSupport
import Foundation
import Marketplace
import MarketplaceAdapters
import MeshCore
import MeshDialogue
import MeshPostgres
import MeshPostgresTestSupport
@testable import MeshProcessorService
import MeshServiceKit
import MeshTransport
import Testing

/// The processor's adapter calls for one turn, done twice as a turn retried after a crash does them:
/// through the real adapters to the real marketplace, the cancellation and the return happen once and
/// the second try gets the first outcome (not "already cancelled"); another turn is judged afresh.
@Suite(.postgresCluster, .serialized) struct RetriedTurnIdempotencyTests {
  @Test func aRetriedTurnCancelsAndReturnsOnce() async throws {
    try await withAdapterExecutor { executor, pool in
      func count(_ sql: String, _ id: String) async throws -> Int64 {
        try await pool.execute(sql, [id]).first?.decode(Int64.self, at: 0) ?? -1
      }

      // Cancel: a paid order whose payment was captured (so the cancellation refunds it).
      let paid = try #require(try await pool.execute("""
        SELECT o.id, o.user_id FROM marketplace.orders o JOIN marketplace.payments p ON p.order_id = o.id
        WHERE o.status = 'paid' AND p.status = 'captured' ORDER BY o.id LIMIT 1
        """).first)
      let (order, user) = (try paid.decode(String.self, at: 0), try paid.decode(String.self, at: 1))
      let turn = ChatTurn(messageID: 7_001, clientMessageID: "m-cancel", conversationID: UUID(), userID: user, locale: "en")
      for attempt in 1...2 {
        guard case .order(let fact) = await executor.perform(.cancelOrder(orderID: order), for: turn) else {
          Issue.record("attempt \(attempt) of the turn did not get the cancelled order")
          continue
        }
        #expect(fact.state == .cancelled)
      }
      #expect(try await count("""
        SELECT count(*)::int8 FROM marketplace.refunds f JOIN marketplace.payments p ON p.id = f.payment_id WHERE p.order_id = $1
        """, order) == 1)
      let later = ChatTurn(messageID: 7_002, clientMessageID: "m-cancel-again", conversationID: turn.conversationID, userID: user,
                           locale: "en")
      guard case .refused = await executor.perform(.cancelOrder(orderID: order), for: later) else {
        Issue.record("a new turn asking to cancel a cancelled order must be refused")
        throw CancellationError()
      }

      // Return: a delivered order inside the return window, nothing returned yet.
      let delivered = try #require(try await pool.execute("""
        SELECT o.id, o.user_id FROM marketplace.orders o JOIN marketplace.payments p ON p.order_id = o.id AND p.status = 'captured'
        WHERE o.status = 'delivered' AND o.delivered_at > now() - interval '20 days'
          AND NOT EXISTS (SELECT 1 FROM marketplace.return_items r WHERE r.order_id = o.id)
        ORDER BY o.id LIMIT 1
        """).first)
      let (returned, owner) = (try delivered.decode(String.self, at: 0), try delivered.decode(String.self, at: 1))
      let returnTurn = ChatTurn(messageID: 7_003, clientMessageID: "m-return", conversationID: UUID(), userID: owner, locale: "en")
      var ids: [String] = []
      for _ in 1...2 {
        if case .returnAccepted(let id, _) = await executor.perform(.requestReturn(orderID: returned), for: returnTurn) { ids.append(id) }
      }
      #expect(ids.count == 2 && ids.first == ids.last)
      #expect(try await count("SELECT count(*)::int8 FROM marketplace.returns WHERE order_id = $1", returned) == 1)
      let returnAgain = ChatTurn(messageID: 7_004, clientMessageID: "m-return-2", conversationID: returnTurn.conversationID,
                                 userID: owner, locale: "en")
      guard case .refused = await executor.perform(.requestReturn(orderID: returned), for: returnAgain) else {
        Issue.record("a new turn returning a returned order must be refused")
        throw CancellationError()
      }
    }
  }
}
