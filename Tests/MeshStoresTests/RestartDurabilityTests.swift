import Foundation
import MeshCrypto
import MeshPostgres
import MeshPostgresTestSupport
import MeshStores
import Testing

/// Acknowledged writes, and the keys a test has seen acknowledged.
private actor Ledger {
  var acknowledged: Set<String> = []
  var chatAcknowledged: [String: Int64] = [:]
  var errors: [String] = []

  func ack(_ key: String) { acknowledged.insert(key) }
  func ackChat(_ key: String, id: Int64) { chatAcknowledged[key] = id }
  func record(_ error: any Error) { errors.append("\(type(of: error)): \(error)") }
}

@Suite(.durablePostgresCluster, .serialized) struct RestartDurabilityTests {
  @Test func nothingAcknowledgedIsLostAcrossACrashRestart() async throws {
    let cluster = try TestCluster.shared
    let pool = PostgresPool(configuration: cluster.configuration, maxConnections: 6, acquireTimeout: .seconds(30))
    defer { pool.close() }
    try await StoreMigrations.migrate(pool)
    try await pool.execute("CREATE TABLE processed (key text NOT NULL, at timestamptz NOT NULL DEFAULT now())")
    let queue = PostgresDurableQueue(pool: pool, policy: QueuePolicy(maxAttempts: 50, baseBackoff: .milliseconds(50)),
                                     pollInterval: .milliseconds(200))
    defer { queue.stop() }
    let chat = PostgresChatHistoryStore(pool: pool, keyring: try Keyring(keys: [AEADKey.random(id: "k")], currentKeyID: "k"))
    let conversation = try await chat.createConversation(userID: "load", title: "restart")
    let ledger = Ledger()
    let producers = 3
    let perProducer = 120
    let total = producers * perProducer

    // Producers retry each write until it is acknowledged; idempotency keys make the retries safe.
    let production = Task {
      try await withThrowingTaskGroup(of: Void.self) { group in
        for p in 0..<producers {
          group.addTask {
            for n in 0..<perProducer {
              let key = "p\(p)-\(n)"
              while true {
                do {
                  _ = try await queue.enqueue(Array(key.utf8), queue: "restart", idempotencyKey: key)
                  await ledger.ack(key)
                  let message = try await chat.append("body of \(key)", role: .user, conversationID: conversation.id,
                                                       userID: "load", clientMessageID: key)
                  await ledger.ackChat(key, id: message.id)
                  break
                } catch {
                  await ledger.record(error)
                  try await Task.sleep(for: .milliseconds(20))
                }
              }
            }
          }
        }
        try await group.waitForAll()
      }
    }

    // Consumers complete each message in the same transaction as their own write.
    let consumption = Task {
      await withTaskGroup(of: Void.self) { group in
        for _ in 0..<3 {
          group.addTask {
            while !Task.isCancelled {
              do {
                let batch = try await queue.receive(queue: "restart", limit: 5, visibilityTimeout: .seconds(2), wait: .milliseconds(500))
                for message in batch {
                  try await queue.complete(message) { connection in
                    try await connection.execute("INSERT INTO processed (key) VALUES ($1)",
                                                 [String(decoding: message.payload, as: UTF8.self)])
                  }
                }
              } catch {
                // The test cancels the consumers at the end; that is not a failure.
                if Task.isCancelled { return }
                await ledger.record(error)
                try? await Task.sleep(for: .milliseconds(20))
              }
            }
          }
        }
      }
    }

    // Crash the server (immediate stop: no checkpoint, recovery from WAL) once a third is acknowledged.
    while await ledger.acknowledged.count < total / 3 { try await Task.sleep(for: .milliseconds(20)) }
    try await cluster.embedded.stop(mode: "immediate")
    try await Task.sleep(for: .milliseconds(500))
    try await cluster.embedded.start()

    try await production.value
    var done = 0
    for _ in 0..<600 where done < total {
      done = try await queue.counts(queue: "restart")[.done] ?? 0
      if done < total { try await Task.sleep(for: .milliseconds(100)) }
    }
    consumption.cancel()
    await consumption.value

    let acknowledged = await ledger.acknowledged
    let chatAcknowledged = await ledger.chatAcknowledged
    let errors = await ledger.errors
    print("restart test: \(acknowledged.count) enqueues and \(chatAcknowledged.count) chat messages acknowledged, "
          + "\(errors.count) transient errors while the server was down")
    #expect(acknowledged.count == total)
    #expect(done == total)
    // Every error the callers saw was typed: a PostgreSQL error or a lost lease.
    let untyped = errors.filter { !$0.hasPrefix("PostgresError") && !$0.hasPrefix("StoreError") }
    #expect(untyped.isEmpty, "\(untyped.prefix(5))")

    let stored = Set(try await pool.execute("SELECT idempotency_key FROM queue_messages WHERE queue = 'restart'").rows
      .map { try $0.decode(String.self, at: 0) })
    #expect(acknowledged.isSubset(of: stored))
    let processed = try await pool.execute("SELECT count(*), count(DISTINCT key) FROM processed").first
    #expect(try processed?.decode(Int.self, at: 0) == total, "a message was processed to completion twice")
    #expect(try processed?.decode(Int.self, at: 1) == total)

    var ids: Set<Int64> = []
    var cursor: Int64? = nil
    repeat {
      let page = try await chat.messages(conversationID: conversation.id, userID: "load", after: cursor, limit: 100)
      ids.formUnion(page.messages.map(\.id))
      cursor = page.nextCursor
    } while cursor != nil
    #expect(Set(chatAcknowledged.values).isSubset(of: ids))
    #expect(ids.count == total)
  }
}
