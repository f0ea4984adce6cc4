import Foundation
import MeshCrypto
import MeshPostgres
import MeshPostgresTestSupport
import MeshStores
import Testing

extension StoresTests {
  /// The payload of the tests' turns: a JSON object naming the stored message.
  private struct Turn: Codable, Equatable {
    var messageID: Int64
    var note: String
  }

  /// A chat store and a queue over `pool`, a conversation of `u1`, and the turn of `key` whose payload carries `note`.
  private func stores(_ pool: PostgresPool, key: String, note: String) async throws
    -> (chat: PostgresChatHistoryStore, queue: PostgresDurableQueue, conversation: Conversation, turn: PostgresChatHistoryStore.MessageTurn)
  {
    let chat = PostgresChatHistoryStore(pool: pool, keyring: try Self.keyring(keys: [AEADKey.random(id: "k1")]))
    let queue = PostgresDurableQueue(pool: pool)
    let conversation = try await chat.createConversation(userID: "u1", title: "")
    let turn = PostgresChatHistoryStore.MessageTurn(queue: queue, name: "turns", idempotencyKey: key, messageIDField: "messageID") {
      Array(try JSONEncoder().encode(Turn(messageID: $0, note: note)))
    }
    return (chat, queue, conversation, turn)
  }

  @Test func aMessageAndItsTurnAreStoredByOneStatementOnce() async throws {
    let pool = try await TestCluster.shared.isolatedPool()
    defer { pool.close() }
    let (chat, queue, conversation, turn) = try await stores(pool, key: "key-1", note: "a/b \"quoted\" é")
    defer { queue.stop() }

    let (first, enqueued) = try await chat.appendEnqueuing("where is my order?", role: .user, conversationID: conversation.id,
                                                           userID: "u1", clientMessageID: "c1", turn: turn)
    #expect(enqueued)
    #expect(first.body == "where is my order?")
    // The queued payload names the stored message, and everything else in it is what the caller encoded.
    let delivered = try await queue.dequeue(queue: "turns", limit: 10)
    #expect(delivered.count == 1)
    #expect(try JSONDecoder().decode(Turn.self, from: Data(delivered[0].payload)) == Turn(messageID: first.id, note: "a/b \"quoted\" é"))
    #expect(try await chat.analyticsCopies(conversationID: conversation.id).count == 1)

    // Again (a client's retry, or a statement repeated after a lost connection): the same message, no second turn.
    let (again, enqueuedAgain) = try await chat.appendEnqueuing("where is my order?", role: .user, conversationID: conversation.id,
                                                                userID: "u1", clientMessageID: "c1", turn: turn)
    #expect(!enqueuedAgain)
    #expect(again.id == first.id)
    let counted = try await pool.execute("SELECT count(*) FROM queue_messages WHERE queue = 'turns'").first
    #expect(try counted?.decode(Int64.self, at: 0) == 1)
    #expect(try await chat.messages(conversationID: conversation.id, userID: "u1").messages.count == 1)

    // Someone else's conversation: nothing is stored or enqueued.
    let foreign = PostgresChatHistoryStore.MessageTurn(queue: queue, name: "turns", idempotencyKey: "key-2", messageIDField: "messageID") {
      Array(try JSONEncoder().encode(Turn(messageID: $0, note: "")))
    }
    await #expect(throws: StoreError.self) {
      _ = try await chat.appendEnqueuing("hi", role: .user, conversationID: conversation.id, userID: "u2", clientMessageID: "c2",
                                         turn: foreign)
    }
    let all = try await pool.execute("SELECT count(*) FROM queue_messages").first
    #expect(try all?.decode(Int64.self, at: 0) == 1)
  }

  /// A message whose reply will flush it (`flushedByTheReply`) is stored and enqueued as any other, once; its
  /// relaxed commit is its own transaction's only: the connection's next transactions commit synchronously.
  @Test func aMessageFlushedByItsReplyIsStoredOnceAndRelaxesNothingElse() async throws {
    let pool = try await TestCluster.shared.isolatedPool(max: 1)
    defer { pool.close() }
    let (chat, queue, conversation, turn) = try await stores(pool, key: "key-r", note: "relaxed")
    defer { queue.stop() }
    for attempt in 0..<2 {
      let (stored, enqueued) = try await chat.appendEnqueuing("hello", role: .user, conversationID: conversation.id, userID: "u1",
                                                              clientMessageID: "c-r", turn: turn, flushedByTheReply: true)
      #expect(enqueued == (attempt == 0))
      #expect(stored.body == "hello")
      let setting = try await pool.execute("SELECT current_setting('synchronous_commit')").first
      #expect(try setting?.decode(String.self, at: 0) == "on")
    }
    let delivered = try await queue.dequeue(queue: "turns", limit: 10)
    #expect(delivered.count == 1)
    #expect(try await chat.messages(conversationID: conversation.id, userID: "u1").messages.map(\.body) == ["hello"])
  }
}
