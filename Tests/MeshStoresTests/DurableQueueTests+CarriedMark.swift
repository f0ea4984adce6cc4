import Foundation
import MeshPostgres
import MeshPostgresTestSupport
import MeshStores
import Testing

extension DurableQueueTests {
  /// The work's own statement carrying the done mark (`QueueCompletion`): it completes the message with the
  /// work; for a delivery whose lease another delivery took over it throws `leaseLost` and the work rolls
  /// back; and a body that does not carry the mark still completes its message.
  @Test func carriedMarkCompletesWithTheWork() async throws {
    let (queue, pool) = try await makeQueue()
    defer { queue.stop(); pool.close() }
    let name = "carried_\(UUID().uuidString.prefix(8).lowercased())"
    try await pool.execute("CREATE TABLE \(name) (key text NOT NULL)")
    @Sendable func insertCarrying(_ key: String, _ connection: PostgresConnection, _ completion: QueueCompletion) async throws {
      let row = try await connection.execute(
        "WITH " + completion.commonTableExpression(firstParameter: 2)
          + " INSERT INTO \(name) VALUES ($1) RETURNING (SELECT count(*) FROM queue_done)",
        [key] + completion.parameters).first
      try completion.confirm(markedRows: try row?.decode(Int.self, at: 0) ?? 0)
    }
    _ = try await queue.enqueue([1], queue: name, idempotencyKey: "taken-over")
    let stale = try #require(try await queue.dequeue(queue: name, visibilityTimeout: .milliseconds(100)).first)
    try await Task.sleep(for: .milliseconds(150))
    let current = try #require(try await queue.dequeue(queue: name).first)
    #expect(current.id == stale.id)
    await #expect(throws: StoreError.leaseLost(messageID: stale.id)) {
      try await queue.complete(stale, carryingMark: { connection, completion in try await insertCarrying("stale", connection, completion) })
    }
    #expect(try await queue.counts(queue: name) == [.inflight: 1])
    try await queue.complete(current, carryingMark: { connection, completion in try await insertCarrying("current", connection, completion) })
    #expect(try await queue.counts(queue: name) == [.done: 1])
    // Completed once: the same delivery cannot complete again.
    await #expect(throws: StoreError.leaseLost(messageID: current.id)) {
      try await queue.complete(current, carryingMark: { connection, completion in try await insertCarrying("again", connection, completion) })
    }

    _ = try await queue.enqueue([2], queue: name, idempotencyKey: "not-carried")
    let plain = try #require(try await queue.dequeue(queue: name).first)
    try await queue.complete(plain, carryingMark: { connection, _ in try await connection.execute("INSERT INTO \(name) VALUES ('plain')") })
    #expect(try await queue.counts(queue: name) == [.done: 2])
    let keys = try await pool.execute("SELECT key FROM \(name) ORDER BY key").rows.map { try $0.decode(String.self, at: 0) }
    #expect(keys == ["current", "plain"])
  }
}
