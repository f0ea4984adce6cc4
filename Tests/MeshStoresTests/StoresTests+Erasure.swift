import MeshCrypto
import MeshPostgres
import MeshPostgresTestSupport
import MeshStores
import Testing

extension StoresTests {
  @Test func erasureRemovesAUserFromEveryStoreAndIsAudited() async throws {
    let pool = try await TestCluster.shared.isolatedPool()
    defer { pool.close() }
    let chat = PostgresChatHistoryStore(pool: pool, keyring: try Self.keyring(keys: [AEADKey.random(id: "k1")]))
    let sessions = PostgresSessionStore(pool: pool)
    let preferences = PostgresPreferencesStore(pool: pool)
    let audit = PostgresAuditLog(pool: pool)
    let conversation = try await chat.createConversation(userID: "erase-me", title: "")
    _ = try await chat.append("hello", role: .user, conversationID: conversation.id, userID: "erase-me", clientMessageID: nil)
    _ = try await sessions.create(userID: "erase-me", ttl: .seconds(60), data: [:])
    try await preferences.save(UserPreferences(userID: "erase-me", language: "de"))
    let keep = try await sessions.create(userID: "someone-else", ttl: .seconds(60), data: [:])
    let report = try await UserDataDeletion.deleteAll(userID: "erase-me", pool: pool, audit: audit)
    #expect(report.conversations == 1 && report.messages == 1 && report.sessions == 1 && report.preferences)
    #expect(try await chat.conversations(userID: "erase-me", limit: 10).isEmpty)
    #expect(try await preferences.preferences(userID: "erase-me").language == "en")
    #expect(try await sessions.get(keep.id) != nil)
    let last = try await audit.entries(after: 0, limit: 1000).last
    #expect(last?.action == "user.erase")
    #expect(last?.subject == "user/erase-me")
  }
}
