import Foundation
import MeshCrypto
import MeshPostgres
import MeshPostgresTestSupport
import MeshStores
import Testing

extension StoresTests {
  /// A reply, its redacted copy, its extras and its announcement in one statement: all of it commits
  /// together and the NOTIFY comes after the commit; a reply stored before without extras gets them (and
  /// its announcement) and keeps its id; another user's conversation is refused.
  @Test func replyWithItsExtrasAndAnnouncementInOneStatement() async throws {
    let pool = try await TestCluster.shared.migratedPool()
    defer { pool.close() }
    let store = PostgresChatHistoryStore(pool: pool, keyring: try Self.keyring(keys: [AEADKey.random(id: "k1")]))
    let conversation = try await store.createConversation(userID: "u-reply", title: "")
    let channel = "reply_test_\(UUID().uuidString.prefix(8).lowercased())"
    let listener = try PostgresListener(configuration: pool.configuration, channels: [channel])
    defer { listener.stop() }
    var notifications = listener.notifications.makeAsyncIterator()
    #expect(await notifications.next()?.payload == "")  // the LISTEN is in place
    func record(_ payload: String) -> PostgresChatHistoryStore.ReplyRecord {
      .init(intent: "order_status", richJSON: #"{"orderID":"ORD-1"}"#, channel: channel, payload: payload)
    }

    let reply = try await pool.withTransaction { connection in
      try await store.appendReply("Your order ORD-1 ships today, ann@example.com", conversationID: conversation.id, userID: "u-reply",
                                  clientMessageID: "reply:c1", record: record("turn-1"), on: connection)
    }
    #expect(await notifications.next()?.payload == "turn-1")
    let stored = try await pool.execute("""
      SELECT e.intent, e.rich->>'orderID', a.body_redacted FROM chat_reply_extras e JOIN chat_analytics a USING (message_id)
      WHERE e.message_id = $1
      """, [reply.id]).first
    #expect(try stored?.decode(String.self, at: 0) == "order_status")
    #expect(try stored?.decode(String.self, at: 1) == "ORD-1")
    #expect(try stored?.decode(String.self, at: 2).contains("ann@example.com") == false)
    let page = try await store.messages(conversationID: conversation.id, userID: "u-reply")
    #expect(page.messages.map(\.body) == ["Your order ORD-1 ships today, ann@example.com"])

    let earlier = try await store.append("stored before", role: .assistant, conversationID: conversation.id, userID: "u-reply",
                                         clientMessageID: "reply:c2")
    let again = try await pool.withTransaction { connection in
      try await store.appendReply("stored before", conversationID: conversation.id, userID: "u-reply", clientMessageID: "reply:c2",
                                  record: record("turn-2"), on: connection)
    }
    #expect(again.id == earlier.id)
    #expect(await notifications.next()?.payload == "turn-2")
    #expect(try await pool.execute("SELECT count(*) FROM chat_reply_extras WHERE message_id = $1", [earlier.id]).first?
      .decode(Int.self, at: 0) == 1)

    await #expect(throws: StoreError.self) {
      try await pool.withTransaction { connection in
        try await store.appendReply("not yours", conversationID: conversation.id, userID: "intruder", clientMessageID: "reply:c3",
                                    record: record("turn-3"), on: connection)
      }
    }
  }

  /// The reply's statement with the transaction's COMMIT (`committing`): the reply, its extras and the
  /// transaction's earlier writes commit and the announcement follows; where a message is stored under the
  /// reply's id already, the statement fails and nothing of the transaction commits (no announcement).
  @Test func replyWithTheCommitInOneRoundTrip() async throws {
    let pool = try await TestCluster.shared.migratedPool()
    defer { pool.close() }
    let store = PostgresChatHistoryStore(pool: pool, keyring: try Self.keyring(keys: [AEADKey.random(id: "k1")]))
    let conversation = try await store.createConversation(userID: "u-commit", title: "")
    let channel = "reply_commit_\(UUID().uuidString.prefix(8).lowercased())"
    let listener = try PostgresListener(configuration: pool.configuration, channels: [channel])
    defer { listener.stop() }
    var notifications = listener.notifications.makeAsyncIterator()
    #expect(await notifications.next()?.payload == "")  // the LISTEN is in place
    func record(_ payload: String) -> PostgresChatHistoryStore.ReplyRecord {
      .init(intent: "greeting", richJSON: "{}", channel: channel, payload: payload)
    }
    let reply = try await pool.withTransaction { connection in
      _ = try await store.append("hello", role: .user, conversationID: conversation.id, userID: "u-commit", clientMessageID: "c1",
                             on: connection)
      let reply = try await store.appendReply("Hello!", conversationID: conversation.id, userID: "u-commit", clientMessageID: "reply:c1",
                                              record: record("turn-1"), on: connection, committing: true)
      #expect(!connection.isInTransaction)
      return reply
    }
    #expect(await notifications.next()?.payload == "turn-1")
    #expect(try await pool.execute("SELECT count(*) FROM chat_reply_extras WHERE message_id = $1", [reply.id]).first?
      .decode(Int.self, at: 0) == 1)

    _ = try await store.append("stored before", role: .assistant, conversationID: conversation.id, userID: "u-commit",
                               clientMessageID: "reply:c2")
    do {
      try await pool.withTransaction { connection in
        _ = try await store.append("again", role: .user, conversationID: conversation.id, userID: "u-commit", clientMessageID: "c2",
                               on: connection)
        try await store.appendReply("a second reply", conversationID: conversation.id, userID: "u-commit", clientMessageID: "reply:c2",
                                    record: record("turn-2"), on: connection, committing: true)
      }
      Issue.record("a second reply under one id committed")
    } catch let error as PostgresError {
      #expect(error.sqlState == "22012")
    }
    let page = try await store.messages(conversationID: conversation.id, userID: "u-commit")
    #expect(page.messages.map(\.body) == ["hello", "Hello!", "stored before"])
    // The next announcement is a later one: the failed transaction sent none.
    try await pool.execute("SELECT pg_notify($1, 'after')", [channel])
    #expect(await notifications.next()?.payload == "after")
  }
}
