import Foundation
import MeshCrypto
import MeshPostgres
import MeshPostgresTestSupport
import MeshStores
import Testing

@Suite(.postgresCluster) struct StoresTests {
  static func keyring(current: String = "k1", keys: [AEADKey]) throws -> Keyring {
    try Keyring(keys: keys, currentKeyID: current)
  }

  @Test func chatBodiesAreEncryptedPagedAndRotatable() async throws {
    let pool = try await TestCluster.shared.migratedPool()
    defer { pool.close() }
    let k1 = AEADKey.random(id: "k1")
    let k2 = AEADKey.random(id: "k2")
    let store = PostgresChatHistoryStore(pool: pool, keyring: try Self.keyring(keys: [k1]))
    let conversation = try await store.createConversation(userID: "u-chat", title: "shoes")
    let secret = "my card is 4111 1111 1111 1111, mail me at ann@example.com"
    _ = try await store.append(secret, role: .user, conversationID: conversation.id, userID: "u-chat", clientMessageID: nil)
    for i in 1..<25 {
      _ = try await store.append("message \(i)", role: i % 2 == 0 ? .user : .assistant, conversationID: conversation.id,
                                 userID: "u-chat", clientMessageID: nil)
    }
    // The stored bytes are not the plaintext.
    let raw = try await pool.execute("SELECT body_sealed, key_id FROM chat_messages WHERE conversation_id = $1::uuid ORDER BY id LIMIT 1",
                                     [conversation.id]).first
    let sealed = try #require(try raw?.decode([UInt8].self, at: 0))
    #expect(!String(decoding: sealed, as: UTF8.self).contains("4111"))
    #expect(try raw?.decode(String.self, at: 1) == "k1")
    // The analytics copy is redacted.
    let copies = try await store.analyticsCopies(conversationID: conversation.id)
    #expect(copies.first == "my card is [CARD], mail me at [EMAIL]")
    // Rotate: new messages use k2, old ones still open.
    let rotated = PostgresChatHistoryStore(pool: pool, keyring: try Self.keyring(current: "k2", keys: [k1, k2]))
    let newer = try await rotated.append("after rotation", role: .user, conversationID: conversation.id, userID: "u-chat",
                                         clientMessageID: nil)
    #expect(newer.keyID == "k2")
    var bodies: [String] = []
    var cursor: Int64? = nil
    var pages = 0
    repeat {
      let page = try await rotated.messages(conversationID: conversation.id, userID: "u-chat", after: cursor, limit: 10)
      bodies += page.messages.map(\.body)
      cursor = page.nextCursor
      pages += 1
    } while cursor != nil
    #expect(pages == 3)
    #expect(bodies.count == 26)
    #expect(bodies.first == secret)
    #expect(bodies.last == "after rotation")
    // Without k2 the newest message cannot be opened: a typed error, not garbage.
    await #expect(throws: StoreError.self) {
      try await store.messages(conversationID: conversation.id, userID: "u-chat", after: nil, limit: 100)
    }
  }

  @Test func chatRefusesBadInputAndForeignConversations() async throws {
    let pool = try await TestCluster.shared.migratedPool()
    defer { pool.close() }
    let store = PostgresChatHistoryStore(pool: pool, keyring: try Self.keyring(keys: [AEADKey.random(id: "k1")]), maxBodyBytes: 100)
    let conversation = try await store.createConversation(userID: "owner", title: "")
    await #expect(throws: StoreError.valueTooLarge(field: "body", size: 101, limit: 100)) {
      try await store.append(String(repeating: "x", count: 101), role: .user, conversationID: conversation.id,
                             userID: "owner", clientMessageID: nil)
    }
    await #expect(throws: StoreError.self) {
      try await store.append("hi", role: .user, conversationID: conversation.id, userID: "intruder", clientMessageID: nil)
    }
    let nasty = "Robert'); DROP TABLE chat_messages;--"
    let first = try await store.append(nasty, role: .user, conversationID: conversation.id, userID: "owner", clientMessageID: "c1")
    let again = try await store.append(nasty, role: .user, conversationID: conversation.id, userID: "owner", clientMessageID: "c1")
    #expect(first.id == again.id)
    let page = try await store.messages(conversationID: conversation.id, userID: "owner", after: nil, limit: 10)
    #expect(page.messages.map(\.body) == [nasty])
    #expect(try await store.messages(conversationID: conversation.id, userID: "intruder", after: nil, limit: 10).messages.isEmpty)
  }

  @Test func deletingAUserRemovesTheirData() async throws {
    let pool = try await TestCluster.shared.migratedPool()
    defer { pool.close() }
    let store = PostgresChatHistoryStore(pool: pool, keyring: try Self.keyring(keys: [AEADKey.random(id: "k1")]))
    let mine = try await store.createConversation(userID: "leaver", title: "a")
    let other = try await store.createConversation(userID: "stayer", title: "b")
    for i in 0..<3 { _ = try await store.append("m\(i)", role: .user, conversationID: mine.id, userID: "leaver", clientMessageID: nil) }
    _ = try await store.append("keep", role: .user, conversationID: other.id, userID: "stayer", clientMessageID: nil)
    let deleted = try await store.deleteUserData(userID: "leaver")
    #expect(deleted.conversations == 1)
    #expect(deleted.messages == 3)
    #expect(try await store.conversations(userID: "leaver", limit: 10).isEmpty)
    #expect(try await store.analyticsCopies(conversationID: mine.id).isEmpty)
    #expect(try await store.messages(conversationID: other.id, userID: "stayer", after: nil, limit: 10).messages.count == 1)
  }

  @Test func sessionsExpire() async throws {
    let pool = try await TestCluster.shared.migratedPool()
    defer { pool.close() }
    let sessions = PostgresSessionStore(pool: pool, maxDataBytes: 200)
    // Two seconds: long enough that a loaded machine still reads it before it expires.
    let short = try await sessions.create(userID: "s-user", ttl: .seconds(2), data: ["cart": "42"])
    let long = try await sessions.create(userID: "s-user", ttl: .seconds(60), data: [:])
    #expect(short.id.count == 64)
    // The table holds no live token.
    #expect(try await pool.execute("SELECT count(*) FROM sessions WHERE id = $1", [short.id]).first?.decode(Int.self, at: 0) == 0)
    #expect(try await sessions.get(short.id)?.data == ["cart": "42"])
    #expect(try await sessions.update(long.id, data: ["locale": "fr"])?.data == ["locale": "fr"])
    try await Task.sleep(for: .milliseconds(2_200))
    #expect(try await sessions.get(short.id) == nil)
    #expect(try await sessions.touch(short.id, ttl: .seconds(60)) == nil)
    #expect(try await sessions.touch(long.id, ttl: .seconds(120)) != nil)
    #expect(try await sessions.purgeExpired() >= 1)
    #expect(try await sessions.get(long.id)?.userID == "s-user")
    await #expect(throws: StoreError.self) {
      try await sessions.create(userID: "s-user", ttl: .seconds(1), data: ["big": String(repeating: "x", count: 300)])
    }
    #expect(try await sessions.delete(long.id))
    #expect(try await sessions.get(long.id) == nil)
  }

  @Test func preferencesHaveTypedFieldsAndABag() async throws {
    let pool = try await TestCluster.shared.migratedPool()
    defer { pool.close() }
    let store = PostgresPreferencesStore(pool: pool, maxExtrasBytes: 200)
    #expect(try await store.preferences(userID: "p") == UserPreferences(userID: "p"))
    try await store.save(UserPreferences(userID: "p", language: "fr-CA", currency: "CAD", marketingOptIn: true,
                                         extras: ["sizes": .array([.number(42), .string("M")])]))
    let merged = try await store.mergeExtras(["theme": .string("dark"), "beta": .bool(true)], userID: "p")
    #expect(merged.language == "fr-CA")
    #expect(merged.marketingOptIn)
    #expect(merged.extras == ["sizes": .array([.number(42), .string("M")]), "theme": .string("dark"), "beta": .bool(true)])
    await #expect(throws: StoreError.self) { try await store.save(UserPreferences(userID: "p", currency: "dollars")) }
    await #expect(throws: StoreError.self) {
      try await store.mergeExtras(["blob": .string(String(repeating: "y", count: 190))], userID: "p")
    }
    #expect(try await store.preferences(userID: "p").extras["theme"] == .string("dark"))
    #expect(try await store.delete(userID: "p"))
  }

  @Test func auditChainDetectsEditsAndDeletions() async throws {
    let pool = try await TestCluster.shared.isolatedPool(max: 2)
    defer { pool.close() }
    let log = PostgresAuditLog(pool: pool, chainKey: Array("test-key".utf8))
    try await withThrowingTaskGroup(of: Void.self) { group in
      for i in 0..<10 {
        group.addTask { _ = try await log.append(actor: "svc-\(i % 3)", action: "order.refund", subject: "order/\(i)", details: "{}") }
      }
      try await group.waitForAll()
    }
    let intact = try await log.verify()
    #expect(intact.isIntact)
    #expect(intact.checkedRows == 10)
    // The table refuses changes.
    await #expect(throws: PostgresError.self) { try await pool.execute("UPDATE audit_log SET actor = 'x'") }
    await #expect(throws: PostgresError.self) { try await pool.execute("DELETE FROM audit_log") }
    // A superuser bypassing the triggers edits row 4: verification names it.
    try await pool.withConnection { connection in
      try await connection.execute("SET session_replication_role = replica")
      try await connection.execute("UPDATE audit_log SET details = 'forged' WHERE seq = 4")
      try await connection.execute("SET session_replication_role = origin")
    }
    let edited = try await log.verify()
    #expect(edited.firstBrokenSequence == 4)
    try await pool.withConnection { connection in
      try await connection.execute("SET session_replication_role = replica")
      try await connection.execute("DELETE FROM audit_log WHERE seq <= 4")
      try await connection.execute("SET session_replication_role = origin")
    }
    let deleted = try await log.verify()
    #expect(deleted.firstBrokenSequence == 5)
  }
}

@Suite struct RedactionTests {
  @Test(arguments: [
    ("call me on +1 415-555-0100", "call me on [PHONE]"),
    ("write to bob.smith+shop@mail.example.org now", "write to [EMAIL] now"),
    ("order 123 of size 42", "order 123 of size 42"),
  ])
  func analyticsCopiesUseThePIIDetector(input: String, expected: String) {
    #expect(Redaction.typedPlaceholders(input) == expected)
  }
}
