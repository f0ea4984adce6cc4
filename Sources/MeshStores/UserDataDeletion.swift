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
  }

  /// Deletes everything stored for `userID`.
  /// - Parameters:
  ///   - userID: the user.
  ///   - pool: the database.
  ///   - audit: where to record the deletion; nil to skip.
  ///   - actor: who asked for it, for the audit record.
  public static func deleteAll(userID: String, pool: PostgresPool, audit: PostgresAuditLog? = nil,
                               actor: String = "privacy") async throws -> Report {
    try StoreError.check("userID", userID, max: 200)
    let report = try await pool.withTransaction { connection in
      // Tickets and attachments hang off conversations; they go first, explicitly.
      _ = try await connection.execute("DELETE FROM support_tickets WHERE user_id = $1", [userID])
      _ = try await connection.execute("DELETE FROM chat_attachments WHERE user_id = $1", [userID])
      let messages = try await connection.execute("DELETE FROM chat_messages WHERE user_id = $1", [userID]).affectedRows
      let conversations = try await connection.execute("DELETE FROM chat_conversations WHERE user_id = $1", [userID]).affectedRows
      let sessions = try await connection.execute("DELETE FROM sessions WHERE user_id = $1", [userID]).affectedRows
      let preferences = try await connection.execute("DELETE FROM user_preferences WHERE user_id = $1", [userID]).affectedRows
      // The dialogue state of the user's conversations goes with them.
      _ = try await connection.execute("DELETE FROM conversation_contexts WHERE user_id = $1", [userID])
      // Credentials too: refresh tokens, API keys and the password end with the account's data.
      _ = try await connection.execute("DELETE FROM refresh_tokens WHERE subject = $1", [userID])
      _ = try await connection.execute("DELETE FROM api_keys WHERE owner = $1", [userID])
      _ = try await connection.execute("DELETE FROM auth_passwords WHERE subject = $1", [userID])
      return Report(conversations: conversations, messages: messages, sessions: sessions, preferences: preferences == 1)
    }
    if let audit {
      _ = try await audit.append(actor: actor, action: "user.erase", subject: "user/\(userID)",
                                 details: "conversations=\(report.conversations) messages=\(report.messages) sessions=\(report.sessions)")
    }
    return report
  }
}
