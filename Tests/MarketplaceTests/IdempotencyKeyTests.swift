import Foundation
import Marketplace
import MeshPostgres
import MeshPostgresTestSupport
import MeshTestSupport
import Testing

/// `Idempotency-Key` on the marketplace's mutating endpoints, through curl: the first answer is
/// replayed for a repeated key, another request under a used key is refused, and the change is made
/// once, even for two requests with one key at the same moment.
extension MarketplaceAPITests {
  /// One request with curl and an `Idempotency-Key`: the status, the body and the response's headers.
  static func keyed(_ harness: MarketplaceHarness, _ method: String, _ path: String, key: String, json: String? = nil) async throws
    -> (status: Int, body: [String: Any], raw: String, replayed: Bool)
  {
    let folder = FileManager.default.temporaryDirectory
    let bodyFile = folder.appendingPathComponent("curl-\(UUID().uuidString).json")
    let headerFile = folder.appendingPathComponent("curl-\(UUID().uuidString).headers")
    defer {
      try? FileManager.default.removeItem(at: bodyFile)
      try? FileManager.default.removeItem(at: headerFile)
    }
    var arguments = ["-sS", "--max-time", "30", "-X", method, "-o", bodyFile.path, "-D", headerFile.path, "-w", "%{http_code}",
                     "-H", "Idempotency-Key: \(key)"]
    if let json { arguments += ["-H", "Content-Type: application/json", "--data-binary", json] }
    let process = try PeerProcess("/usr/bin/curl", arguments + [harness.base + path])
    guard try await process.waitForExit(seconds: 40) == 0 else { throw TestPeerFailure("curl failed: \(process.text)") }
    let status = Int(process.text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    let data = (try? Data(contentsOf: bodyFile)) ?? Data()
    let headers = (try? String(contentsOf: headerFile, encoding: .utf8)) ?? ""
    return (status, (try? JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:], String(decoding: data, as: UTF8.self),
            headers.lowercased().contains("idempotent-replayed: true"))
  }

  @Test func aRepeatedIdempotencyKeyReplaysTheFirstAnswerAndChangesNothingMore() async throws {
    let harness = try await MarketplaceHarness.start()
    do {
      let rows = try await harness.pool.execute("""
        SELECT o.id, o.user_id FROM marketplace.orders o JOIN marketplace.payments p ON p.order_id = o.id
        WHERE o.status = 'paid' AND p.status = 'captured' ORDER BY o.id DESC LIMIT 3
        """).rows
      #expect(rows.count == 3)
      let (order, user) = (try rows[0].decode(String.self, at: 0), try rows[0].decode(String.self, at: 1))
      let key = "turn-\(UUID().uuidString)-cancel"
      let cancel = "/v1/users/\(user)/orders/\(order)/cancel"
      let first = try await Self.keyed(harness, "POST", cancel, key: key, json: #"{"reason":"changed my mind"}"#)
      #expect(first.status == 200 && first.body["status"] as? String == "cancelled" && !first.replayed)
      // The retry (a processor that crashed before it saw the answer) gets the same answer, not "already cancelled".
      let again = try await Self.keyed(harness, "POST", cancel, key: key, json: #"{"reason":"changed my mind"}"#)
      #expect(again.status == 200 && again.raw == first.raw && again.replayed)
      let refunds = try await harness.pool.execute("""
        SELECT count(*)::int8 FROM marketplace.refunds f JOIN marketplace.payments p ON p.id = f.payment_id WHERE p.order_id = $1
        """, [order]).first?.decode(Int64.self, at: 0)
      #expect(refunds == 1)
      // Without the key, the shop's rule answers.
      #expect(try await harness.call("POST", cancel, json: "{}").body.errorCode == "order_already_cancelled")
      // The same key for another request: refused, whether the body or the path differs.
      let otherBody = try await Self.keyed(harness, "POST", cancel, key: key, json: #"{"reason":"something else"}"#)
      #expect(otherBody.status == 422 && otherBody.body.errorCode == "idempotency_key_reused")
      let (second, secondUser) = (try rows[1].decode(String.self, at: 0), try rows[1].decode(String.self, at: 1))
      if secondUser == user {
        let otherPath = try await Self.keyed(harness, "POST", "/v1/users/\(user)/orders/\(second)/cancel", key: key,
                                             json: #"{"reason":"changed my mind"}"#)
        #expect(otherPath.status == 422)
      }
      // Keys belong to a user: another user's request with the same key is theirs alone.
      let theirs = try await Self.keyed(harness, "POST", "/v1/users/\(secondUser)/orders/\(second)/cancel",
                                        key: secondUser == user ? key + "-b" : key, json: #"{"reason":"changed my mind"}"#)
      #expect(theirs.status == 200 && !theirs.replayed && theirs.body["id"] as? String == second)

      // Two requests with one key at the same moment: one change, one answer.
      let (third, thirdUser) = (try rows[2].decode(String.self, at: 0), try rows[2].decode(String.self, at: 1))
      let raceKey = "race-\(UUID().uuidString)"
      async let a = Self.keyed(harness, "POST", "/v1/users/\(thirdUser)/orders/\(third)/cancel", key: raceKey, json: "{}")
      async let b = Self.keyed(harness, "POST", "/v1/users/\(thirdUser)/orders/\(third)/cancel", key: raceKey, json: "{}")
      let (ra, rb) = try await (a, b)
      #expect(ra.status == 200 && rb.status == 200 && ra.raw == rb.raw)
      #expect(ra.replayed != rb.replayed)
      let raceRefunds = try await harness.pool.execute("""
        SELECT count(*)::int8 FROM marketplace.refunds f JOIN marketplace.payments p ON p.id = f.payment_id WHERE p.order_id = $1
        """, [third]).first?.decode(Int64.self, at: 0)
      #expect(raceRefunds == 1)

      // A refusal is not stored: the retry is judged again. A malformed key is refused before anything.
      let shipped = try await harness.pool.execute("SELECT id, user_id FROM marketplace.orders WHERE status = 'shipped' ORDER BY id LIMIT 1").first
      let refusedKey = "refused-\(UUID().uuidString)"
      let refused = try await Self.keyed(harness, "POST", "/v1/users/\(try shipped?.decode(String.self, at: 1) ?? "")/orders/\(try shipped?.decode(String.self, at: 0) ?? "")/cancel",
                                         key: refusedKey, json: "{}")
      #expect(refused.status == 409)
      #expect(try await harness.pool.execute("SELECT 1 FROM marketplace.idempotency_keys WHERE key = $1", [refusedKey]).first == nil)
      let long = try await Self.keyed(harness, "POST", cancel, key: String(repeating: "k", count: 256), json: "{}")
      #expect(long.status == 400)
    } catch {
      await harness.stop()
      throw error
    }
    await harness.stop()
  }

  @Test func returnsAddressChangesAndRefundsHappenOncePerKey() async throws {
    let harness = try await MarketplaceHarness.start()
    do {
      let delivered = try #require(try await harness.pool.execute("""
        SELECT o.id, o.user_id, i.quantity FROM marketplace.orders o
        JOIN marketplace.order_items i ON i.order_id = o.id AND i.line_no = 1
        JOIN marketplace.payments p ON p.order_id = o.id AND p.status = 'captured'
        WHERE o.status = 'delivered' AND o.delivered_at > now() - interval '20 days'
          AND NOT EXISTS (SELECT 1 FROM marketplace.return_items r WHERE r.order_id = o.id)
        ORDER BY o.id DESC LIMIT 1
        """).first)
      let (order, user) = (try delivered.decode(String.self, at: 0), try delivered.decode(String.self, at: 1))
      let body = "{\"items\":[{\"line_no\":1,\"quantity\":\(try delivered.decode(Int.self, at: 2))}],\"reason\":\"too small\"}"
      let key = "return-\(UUID().uuidString)"
      let first = try await Self.keyed(harness, "POST", "/v1/users/\(user)/orders/\(order)/returns", key: key, json: body)
      let again = try await Self.keyed(harness, "POST", "/v1/users/\(user)/orders/\(order)/returns", key: key, json: body)
      #expect(first.status == 201 && again.status == 201 && again.replayed && again.raw == first.raw)
      #expect(try await harness.pool.execute("SELECT count(*)::int8 FROM marketplace.returns WHERE order_id = $1", [order])
                .first?.decode(Int64.self, at: 0) == 1)

      let payment = try await harness.id("SELECT id FROM marketplace.payments WHERE order_id = $1", [order])
      let before = try await harness.pool.execute("SELECT refunded_cents FROM marketplace.payments WHERE id = $1", [payment])
        .first?.decode(Int64.self, at: 0) ?? -1
      let refundKey = "refund-\(UUID().uuidString)"
      let refund = try await Self.keyed(harness, "POST", "/v1/users/\(user)/payments/\(payment)/refunds", key: refundKey,
                                        json: #"{"amount_cents":100,"reason":"goodwill"}"#)
      let refundAgain = try await Self.keyed(harness, "POST", "/v1/users/\(user)/payments/\(payment)/refunds", key: refundKey,
                                             json: #"{"amount_cents":100,"reason":"goodwill"}"#)
      #expect(refund.status == 201 && refundAgain.status == 201 && refundAgain.raw == refund.raw)
      let after = try await harness.pool.execute("SELECT refunded_cents FROM marketplace.payments WHERE id = $1", [payment])
        .first?.decode(Int64.self, at: 0) ?? -1
      #expect(after == before + 100)

      let paid = try #require(try await harness.pool.execute(
        "SELECT id, user_id FROM marketplace.orders WHERE status = 'paid' ORDER BY id DESC LIMIT 1 OFFSET 7").first)
      let address = #"{"name":"Ana Lima","line1":"Rua Nova 5","city":"Porto","postal_code":"4000-123","country_code":"PT"}"#
      let path = "/v1/users/\(try paid.decode(String.self, at: 1))/orders/\(try paid.decode(String.self, at: 0))/shipping-address"
      let addressKey = "address-\(UUID().uuidString)"
      let changed = try await Self.keyed(harness, "PUT", path, key: addressKey, json: address)
      let changedAgain = try await Self.keyed(harness, "PUT", path, key: addressKey, json: address)
      #expect(changed.status == 200 && changedAgain.replayed && changedAgain.raw == changed.raw)
      let moved = try await Self.keyed(harness, "PUT", path, key: addressKey, json: address.replacingOccurrences(of: "Porto", with: "Braga"))
      #expect(moved.status == 422 && moved.body.errorCode == "idempotency_key_reused")
    } catch {
      await harness.stop()
      throw error
    }
    await harness.stop()
  }
}

