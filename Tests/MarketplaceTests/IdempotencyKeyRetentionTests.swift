import Foundation
import Marketplace
import MeshPostgres
import MeshPostgresTestSupport
import Testing

/// Stored idempotency keys are purged once older than the retention, and only then: a key inside it
/// still replays its first answer; a retention shorter than the minimum is refused before the
/// marketplace starts.
extension MarketplaceAPITests {
  @Test func keysOlderThanTheRetentionArePurgedAndYoungerOnesStillReplay() async throws {
    #expect(throws: MarketplaceConfigurationError.self) {
      try IdempotencyKeyRetention.check(IdempotencyKeyRetention.minimum - .seconds(1))
    }
    var short = MarketplaceConfiguration(port: 0, database: try TestCluster.shared.configuration)
    short.idempotencyRetention = .seconds(60)
    await #expect(throws: MarketplaceConfigurationError.self) { _ = try await Marketplace.start(short) }

    let harness = try await MarketplaceHarness.start()
    do {
      let rows = try await harness.pool.execute("""
        SELECT o.id, o.user_id FROM marketplace.orders o JOIN marketplace.payments p ON p.order_id = o.id
        WHERE o.status = 'paid' AND p.status = 'captured' ORDER BY o.id DESC LIMIT 2 OFFSET 20
        """).rows
      #expect(rows.count == 2)
      var keys: [(key: String, path: String)] = []
      for row in rows {
        let path = "/v1/users/\(try row.decode(String.self, at: 1))/orders/\(try row.decode(String.self, at: 0))/cancel"
        let key = "retention-\(UUID().uuidString)"
        #expect(try await Self.keyed(harness, "POST", path, key: key, json: "{}").status == 200)
        keys.append((key, path))
      }
      func stored(_ key: String) async throws -> Bool {
        try await harness.pool.execute("SELECT 1 FROM marketplace.idempotency_keys WHERE key = $1", [key]).first != nil
      }
      // The first key is a day and an hour old, the second one just inside the day.
      try await harness.pool.execute("UPDATE marketplace.idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = $1",
                                     [keys[0].key])
      try await harness.pool.execute("UPDATE marketplace.idempotency_keys SET created_at = now() - interval '23 hours' WHERE key = $1",
                                     [keys[1].key])
      // (How many go is not asserted: another marketplace of the run may purge at its start too.)
      try await IdempotencyKeyRetention.purge(harness.pool, olderThan: IdempotencyKeyRetention.standard)
      #expect(try await stored(keys[0].key) == false)
      #expect(try await stored(keys[1].key))
      let replay = try await Self.keyed(harness, "POST", keys[1].path, key: keys[1].key, json: "{}")
      #expect(replay.status == 200 && replay.replayed)
      // A purge refuses a retention below the minimum rather than forget keys too early.
      await #expect(throws: MarketplaceConfigurationError.self) {
        try await IdempotencyKeyRetention.purge(harness.pool, olderThan: .seconds(1))
      }
      #expect(try await stored(keys[1].key))
    } catch {
      await harness.stop()
      throw error
    }
    await harness.stop()
  }
}
