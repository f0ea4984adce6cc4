public import MeshPostgres

/// A user's right to erasure across every store: chat history (with its analytics copies), sessions
/// and preferences go in one transaction; the audit log keeps its rows (it is append-only) and gains
/// one recording the deletion.
public enum UserDataDeletion {
  /// What was removed.
  public struct Report: Sendable, Equatable {
    /// Conversations removed.
    public let conversations: Int
    /// Messages removed.
    public let messages: Int
    /// Sessions removed.
    public let sessions: Int
    /// Whether a preferences row was removed.
    public let preferences: Bool
    /// Refresh tokens revoked (the sign-ins that could have minted new access tokens).
    public var refreshTokens: Int = 0
    /// Sign-in sessions ended: they enter the revocation feed, so the gateways refuse their access
    /// tokens within a poll interval.
    public var signInSessions: Int = 0
    /// The audit record's sequence, when one was written.
    public var auditSequence: Int64?
  }

  /// How much goes.
  public enum Scope: Sendable {
    /// What a user asks to forget: history, dialogue state, preferences, sessions and sign-ins (refresh
    /// tokens). The account's credentials stay, so the user can still sign in.
    case personalData
    /// All of it, the credentials too (password, API keys): the account ends.
    case account
  }

  /// Deletes everything stored for `userID` and records it in the audit log, in one transaction: the
  /// data is gone only with its audit record, and the record exists only when the data is gone.
  /// - Parameters:
  ///   - userID: the user.
  ///   - pool: the database.
  ///   - audit: where to record the deletion; nil to skip.
  ///   - actor: who asked for it, for the audit record.
  ///   - scope: the personal data only, or the account's credentials too.
  ///   - note: appended to the audit record's details (already redacted by the caller).
  public static func deleteAll(userID: String, pool: PostgresPool, audit: PostgresAuditLog? = nil,
                               actor: String = "privacy", scope: Scope = .account, note: String = "") async throws -> Report {
    try StoreError.check("userID", userID, max: 200)
    return try await pool.withTransaction { connection in
      var report = try await delete(userID: userID, scope: scope, in: connection)
      if let audit {
        report.auditSequence = try await audit.append(
          actor: actor, action: scope == .account ? "user.erase" : "user.data.delete", subject: "user/\(userID)",
          details: details(report) + (note.isEmpty ? "" : " " + note), in: connection).sequence
      }
      return report
    }
  }

  /// Deletes inside the caller's transaction.
  static func delete(userID: String, scope: Scope, in connection: PostgresConnection) async throws -> Report {
    // First, before any row is touched: wait for the turns in flight on the user's conversations to
    // commit, and keep new ones out until this commits (they then find nothing to answer). A turn that
    // ran on past the deletion would otherwise write its dialogue state and reply back.
    try await ConversationTurnLock.acquireForDeletion(userID: userID, on: connection)
    // Tickets and attachments hang off conversations; they go first, explicitly.
    _ = try await connection.execute("DELETE FROM support_tickets WHERE user_id = $1", [userID])
    _ = try await connection.execute("DELETE FROM chat_attachments WHERE user_id = $1", [userID])
    // Finished turns of the queue name the user in their payload (their key starts with the
    // conversation id). Turns still waiting stay: the processor finds their conversation gone and
    // completes them without a reply.
    _ = try await connection.execute("""
      DELETE FROM queue_messages WHERE queue = 'chat_turns' AND state IN ('done', 'dead')
        AND split_part(idempotency_key, ':', 1) IN (SELECT id::text FROM chat_conversations WHERE user_id = $1)
      """, [userID])
    // The redacted analytics copies (chat_analytics) and reply extras cascade with their messages.
    let messages = try await connection.execute("DELETE FROM chat_messages WHERE user_id = $1", [userID]).affectedRows
    let conversations = try await connection.execute("DELETE FROM chat_conversations WHERE user_id = $1", [userID]).affectedRows
    let sessions = try await connection.execute("DELETE FROM sessions WHERE user_id = $1", [userID]).affectedRows
    let preferences = try await connection.execute("DELETE FROM user_preferences WHERE user_id = $1", [userID]).affectedRows
    // The dialogue state of the user's conversations goes with them.
    _ = try await connection.execute("DELETE FROM conversation_contexts WHERE user_id = $1", [userID])
    // Sign-ins end with the sessions: every open sign-in session enters the revocation feed (its access
    // tokens stop at the gateways), then no refresh token of the user mints another access token.
    let signInSessions = try await SignInSessions.revokeAll(subject: userID, on: connection).count
    _ = try await connection.execute("DELETE FROM auth_sessions WHERE subject = $1", [userID])
    let refreshTokens = try await connection.execute("DELETE FROM refresh_tokens WHERE subject = $1", [userID]).affectedRows
    if scope == .account {
      // The credentials end with the account.
      _ = try await connection.execute("DELETE FROM api_keys WHERE owner = $1", [userID])
      _ = try await connection.execute("DELETE FROM auth_passwords WHERE subject = $1", [userID])
    }
    return Report(conversations: conversations, messages: messages, sessions: sessions, preferences: preferences == 1,
                  refreshTokens: refreshTokens, signInSessions: signInSessions)
  }

  /// The counts of a report, for an audit record: numbers only, no content.
  /// - Parameter report: what was removed.
  public static func details(_ report: Report) -> String {
    "conversations=\(report.conversations) messages=\(report.messages) sessions=\(report.sessions) "
      + "preferences=\(report.preferences ? 1 : 0) refresh_tokens=\(report.refreshTokens) sign_in_sessions=\(report.signInSessions)"
  }
}
