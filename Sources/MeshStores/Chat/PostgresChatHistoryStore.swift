public import Foundation
public import MeshCrypto
public import MeshPostgres

/// Chat history in PostgreSQL. Bodies are sealed with the keyring's current key; the associated data
/// binds each body to its conversation, owner and role, so a sealed body moved to another row fails to open.
public final class PostgresChatHistoryStore: ChatHistoryStore {
  /// The database.
  public let pool: PostgresPool
  let keyring: Keyring
  let redact: Redaction.Function
  /// The largest accepted message body, in UTF-8 bytes.
  public let maxBodyBytes: Int

  /// Creates the store over a migrated database.
  /// - Parameters:
  ///   - pool: the database.
  ///   - keyring: the AES-256-GCM keys; the current one seals new bodies.
  ///   - redact: makes the analytics copy of a body.
  ///   - maxBodyBytes: the body size limit.
  public init(pool: PostgresPool, keyring: Keyring, redact: @escaping Redaction.Function = Redaction.typedPlaceholders,
              maxBodyBytes: Int = 16 * 1024) {
    self.pool = pool
    self.keyring = keyring
    self.redact = redact
    self.maxBodyBytes = maxBodyBytes
  }

  /// Inserts a conversation owned by `userID`.
  public func createConversation(userID: String, title: String) async throws -> Conversation {
    try StoreError.check("userID", userID, max: 200)
    try StoreError.check("title", title, max: 500, allowEmpty: true)
    let row = try await pool.execute(
      "INSERT INTO chat_conversations (user_id, title) VALUES ($1, $2) RETURNING id, created_at", [userID, title]).first
    guard let row else { throw PostgresError.connectionLost("insert returned no row") }
    return Conversation(id: try row.decode(UUID.self, at: 0), userID: userID, title: title,
                        createdAt: try row.decode(Date.self, at: 1))
  }

  /// The conversation of the user's message with this client id, if any.
  public func conversation(ofClientMessage clientMessageID: String, userID: String) async throws -> UUID? {
    try StoreError.check("userID", userID, max: 200)
    let row = try await pool.execute("""
      SELECT conversation_id FROM chat_messages WHERE user_id = $1 AND client_id = $2 AND role = 'user' ORDER BY id LIMIT 1
      """, [userID, clientMessageID], idempotent: true).first
    return try row?.decode(UUID.self, at: 0)
  }

  /// Seals the body, then stores it and its redacted copy in one statement, if the conversation is the user's.
  public func append(_ body: String, role: ChatRole, conversationID: UUID, userID: String,
                     clientMessageID: String? = nil) async throws -> ChatMessage {
    try await append(body, role: role, conversationID: conversationID, userID: userID, clientMessageID: clientMessageID, on: nil)
  }

  /// `append` on a caller's connection (inside its transaction, so the message commits with the caller's
  /// other writes), or on the pool when `connection` is nil.
  /// - Parameters:
  ///   - body: the plaintext.
  ///   - role: who wrote it.
  ///   - conversationID: the user's conversation.
  ///   - userID: the owner.
  ///   - clientMessageID: the client's id (one message per id and conversation).
  ///   - connection: the transaction to write in, or nil.
  public func append(_ body: String, role: ChatRole, conversationID: UUID, userID: String,
                     clientMessageID: String?, on connection: PostgresConnection?) async throws -> ChatMessage {
    try StoreError.check("body", body, max: maxBodyBytes)
    try StoreError.check("userID", userID, max: 200)
    if let clientMessageID { try StoreError.check("clientMessageID", clientMessageID, max: 200) }
    let sealed = try keyring.seal(Array(body.utf8), associatedData: Self.associatedData(conversationID, userID, role))
    // One statement stores the sealed body and its redacted copy together, and only if the
    // conversation belongs to the user.
    let inserted = try await run(connection, Self.storeMessageSQL + """

      SELECT id, created_at FROM m
      """, [conversationID, userID, role.rawValue, clientMessageID, sealed.keyID, sealed.combined, redact(body)],
      idempotent: clientMessageID != nil)
    if let row = inserted.first {
      return ChatMessage(id: try row.decode(Int64.self, at: 0), conversationID: conversationID, role: role, body: body,
                         keyID: sealed.keyID, createdAt: try row.decode(Date.self, at: 1))
    }
    if let clientMessageID {
      let existing = try await run(connection, """
        SELECT id, role, key_id, body_sealed, created_at FROM chat_messages
        WHERE conversation_id = $1::uuid AND client_id = $2 AND user_id = $3
        """, [conversationID, clientMessageID, userID], idempotent: true)
      if let row = existing.first { return try decodeMessage(row, conversationID: conversationID, userID: userID) }
    }
    throw StoreError.invalidValue(field: "conversationID", reason: "no conversation \(conversationID) for this user")
  }

  /// Keyset-paged read, decrypting each body; a body that fails to open throws `StoreError.decryptionFailed`.
  public func messages(conversationID: UUID, userID: String, after cursor: Int64? = nil,
                       limit: Int = 50) async throws -> ChatPage {
    try await messages(conversationID: conversationID, userID: userID, after: cursor, limit: limit, on: nil)
  }

  /// `messages` on a caller's connection (its transaction sees its own writes), or on the pool when nil.
  /// - Parameters:
  ///   - conversationID: the conversation.
  ///   - userID: its owner.
  ///   - cursor: the last id of the previous page.
  ///   - limit: the page size.
  ///   - connection: the connection to read on, or nil.
  public func messages(conversationID: UUID, userID: String, after cursor: Int64?, limit: Int,
                       on connection: PostgresConnection?) async throws -> ChatPage {
    guard limit > 0, limit <= 1000 else { throw StoreError.invalidValue(field: "limit", reason: "must be 1...1000") }
    // Keyset paging on the id: each page costs the same however deep it is.
    let result = try await run(connection, """
      SELECT id, role, key_id, body_sealed, created_at FROM chat_messages
      WHERE conversation_id = $1::uuid AND user_id = $2 AND id > $3
      ORDER BY id LIMIT $4
      """, [conversationID, userID, cursor ?? 0, limit + 1], idempotent: true)
    let rows = result.rows.prefix(limit)
    let messages = try rows.map { try decodeMessage($0, conversationID: conversationID, userID: userID) }
    return ChatPage(messages: messages, nextCursor: result.rows.count > limit ? messages.last?.id : nil)
  }

  /// The user's conversations, newest first.
  public func conversations(userID: String, limit: Int = 50) async throws -> [Conversation] {
    let result = try await pool.execute("""
      SELECT id, title, created_at FROM chat_conversations WHERE user_id = $1 ORDER BY created_at DESC, id LIMIT $2
      """, [userID, min(max(limit, 1), 1000)], idempotent: true)
    return try result.rows.map {
      Conversation(id: try $0.decode(UUID.self, at: 0), userID: userID, title: try $0.decode(String.self, at: 1),
                   createdAt: try $0.decode(Date.self, at: 2))
    }
  }

  /// Deletes the user's messages (with their analytics copies) and conversations in one transaction.
  public func deleteUserData(userID: String) async throws -> DeletedUserData {
    try await pool.withTransaction { connection in
      let messages = try await connection.execute("DELETE FROM chat_messages WHERE user_id = $1", [userID]).affectedRows
      let conversations = try await connection.execute("DELETE FROM chat_conversations WHERE user_id = $1", [userID]).affectedRows
      return DeletedUserData(conversations: conversations, messages: messages)
    }
  }

  /// The redacted analytics copies of a conversation, oldest first.
  /// - Parameters:
  ///   - conversationID: the conversation.
  ///   - limit: the most to return.
  public func analyticsCopies(conversationID: UUID, limit: Int = 100) async throws -> [String] {
    let result = try await pool.execute(
      "SELECT body_redacted FROM chat_analytics WHERE conversation_id = $1::uuid ORDER BY message_id LIMIT $2",
      [conversationID, limit], idempotent: true)
    return try result.rows.map { try $0.decode(String.self, at: 0) }
  }

  /// Decodes and opens a row of `id, role, key_id, body_sealed, created_at` (the first five columns) of
  /// `chat_messages`, for callers that join the messages to tables of their own.
  /// - Parameters:
  ///   - row: the row.
  ///   - conversationID: its conversation (part of the associated data).
  ///   - userID: its owner (part of the associated data).
  public func message(from row: PostgresRow, conversationID: UUID, userID: String) throws -> ChatMessage {
    try decodeMessage(row, conversationID: conversationID, userID: userID)
  }

  private func run(_ connection: PostgresConnection?, _ sql: String, _ parameters: [any PostgresEncodable],
                   idempotent: Bool) async throws -> PostgresResult {
    if let connection { return try await connection.execute(sql, parameters) }
    return try await pool.execute(sql, parameters, idempotent: idempotent)
  }

  private func decodeMessage(_ row: PostgresRow, conversationID: UUID, userID: String) throws -> ChatMessage {
    let roleText = try row.decode(String.self, at: 1)
    guard let role = ChatRole(rawValue: roleText) else { throw StoreError.decryptionFailed("unknown role \(roleText)") }
    let sealed = SealedMessage(keyID: try row.decode(String.self, at: 2), combined: try row.decode([UInt8].self, at: 3))
    let plaintext: [UInt8]
    do {
      plaintext = try keyring.open(sealed, associatedData: Self.associatedData(conversationID, userID, role))
    } catch {
      throw StoreError.decryptionFailed("message \(try row.decode(Int64.self, at: 0)): \(error)")
    }
    return ChatMessage(id: try row.decode(Int64.self, at: 0), conversationID: conversationID, role: role,
                       body: String(decoding: plaintext, as: UTF8.self), keyID: sealed.keyID,
                       createdAt: try row.decode(Date.self, at: 4))
  }

  /// The start of the statement that stores a message, shared by `append` and `appendEnqueuing`: `m`
  /// inserts the sealed body, only in the user's conversation and once per client id, and returns the
  /// new row's `id, created_at` (nothing when the conversation is not the user's, or the message was
  /// stored before); `a` inserts its redacted copy. Parameters: $1 the conversation, $2 the user, $3 the
  /// role, $4 the client's id, $5 the key id, $6 the sealed body, $7 the redacted body. The caller adds
  /// its own CTEs (after a comma) and the final SELECT.
  static let storeMessageSQL = """
    WITH m AS (
      INSERT INTO chat_messages (conversation_id, user_id, role, client_id, key_id, body_sealed)
      SELECT c.id, c.user_id, $3, $4, $5, $6 FROM chat_conversations c WHERE c.id = $1::uuid AND c.user_id = $2
      ON CONFLICT (conversation_id, client_id) DO NOTHING
      RETURNING id, created_at
    ), a AS (
      INSERT INTO chat_analytics (message_id, conversation_id, role, body_redacted, created_at)
      SELECT id, $1::uuid, $3, $7, created_at FROM m
    )
    """

  static func associatedData(_ conversationID: UUID, _ userID: String, _ role: ChatRole) -> [UInt8] {
    Array("mesh-chat-v1|\(conversationID.uuidString.lowercased())|\(role.rawValue)|".utf8) + Array(userID.utf8)
  }
}
