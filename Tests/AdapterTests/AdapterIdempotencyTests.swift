import Foundation
import MeshPostgres
import Testing

/// The adapters send an `Idempotency-Key` with each change: the caller's (`idempotency-key` metadata,
/// what the processor sets per turn and action) or a fresh one per call. A repeated call with the same
/// key, such as a turn retried after a processor crash, gets the first outcome and changes nothing more.
extension AdapterEndToEndTests {
  @Test func aRepeatedChangeWithTheSameKeyIsAnsweredOnceAndDoneOnce() async throws {
    let stack = try await Stack.start()
    do {
      let rows = try await stack.pool.execute("""
        SELECT o.id, o.user_id FROM marketplace.orders o JOIN marketplace.payments p ON p.order_id = o.id
        WHERE o.status = 'paid' AND p.status = 'captured' ORDER BY o.id DESC LIMIT 2
        """).rows
      let (order, user) = (try rows[0].decode(String.self, at: 0), try rows[0].decode(String.self, at: 1))
      let (other, otherUser) = (try rows[1].decode(String.self, at: 0), try rows[1].decode(String.self, at: 1))
      let key = "turn-\(UUID().uuidString)-cancel-\(order)"
      let cancel = ["method": "/mesh.order.v1.OrderService/CancelOrder", "request": ["order_id": order, "reason": "requested in chat"],
                    "user": user, "metadata": ["idempotency-key": key]] as [String: Any]
      let results = try await stack.grpc([
        cancel, cancel,
        // Without the caller's key each call gets a fresh one: the shop's rule answers the second.
        ["method": "/mesh.order.v1.OrderService/CancelOrder", "request": ["order_id": order], "user": user],
        // The same key for another request is refused.
        ["method": "/mesh.order.v1.OrderService/CancelOrder", "request": ["order_id": order, "reason": "other"],
         "user": user, "metadata": ["idempotency-key": key]],
        ["method": "/mesh.order.v1.OrderService/CancelOrder", "request": ["order_id": other], "user": otherUser,
         "metadata": ["idempotency-key": String(repeating: "k", count: 300)]],
      ])
      #expect(results[0]["code"] as? String == "OK" && results[1]["code"] as? String == "OK")
      #expect((results[0]["response"] as? [String: Any])?["status"] as? String == "ORDER_STATUS_CANCELLED")
      #expect(NSDictionary(dictionary: results[0]["response"] as? [String: Any] ?? [:])
                .isEqual(to: results[1]["response"] as? [String: Any] ?? ["different": true]))
      #expect(results[2]["code"] as? String == "FAILED_PRECONDITION")
      #expect((results[3]["code"] as? String) == "INVALID_ARGUMENT")
      #expect((results[3]["trailers"] as? [String: Any])?["x-marketplace-error"] as? String == "idempotency_key_reused")
      #expect(results[4]["code"] as? String == "INVALID_ARGUMENT")
      let refunds = try await stack.pool.execute("""
        SELECT count(*)::int8 FROM marketplace.refunds f JOIN marketplace.payments p ON p.id = f.payment_id WHERE p.order_id = $1
        """, [order]).first?.decode(Int64.self, at: 0)
      #expect(refunds == 1)
      let stored = try await stack.pool.execute("SELECT count(*)::int8 FROM marketplace.idempotency_keys WHERE key = $1 AND user_id = $2",
                                                [key, user]).first?.decode(Int64.self, at: 0)
      #expect(stored == 1)
      #expect(try await stack.row("SELECT status FROM marketplace.orders WHERE id = $1", [other]).decode(String.self, at: 0) == "paid")
    } catch {
      await stack.stop()
      throw error
    }
    await stack.stop()
  }
}
