import Foundation
import MeshAuthService
import MeshPostgres
import MeshStores
import Testing

extension AuthSessionRevocationTests {
  /// A poll that finds nothing new keeps its cursor. Before, it jumped to the feed's newest sequence, read by a
  /// second statement: a revocation committed between the two was skipped, and its tokens kept passing the
  /// gateway (seen as a flaky gateway test). Here the newest row has expired, so the page is empty while a
  /// newer sequence exists: the cursor must stay where it was; a cursor past the newest (a new feed) goes back.
  @Test func anEmptyPageKeepsItsCursorAndANewFeedSendsItBack() async throws {
    let (_, pool) = try await AuthServer.makeProvider(try ServiceHarness.configuration(), pepper: Array(repeating: 7, count: 32))
    let inserted = try await pool.execute("""
      INSERT INTO auth_revocations (sid, expires_at) VALUES ($1, now() - interval '1 minute') RETURNING seq
      """, ["expired-\(UUID().uuidString.prefix(8))"])
    let sequence = try #require(try inserted.first?.decode(Int64.self, at: 0))

    let page = try await SignInSessions.feed(after: sequence - 1, limit: 10, pool: pool)
    if page.revocations.isEmpty {
      #expect(page.cursor == sequence - 1, "an empty page moved the cursor from \(sequence - 1) to \(page.cursor)")
    } else {  // another test of this process revoked a session meanwhile: the page carries it
      #expect(page.revocations.allSatisfy { $0.sequence > sequence })
      #expect(page.cursor == page.revocations.last?.sequence)
    }

    let restarted = try await SignInSessions.feed(after: Int64.max / 2, limit: 10, pool: pool)
    #expect(restarted.revocations.isEmpty)
    #expect(restarted.cursor < Int64.max / 2 && restarted.cursor >= sequence)
  }
}
