import Foundation
import MeshPostgres
import MeshPostgresTestSupport
import MeshStores
import Synchronization
import Testing

extension DurableQueueTests {
  /// A commit that fails with a serialization failure (a deferred trigger raises SQLSTATE 40001 at the
  /// first COMMIT, as a conflict found at commit does) is retried: the handler runs twice for the one
  /// delivery, and `committed` runs once, after the commit that held, with the last run's outcome.
  @Test func committedRunsOnceWhenTheCommitIsRetried() async throws {
    let (queue, pool) = try await makeQueue()
    defer { queue.stop(); pool.close() }
    let table = "commit_retry_\(UUID().uuidString.prefix(8).lowercased())"
    try await pool.execute("CREATE TABLE \(table) (key text NOT NULL)")
    // A sequence, not a table, counts the commits: it does not roll back with the failed one.
    try await pool.execute("CREATE SEQUENCE \(table)_commits")
    try await pool.execute("""
      CREATE FUNCTION \(table)_conflict_once() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF nextval('\(table)_commits') = 1 THEN
          RAISE EXCEPTION 'a conflict found at commit' USING ERRCODE = 'serialization_failure';
        END IF;
        RETURN NULL;
      END $$
      """)
    try await pool.execute("""
      CREATE CONSTRAINT TRIGGER \(table)_at_commit AFTER INSERT ON \(table) DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW EXECUTE FUNCTION \(table)_conflict_once()
      """)
    let name = table
    _ = try await queue.enqueue(Array("m".utf8), queue: name, idempotencyKey: "m")
    let runs = Atomic<Int>(0)
    let committed = Mutex<[Int]>([])
    let consumer = Task {
      await queue.consume(queue: name, concurrency: 1,
                          handler: { _, connection in
                            let run = runs.add(1, ordering: .relaxed).newValue
                            try await connection.execute("INSERT INTO \(name) VALUES ($1)", ["run \(run)"])
                            return run
                          },
                          committed: { _, run in committed.withLock { $0.append(run) } })
    }
    _ = try await Self.eventually { try await queue.counts(queue: name)[.done] == 1 }
    consumer.cancel()
    await consumer.value
    #expect(try await queue.counts(queue: name) == [.done: 1])
    #expect(runs.load(ordering: .relaxed) == 2)
    #expect(committed.withLock { $0 } == [2])
    #expect(try await pool.execute("SELECT key FROM \(table)").rows.map { try $0.decode(String.self, at: 0) } == ["run 2"])
  }
}
