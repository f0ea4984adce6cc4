import Foundation
import MeshMetrics
import MeshPostgres
import MeshPostgresTestSupport
import MeshStores
import Synchronization
import Testing

extension DurableQueueTests {
  /// A consumer with a floor of 2 and a ceiling of 6 whose handlers wait (as the processor's wait on gRPC
  /// calls): with 6 messages queued, 6 handlers run at once (a fixed count of 2 would hold 4 back), each
  /// message is done once, and with the backlog gone the workers retire to the floor.
  @Test func workersFollowTheBacklogBetweenFloorAndCeiling() async throws {
    // Each running handler holds a connection for its transaction: room for six, the receivers and the test's reads.
    let pool = try await TestCluster.shared.migratedPool(max: 10)
    let queue = PostgresDurableQueue(pool: pool, pollInterval: .milliseconds(200))
    defer { queue.stop(); pool.close() }
    let name = "scaled_\(UUID().uuidString.prefix(8).lowercased())"
    try await pool.execute("CREATE TABLE \(name) (key text NOT NULL)")
    let registry = MetricsRegistry()
    let metrics = QueueMetrics(queue: name, registry: registry)
    let handlers = HeldHandlers()
    for i in 0..<6 { _ = try await queue.enqueue(Array("m\(i)".utf8), queue: name, idempotencyKey: "m\(i)") }
    let consumer = Task {
      await queue.consume(queue: name, concurrency: 2, maxConcurrency: 6, idleWait: .milliseconds(500), metrics: metrics,
                          carryingMark: { message, _, connection in
                            handlers.inFlight.withLock { $0.now += 1; $0.most = max($0.most, $0.now) }
                            // Held until the test opens the gate (or its cap passes): a handler that waits.
                            for _ in 0..<6000 where !handlers.gate.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(20)) }
                            handlers.inFlight.withLock { $0.now -= 1 }
                            try await connection.execute("INSERT INTO \(name) VALUES ($1)", [String(decoding: message.payload, as: UTF8.self)])
                          },
                          committed: { _, _ in })
    }
    let grew = try await Self.eventually { handlers.inFlight.withLock { $0.now } == 6 }
    #expect(grew, "in flight at most \(handlers.inFlight.withLock { $0.most }) of 6")
    handlers.gate.withLock { $0 = true }
    let drained = try await Self.eventually { try await queue.counts(queue: name) == [.done: 6] }
    #expect(drained)
    let gauge = registry.gauge("mesh_queue_consumer_workers", help: "", labels: ["queue"]).labels(name)
    let retired = try await Self.eventually { gauge.value == 2 }
    #expect(retired, "workers: \(gauge.value)")
    consumer.cancel()
    await consumer.value
    #expect(handlers.inFlight.withLock { $0.most } == 6)
    let row = try await pool.execute("SELECT count(*), count(DISTINCT key) FROM \(name)").first
    #expect(try row?.decode(Int.self, at: 0) == 6)
    #expect(try row?.decode(Int.self, at: 1) == 6)
  }
}

/// What the scaling test's handlers share: how many run now and at most, and the gate that holds them.
private final class HeldHandlers: Sendable {
  let inFlight = Mutex((now: 0, most: 0))
  let gate = Mutex(false)
}
