public import Foundation
public import MeshPostgres

/// Conversation contexts in PostgreSQL (`conversation_contexts`), updated under optimistic
/// concurrency; every change is announced with `NOTIFY conversation_context, '<conversation id>'`.
public final class PostgresContextStore: Sendable {
  /// The NOTIFY channel of context changes.
  public static let channel = "conversation_context"
  /// The database.
  public let pool: PostgresPool

  /// Creates the store over a migrated database.
  /// - Parameter pool: the database.
  public init(pool: PostgresPool) { self.pool = pool }

  /// The stored context, or nil when the conversation has none.
  /// - Parameter conversationID: the conversation.
  public func context(_ conversationID: String) async throws -> DialogueContext? {
    let rows = try await pool.execute("""
      SELECT user_id, state::text, version, updated_at FROM conversation_contexts WHERE conversation_id = $1
      """, [conversationID], idempotent: true)
    return try rows.first.map { try Self.decode(conversationID, $0) }
  }

  /// Applies `change` to the stored context (an empty one owned by `userID` when there is none) if its
  /// version is still `expectedVersion` and `userID` owns it; returns the new context.
  /// - Parameters:
  ///   - conversationID: the conversation.
  ///   - userID: the caller, who must own the conversation.
  ///   - expectedVersion: the version the caller read (0 for a context not stored yet).
  ///   - flushedByCaller: commit without waiting for the WAL flush (`FlushedByCaller`).
  ///   - change: the edit.
  public func update(_ conversationID: String, userID: String, expectedVersion: Int64, flushedByCaller: Bool = false,
                     change: (inout DialogueContext) throws -> Void) async throws -> DialogueContext {
    guard !conversationID.isEmpty, conversationID.utf8.count <= 200, !userID.isEmpty, userID.utf8.count <= 200 else {
      throw ContextError.invalid("conversation and user ids must be 1-200 bytes")
    }
    // Optimistic, in two round trips: read, apply the change, then write only if the stored version is
    // still the one read (the conditional upsert decides atomically, against the newest row), and announce
    // the change after its commit (`written`).
    var context = try await self.context(conversationID) ?? DialogueContext(conversationID: conversationID, userID: userID)
    try Self.check(context, userID: userID, expectedVersion: expectedVersion)
    try change(&context)
    context.conversationID = conversationID
    context.userID = userID
    try context.validate()
    let state = String(decoding: try JSONEncoder().encode(context), as: UTF8.self)
    let written = try await written(conversationID, version: expectedVersion + 1, """
      INSERT INTO conversation_contexts (conversation_id, user_id, state, version, updated_at) VALUES ($1, $2, $3::jsonb, 1, now())
      ON CONFLICT (conversation_id) DO UPDATE SET state = EXCLUDED.state, version = conversation_contexts.version + 1,
        updated_at = now()
      WHERE conversation_contexts.version = $4 AND conversation_contexts.user_id = $2
      RETURNING version, updated_at, \(Self.commitSetting(parameter: 5))
      """, [conversationID, userID, state, expectedVersion, flushedByCaller])
    guard let row = written.first else {
      // Another writer came first (or the row changed hands): say which, from what is stored now.
      let now = try await self.context(conversationID) ?? DialogueContext(conversationID: conversationID, userID: userID)
      try Self.check(now, userID: userID, expectedVersion: expectedVersion)
      throw ContextError.versionConflict(expected: expectedVersion, actual: now.version)
    }
    context.version = try row.decode(Int64.self, at: 0)
    context.updatedAt = try row.decode(Date.self, at: 1)
    return context
  }

  /// Applies `patch` to the stored context (an empty one owned by `userID` when there is none) if its version
  /// is still `expectedVersion` and `userID` owns it; returns the new context. As `update(_:userID:expectedVersion:change:)`,
  /// in one round trip: the database applies the changes in the statement that checks the version (the
  /// stored document is the one the caller read when the version is), and announces the change. When that
  /// statement writes nothing, the read-then-write path says why (or writes, if the context changed back).
  /// - Parameters:
  ///   - conversationID: the conversation.
  ///   - userID: the caller, who must own the conversation.
  ///   - expectedVersion: the version the caller read (0 for a context not stored yet).
  ///   - patch: the changes.
  ///   - flushedByCaller: commit without waiting for the WAL flush (`FlushedByCaller`).
  public func update(_ conversationID: String, userID: String, expectedVersion: Int64, patch: ContextPatch,
                     flushedByCaller: Bool = false) async throws -> DialogueContext
  {
    guard !conversationID.isEmpty, conversationID.utf8.count <= 200, !userID.isEmpty, userID.utf8.count <= 200 else {
      throw ContextError.invalid("conversation and user ids must be 1-200 bytes")
    }
    try patch.validate()
    // A context not stored yet (a conversation's first save) takes the read-then-write path.
    guard expectedVersion > 0 else {
      return try await update(conversationID, userID: userID, expectedVersion: 0, flushedByCaller: flushedByCaller, change: patch.apply)
    }
    let (fields, removed, cleared) = try patch.encoded()
    let row = try await written(conversationID, version: expectedVersion + 1, """
      UPDATE conversation_contexts c
      SET state = ((c.state || ($4::jsonb - 'slots')) - ARRAY(SELECT jsonb_array_elements_text($5::jsonb)))
            || jsonb_build_object('slots', \(Self.mergedSlots)),
          version = c.version + 1, updated_at = now()
      WHERE c.conversation_id = $1 AND c.user_id = $2 AND c.version = $3
        AND (SELECT count(*) FROM jsonb_object_keys(\(Self.mergedSlots))) <= $7
      RETURNING $2::text, c.state::text, c.version, c.updated_at, \(Self.commitSetting(parameter: 8))
      """, [conversationID, userID, expectedVersion, fields, removed, cleared, DialogueContext.Limits.slots, flushedByCaller]).first
    guard let row else {
      return try await update(conversationID, userID: userID, expectedVersion: expectedVersion, flushedByCaller: flushedByCaller,
                              change: patch.apply)
    }
    return try Self.decode(conversationID, row)
  }

  /// A RETURNING column that, when the boolean parameter `$parameter` is true, makes the write's transaction
  /// commit without waiting for its WAL flush (`FlushedByCaller`), and otherwise leaves the setting as it is.
  /// Evaluated for a written row only: a statement that wrote nothing has nothing to flush.
  static func commitSetting(parameter: Int) -> String {
    "set_config('synchronous_commit', CASE WHEN $\(parameter) THEN 'off' ELSE current_setting('synchronous_commit') END, true)"
  }

  /// Runs `sql` (a write of the context of `conversationID` that returns rows when it wrote) in a transaction
  /// of its own, then announces the change (`NOTIFY`, when the row's version is now `version`) in the same
  /// round trip, as a transaction of its own that does not wait for its WAL flush: PostgreSQL holds one lock
  /// for the whole cluster from a notifying transaction's commit to its end, so a NOTIFY in the write's own
  /// transaction made every notifying commit (the chat's turns, the processor's replies) wait for this
  /// write's disk flush. A watcher treats the announcement as a hint and reads; a change whose announcement
  /// a crash lost between the two is read at the next change.
  private func written(_ conversationID: String, version: Int64, _ sql: String, _ parameters: [any PostgresEncodable]) async throws
    -> PostgresResult
  {
    try await pool.withTransaction { connection in
      try await connection.executeCommitting(sql, parameters, thenAlone: ("""
        SELECT pg_notify($1, $2) FROM conversation_contexts, (SELECT set_config('synchronous_commit', 'off', true) AS setting) AS relaxed
        WHERE conversation_id = $2 AND version = $3 AND relaxed.setting IS NOT NULL
        """, [Self.channel, conversationID, version])).result
    }
  }

  /// The stored slots without the cleared ones ($6, a JSON array), with the set ones ($4's `slots`).
  private static let mergedSlots = """
    ((coalesce(c.state->'slots', '{}') - ARRAY(SELECT jsonb_array_elements_text($6::jsonb))) || coalesce($4::jsonb->'slots', '{}'))
    """

  /// Throws unless `userID` owns `context` and its version is `expectedVersion`.
  private static func check(_ context: DialogueContext, userID: String, expectedVersion: Int64) throws {
    guard context.userID == userID else { throw ContextError.notOwner }
    guard context.version == expectedVersion else {
      throw ContextError.versionConflict(expected: expectedVersion, actual: context.version)
    }
  }

  /// Deletes a conversation's context; returns whether there was one.
  /// - Parameter conversationID: the conversation.
  public func delete(_ conversationID: String) async throws -> Bool {
    try await pool.execute("DELETE FROM conversation_contexts WHERE conversation_id = $1", [conversationID],
                           idempotent: true).affectedRows == 1
  }

  static func decode(_ conversationID: String, _ row: PostgresRow) throws -> DialogueContext {
    var context = try JSONDecoder().decode(DialogueContext.self, from: Data(try row.decode(String.self, at: 1).utf8))
    context.conversationID = conversationID
    context.userID = try row.decode(String.self, at: 0)
    context.version = try row.decode(Int64.self, at: 2)
    context.updatedAt = try row.decode(Date.self, at: 3)
    return context
  }
}
