import Foundation
import MeshMetrics
import MeshPostgres
import MeshPostgresTestSupport
import MeshStores
import Testing

/// The pool's and the queue's metrics against a real PostgreSQL: what a scrape reads from the pool and
/// the table, and what the consumers count as they go.
@Suite(.postgresCluster) struct QueueMetricsTests {
  /// The value of the sample `name{labels}` in an exposition.
  static func sample(_ text: String, _ series: String) -> Double? {
    text.split(separator: "\n").first { $0.hasPrefix(series + " ") }.flatMap { Double($0.split(separator: " ").last ?? "") }
  }

  @Test("the pool reports connections in use and idle, waits and statement times")
  func poolMetrics() async throws {
    let registry = MetricsRegistry()
    let migrated = try await TestCluster.shared.migratedPool()
    var configuration = migrated.configuration
    migrated.close()
    configuration.applicationName = "metrics_test"
    let pool = PostgresPool(configuration: configuration, maxConnections: 1, metrics: registry)
    defer { pool.close() }
    try await pool.execute("SELECT 1")
    let held = try await pool.acquire()
    let waiter = Task { try await pool.execute("SELECT 2") }
    // The second caller waits for the only connection: the scrape sees it waiting, and it in use.
    var text = ""
    for _ in 0..<100 {
      await registry.collect()
      text = registry.exposition()
      if Self.sample(text, #"mesh_db_pool_waiting{pool="metrics_test"}"#) == 1 { break }
      try await Task.sleep(for: .milliseconds(20))
    }
    #expect(Self.sample(text, #"mesh_db_pool_waiting{pool="metrics_test"}"#) == 1, "\(text)")
    #expect(Self.sample(text, #"mesh_db_pool_connections{pool="metrics_test",state="in_use"}"#) == 1, "\(text)")
    #expect(Self.sample(text, #"mesh_db_pool_max_connections{pool="metrics_test"}"#) == 1, "\(text)")
    pool.release(held)
    _ = try await waiter.value
    await registry.collect()
    text = registry.exposition()
    #expect(Self.sample(text, #"mesh_db_pool_waits_total{pool="metrics_test"}"#) == 1, "\(text)")
    // One connection opened: the waiter was handed the released one, not a new one.
    #expect(Self.sample(text, #"mesh_db_pool_connections_opened_total{pool="metrics_test"}"#) == 1, "\(text)")
    #expect(Self.sample(text, #"mesh_db_pool_wait_seconds_count{pool="metrics_test"}"#) == 1, "\(text)")
    #expect(Self.sample(text, #"mesh_db_pool_connections{pool="metrics_test",state="idle"}"#) == 1, "\(text)")
    #expect(Self.sample(text, #"mesh_db_pool_waiting{pool="metrics_test"}"#) == 0, "\(text)")
    // SELECT 1 and SELECT 2 (the connection's set-up statement runs before the pool hands it out).
    #expect(Self.sample(text, #"mesh_db_statement_duration_seconds_count{pool="metrics_test"}"#) == 2, "\(text)")
  }

  @Test("a scrape reads depth, oldest age and dead letters; consumers count redeliveries and dead-letterings")
  func queueMetrics() async throws {
    let registry = MetricsRegistry()
    let pool = try await TestCluster.shared.migratedPool()
    let queue = PostgresDurableQueue(pool: pool, policy: QueuePolicy(maxAttempts: 2, baseBackoff: .milliseconds(10)),
                                     pollInterval: .milliseconds(50))
    defer { queue.stop(); pool.close() }
    let name = "metrics_" + UUID().uuidString.prefix(8).lowercased()
    let metrics = QueueMetrics(queue: name, registry: registry)
    metrics.attach(pool: pool, queue: name, registry: registry)
    for key in ["a", "b", "c"] { _ = try await queue.enqueue(Array(key.utf8), queue: name, idempotencyKey: key) }
    try await Task.sleep(for: .milliseconds(20))
    await registry.collect()
    var text = registry.exposition()
    #expect(Self.sample(text, #"mesh_queue_depth{queue="\#(name)",state="ready"}"#) == 3, "\(text)")
    #expect(Self.sample(text, #"mesh_queue_depth{queue="\#(name)",state="inflight"}"#) == 0, "\(text)")
    #expect((Self.sample(text, #"mesh_queue_oldest_message_age_seconds{queue="\#(name)"}"#) ?? 0) > 0, "\(text)")
    #expect(Self.sample(text, #"mesh_queue_dead_messages{queue="\#(name)"}"#) == 0, "\(text)")

    // "b" fails every time: delivered twice (one redelivery), then dead; the others succeed.
    let consumer = Task {
      await queue.consume(queue: name, concurrency: 1, visibilityTimeout: .seconds(5), metrics: metrics) { message, _ in
        if message.payload == Array("b".utf8) { throw HandlerFailure() }
      }
    }
    for _ in 0..<200 {
      await registry.collect()
      text = registry.exposition()
      if Self.sample(text, #"mesh_queue_dead_messages{queue="\#(name)"}"#) == 1,
         Self.sample(text, #"mesh_queue_depth{queue="\#(name)",state="ready"}"#) == 0 { break }
      try await Task.sleep(for: .milliseconds(50))
    }
    consumer.cancel()
    await consumer.value
    #expect(Self.sample(text, #"mesh_queue_dead_messages{queue="\#(name)"}"#) == 1, "\(text)")
    #expect(Self.sample(text, #"mesh_queue_dead_letters_total{queue="\#(name)"}"#) == 1, "\(text)")
    #expect(Self.sample(text, #"mesh_queue_redeliveries_total{queue="\#(name)"}"#) == 1, "\(text)")
    #expect(Self.sample(text, #"mesh_queue_handled_total{queue="\#(name)",outcome="ok"}"#) == 2, "\(text)")
    #expect(Self.sample(text, #"mesh_queue_handled_total{queue="\#(name)",outcome="failed"}"#) == 2, "\(text)")
    #expect(Self.sample(text, #"mesh_queue_depth{queue="\#(name)",state="ready"}"#) == 0, "\(text)")
  }
}

/// What the test's handler throws for the message that always fails.
struct HandlerFailure: Error {}
