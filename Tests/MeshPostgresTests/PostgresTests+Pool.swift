import Foundation
import MeshPostgres
import Testing

extension PostgresTests {
  @Test func listenerComesBackAfterItsBackendIsKilled() async throws {
    let cluster = try TestCluster.shared
    let listener = try PostgresListener(configuration: cluster.embedded.configuration, channels: ["mesh_reconnect"])
    defer { listener.stop() }
    let pool = cluster.pool()
    defer { pool.close() }
    var notes = listener.notifications.makeAsyncIterator()
    // Notify until the listener is connected and hears one.
    let sender = Task {
      while !Task.isCancelled {
        try await pool.execute("SELECT pg_notify($1, $2)", ["mesh_reconnect", "before"])
        try await Task.sleep(for: .milliseconds(50))
      }
    }
    #expect(await notes.next()?.payload == "before")
    sender.cancel()
    let killed = try await pool.execute(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE $1", ["LISTEN \"mesh_reconnect\"%"])
    #expect(killed.rows.count == 1)
    // After reconnecting it says it may have missed messages (empty payload), then hears new ones.
    let again = Task {
      while !Task.isCancelled {
        try await pool.execute("SELECT pg_notify($1, $2)", ["mesh_reconnect", "after"])
        try await Task.sleep(for: .milliseconds(50))
      }
    }
    defer { again.cancel() }
    var sawReconnect = false
    while let note = await notes.next() {
      if note.payload.isEmpty { sawReconnect = true }
      if note.payload == "after" { break }
    }
    #expect(sawReconnect)
  }

  @Test func manyTasksShareABoundedPool() async throws {
    let pool = try TestCluster.shared.pool(max: 3)
    defer { pool.close() }
    let sum = try await withThrowingTaskGroup(of: Int.self) { group in
      for i in 0..<60 {
        group.addTask { try await pool.execute("SELECT $1::int8 * 2", [i]).first!.decode(Int.self, at: 0) }
      }
      return try await group.reduce(0, +)
    }
    #expect(sum == (0..<60).reduce(0, +) * 2)
    #expect(pool.openConnections <= 3)
  }
}
