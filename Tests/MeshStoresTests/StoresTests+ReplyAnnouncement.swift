import Foundation
import MeshCrypto
import MeshPostgres
import MeshPostgresTestSupport
import MeshStores
import Testing

extension StoresTests {
  /// A reply stored with `carriesReply` is announced with itself: the listener gets the turn's key and a
  /// reply that opens to the stored message (id, time, body, extras) without reading it; one too large for
  /// a NOTIFY goes with the bare key, and so does a reply stored before.
  @Test func aReplyTravelsInItsAnnouncement() async throws {
    let pool = try await TestCluster.shared.migratedPool()
    defer { pool.close() }
    let store = PostgresChatHistoryStore(pool: pool, keyring: try Self.keyring(keys: [AEADKey.random(id: "k1")]))
    let conversation = try await store.createConversation(userID: "u-announce", title: "")
    let channel = "announce_test_\(UUID().uuidString.prefix(8).lowercased())"
    let listener = try PostgresListener(configuration: pool.configuration, channels: [channel])
    defer { listener.stop() }
    var notifications = listener.notifications.makeAsyncIterator()
    #expect(await notifications.next()?.payload == "")  // the LISTEN is in place
    func storeReply(_ body: String, _ client: String, key: String) async throws -> ChatMessage {
      let record = PostgresChatHistoryStore.ReplyRecord(intent: "order_status", richJSON: #"{"orderID":"ORD-1"}"#, channel: channel,
                                                        payload: key, carriesReply: true)
      return try await pool.withTransaction { connection in
        try await store.appendReply(body, conversationID: conversation.id, userID: "u-announce", clientMessageID: client,
                                    record: record, on: connection)
      }
    }

    // A key with a line feed and a colon in the client's part still comes back whole.
    let key = "\(conversation.id.uuidString.lowercased()):c1\nwith: a line feed"
    let stored = try await storeReply("Your order ORD-1 ships today", "reply:c1", key: key)
    let payload = try #require(await notifications.next()?.payload)
    let (announced, reply) = ReplyAnnouncement.parse(payload)
    #expect(announced == key)
    let carried = try #require(reply)
    #expect(carried.intent == "order_status" && carried.richJSON == #"{"orderID":"ORD-1"}"#)
    let opened = try store.message(from: carried, conversationID: conversation.id, userID: "u-announce")
    #expect(opened.id == stored.id && opened.body == "Your order ORD-1 ships today" && opened.role == .assistant)
    #expect(abs(opened.createdAt.timeIntervalSince(stored.createdAt)) < 0.000_01)
    // Another user's id does not open it (the associated data binds it to its owner).
    #expect(throws: StoreError.self) { try store.message(from: carried, conversationID: conversation.id, userID: "intruder") }

    // Too large for a NOTIFY: the key goes alone, and the reply is stored all the same.
    let long = String(repeating: "a long reply ", count: 500)
    let large = try await storeReply(long, "reply:c2", key: "turn-2")
    #expect(await notifications.next()?.payload == "turn-2")
    #expect(try await store.messages(conversationID: conversation.id, userID: "u-announce").messages.map(\.id).contains(large.id))

    // A bare key, or a payload that does not parse, announces without a reply.
    let bare = ReplyAnnouncement.parse("turn-3")
    #expect(bare.key == "turn-3" && bare.reply == nil)
    #expect(ReplyAnnouncement.parse("\u{2}99:short").reply == nil)
    let malformed = ReplyAnnouncement.parse("\u{2}4:abcd12\nnot a time\nk1\n\nx\n{}")
    #expect(malformed.key == "abcd" && malformed.reply == nil)
  }
}
