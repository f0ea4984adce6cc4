public import Foundation
public import MeshPostgres

/// Sign-in sessions (`auth_sessions`) and the revocation feed (`auth_revocations`): the auth service
/// opens a session at each password sign-in and ends it at sign-out; the delete-my-data flow and admins
/// end all of a user's sessions. Ending a session revokes its refresh tokens and adds it to the feed the
/// gateways poll, so its access tokens are refused within a poll interval rather than at their expiry.
public enum SignInSessions {
  /// The longest an access token lives (the auth service's cap): a revoked session stays in the feed
  /// this long, after which none of its access tokens can still be valid.
  public static let accessTokenLifetime: Duration = .seconds(3600)
  /// The most revocations one feed page holds.
  public static let maxPage = 1000
  static let feedLockKey: Int64 = 0x6D65_7368_7265_766B  // "meshrevk"

  /// One revocation of the feed.
  public struct Revocation: Sendable, Equatable {
    /// Its place in the feed.
    public let sequence: Int64
    /// The revoked session.
    public let sessionID: String
    /// When the last access token of the session expires.
    public let expiresAt: Date
  }

  /// Opens a session for `subject`.
  /// - Parameters:
  ///   - sessionID: the new session's id.
  ///   - subject: the user.
  ///   - connection: a connection (inside the caller's transaction, or not).
  public static func open(_ sessionID: String, subject: String, on connection: PostgresConnection) async throws {
    try StoreError.check("sessionID", sessionID, max: 200)
    try StoreError.check("subject", subject, max: 200)
    try await connection.execute("INSERT INTO auth_sessions (sid, subject) VALUES ($1, $2)", [sessionID, subject])
  }

  /// Locks a session for a refresh and says whether it is still open (false for an ended or unknown one).
  /// - Parameters:
  ///   - sessionID: the session.
  ///   - connection: a connection inside a transaction; the row stays locked until it ends.
  public static func lockOpen(_ sessionID: String, on connection: PostgresConnection) async throws -> Bool {
    let rows = try await connection.execute("SELECT revoked_at IS NULL FROM auth_sessions WHERE sid = $1 FOR UPDATE", [sessionID])
    return try rows.first?.decode(Bool.self, at: 0) ?? false
  }

  /// The user of a session, if it exists.
  /// - Parameters:
  ///   - sessionID: the session.
  ///   - connection: a connection.
  public static func subject(of sessionID: String, on connection: PostgresConnection) async throws -> String? {
    let rows = try await connection.execute("SELECT subject FROM auth_sessions WHERE sid = $1", [sessionID])
    return try rows.first?.decode(String.self, at: 0)
  }

  /// Ends one session: its refresh tokens are revoked and it enters the feed. Nothing happens to a session
  /// already ended or unknown.
  /// - Parameters:
  ///   - sessionID: the session.
  ///   - subject: when given, the session is ended only if it is this user's.
  ///   - connection: a connection inside a transaction (the feed's lock lasts until it ends).
  /// - Returns: whether the session was open and is now ended.
  public static func revoke(_ sessionID: String, subject: String? = nil, on connection: PostgresConnection) async throws -> Bool {
    let ended = try await connection.execute("""
      UPDATE auth_sessions SET revoked_at = now() WHERE sid = $1 AND revoked_at IS NULL AND ($2::text IS NULL OR subject = $2)
      RETURNING sid
      """, [sessionID, subject])
    try await enterFeed(ended.rows.map { try $0.decode(String.self, at: 0) }, on: connection)
    return ended.affectedRows == 1
  }

  /// Ends every open session of a user.
  /// - Parameters:
  ///   - subject: the user.
  ///   - connection: a connection inside a transaction.
  /// - Returns: the sessions ended now.
  public static func revokeAll(subject: String, on connection: PostgresConnection) async throws -> [String] {
    try StoreError.check("subject", subject, max: 200)
    let ended = try await connection.execute("""
      UPDATE auth_sessions SET revoked_at = now() WHERE subject = $1 AND revoked_at IS NULL RETURNING sid
      """, [subject])
    let sessions = try ended.rows.map { try $0.decode(String.self, at: 0) }
    try await enterFeed(sessions, on: connection)
    return sessions
  }

  /// Revokes the refresh tokens of `sessions` and appends them to the feed, under the feed's lock so
  /// that sequences commit in order (a poller past sequence N never misses one below N).
  private static func enterFeed(_ sessions: [String], on connection: PostgresConnection) async throws {
    guard !sessions.isEmpty else { return }
    // A new statement sees refresh tokens committed by a refresh that held the session row before us.
    try await connection.execute("UPDATE refresh_tokens SET revoked = true WHERE family = ANY(string_to_array($1, ' '))",
                                 [sessions.joined(separator: " ")])
    try await connection.execute("SELECT pg_advisory_xact_lock($1)", [feedLockKey])
    try await connection.execute("""
      INSERT INTO auth_revocations (sid, expires_at)
        SELECT sid, now() + make_interval(secs => $2::float8) FROM unnest(string_to_array($1, ' ')) AS sid
      """, [sessions.joined(separator: " "), Double(accessTokenLifetime.components.seconds)])
    try await connection.execute("DELETE FROM auth_revocations WHERE expires_at < now() - interval '1 day'")
  }

  /// The revocations after `cursor` whose tokens may still be alive, oldest first, and the next cursor.
  /// - Parameters:
  ///   - cursor: the last sequence seen (0 for all).
  ///   - limit: the page size (1...`maxPage`).
  ///   - pool: the database.
  /// - Returns: the page; `cursor` of the answer is the last sequence in it, or, when it is empty, the one
  ///   asked for (the feed's newest sequence instead when that is smaller: the feed restarted).
  public static func feed(after cursor: Int64, limit: Int, pool: PostgresPool) async throws
    -> (revocations: [Revocation], cursor: Int64, more: Bool)
  {
    let page = min(max(limit, 1), maxPage)
    let rows = try await pool.execute("""
      SELECT seq, sid, expires_at FROM auth_revocations WHERE seq > $1 AND expires_at > now() ORDER BY seq LIMIT $2
      """, [cursor, page + 1], idempotent: true)
    let revocations = try rows.rows.prefix(page).map {
      Revocation(sequence: try $0.decode(Int64.self, at: 0), sessionID: try $0.decode(String.self, at: 1),
                 expiresAt: try $0.decode(Date.self, at: 2))
    }
    let more = rows.rows.count > page
    if let last = revocations.last { return (revocations, last.sequence, more) }
    // An empty page never moves the cursor forward: the newest sequence is read by a second statement, and a
    // revocation committed between the two would be skipped for good if the cursor jumped to it.
    let newest = try await pool.execute("SELECT coalesce(max(seq), 0) FROM auth_revocations", [], idempotent: true)
    return (revocations, min(cursor, try newest.first?.decode(Int64.self, at: 0) ?? 0), false)
  }
}
