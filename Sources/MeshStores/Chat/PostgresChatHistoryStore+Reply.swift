public import Foundation
public import MeshPostgres

extension PostgresChatHistoryStore {
  /// A reply's extras (`chat_reply_extras`) and the notification that announces it at commit.
  public struct ReplyRecord: Sendable {
    /// The reply's intent label.
    public var intent: String
    /// The rich parts (quick replies, cards, an order id) as a JSON object.
    public var richJSON: String
    /// The channel to notify at commit.
    public var channel: String
    /// The notification's payload (the turn's key).
    public var payload: String
    /// Whether the notification carries the stored reply after the key (`ReplyAnnouncement`), so the
    /// listener needs no read; it goes without it when it does not fit in a NOTIFY.
    public var carriesReply: Bool

    /// Describes the reply's extras and announcement.
    /// - Parameters:
    ///   - intent: the intent label.
    ///   - richJSON: the rich parts, a JSON object.
    ///   - channel: the channel to notify at commit.
    ///   - payload: the notification's payload.
    ///   - carriesReply: whether the notification carries the reply (`ReplyAnnouncement`).
    public init(intent: String, richJSON: String, channel: String, payload: String, carriesReply: Bool = false) {
      self.intent = intent
      self.richJSON = richJSON
      self.channel = channel
      self.payload = payload
      self.carriesReply = carriesReply
    }
  }

  /// Stores an assistant's reply inside the caller's transaction: the sealed body, its redacted copy, its
  /// extras and a NOTIFY (sent at commit) in one statement, where `append` and a second statement took two
  /// round trips on the path of every turn. A reply stored before under the same client id (only an older
  /// turn's, without extras, since a turn's reply and its extras commit together) gets its extras and
  /// announcement by the two-statement path.
  /// - Parameters:
  ///   - body: the plaintext.
  ///   - conversationID: the user's conversation.
  ///   - userID: the owner.
  ///   - clientMessageID: the reply's client id (one message per id and conversation).
  ///   - record: the extras and the announcement.
  ///   - connection: the transaction to write in.
  ///   - committing: the reply is the transaction's last write: the statement and `COMMIT` go in one round
  ///     trip (`PostgresConnection.executeCommitting`). Only for a caller that knows no message is stored
  ///     under `clientMessageID` (it holds the turn's lock and looked): should one be found after all, the
  ///     statement fails (division by zero, SQLSTATE 22012) and nothing commits, rather than commit a turn
  ///     without its reply's extras.
  /// - Returns: the stored reply.
  @discardableResult
  public func appendReply(_ body: String, conversationID: UUID, userID: String, clientMessageID: String, record: ReplyRecord,
                          on connection: PostgresConnection, committing: Bool = false) async throws -> ChatMessage {
    try StoreError.check("body", body, max: maxBodyBytes)
    try StoreError.check("userID", userID, max: 200)
    try StoreError.check("clientMessageID", clientMessageID, max: 200)
    let role = ChatRole.assistant
    let sealed = try keyring.seal(Array(body.utf8), associatedData: Self.associatedData(conversationID, userID, role))
    let halves = record.carriesReply
      ? ReplyAnnouncement.halves(key: record.payload, sealed: sealed, intent: record.intent, richJSON: record.richJSON) : nil
    let parameters: [any PostgresEncodable] = [conversationID, userID, role.rawValue, clientMessageID, sealed.keyID, sealed.combined,
                                               redact(body), record.intent, record.richJSON]
    let announcement: [any PostgresEncodable] = [record.channel, halves?.head ?? record.payload, halves?.tail ?? ""]
    let extras = Self.storeMessageSQL + """
      , e AS (
        INSERT INTO chat_reply_extras (message_id, intent, rich) SELECT id, $8, $9::jsonb FROM m
        ON CONFLICT (message_id) DO NOTHING
      )
      """
    let inserted: PostgresResult
    if committing {
      // The NOTIFY is not in the committed transaction: PostgreSQL holds one lock for the whole cluster
      // from a notifying transaction's commit to its end, WAL flush included, so every notifying commit
      // (the chat's enqueues, the context's saves, the other replies) would wait for this one's disk flush.
      // It follows the COMMIT in the same round trip, as a transaction of its own that commits without
      // waiting for its flush (the reply it announces is flushed already). The output row is computed from
      // a one-row count of `m` (the preserved side of the outer join, always evaluated; its column is in the
      // output list, or the planner drops it unevaluated): 1 / 0 when nothing was inserted stops the
      // pipeline before its COMMIT.
      let notify = """
        SELECT pg_notify($1, $2 || CASE WHEN $3 = '' THEN '' ELSE
          m.id::text || E'\\n' || (extract(epoch FROM m.created_at) * 1000000)::int8::text || $3 END)
        FROM chat_messages m, (SELECT set_config('synchronous_commit', 'off', true) AS setting) AS relaxed
        WHERE m.conversation_id = $4::uuid AND m.client_id = $5 AND relaxed.setting IS NOT NULL
        """
      let (result, notifyFailure) = try await connection.executeCommitting(
        extras + "\nSELECT id, created_at, inserted.one FROM (SELECT 1 / count(*)::int4 AS one FROM m) AS inserted LEFT JOIN m ON true",
        parameters, thenAlone: (notify, announcement + [conversationID, clientMessageID]))
      // A failed announcement (none is known: its payload is bounded) leaves the reply committed; the chat
      // service's waiter reads it at its next check (`ChatServiceProvider.reply`).
      _ = notifyFailure
      inserted = result
    } else {
      // Data-modifying CTEs run to their end whether or not the query reads them; the NOTIFY is in the
      // output list, so it is sent only when the message was inserted. A payload that carries the reply
      // gets the new row's id and time between its two halves ($11, $12; $12 empty for the bare key).
      inserted = try await connection.execute(extras + "\n" + """
        SELECT id, created_at, pg_notify($10, $11 || CASE WHEN $12 = '' THEN '' ELSE
          id::text || E'\\n' || (extract(epoch FROM created_at) * 1000000)::int8::text || $12 END) FROM m
        """, parameters + announcement)
    }
    if let row = inserted.first {
      return ChatMessage(id: try row.decode(Int64.self, at: 0), conversationID: conversationID, role: role, body: body,
                         keyID: sealed.keyID, createdAt: try row.decode(Date.self, at: 1))
    }
    // Committed with no row cannot happen (the guard above fails the statement first); the second path's
    // writes would not be in the transaction any more, so none is made.
    guard !committing else { throw StoreError.invalidValue(field: "clientMessageID", reason: "a reply is stored under it already") }
    let saved = try await append(body, role: role, conversationID: conversationID, userID: userID, clientMessageID: clientMessageID,
                                 on: connection)
    _ = try await connection.execute("""
      WITH extras AS (
        INSERT INTO chat_reply_extras (message_id, intent, rich) VALUES ($1, $2, $3::jsonb) ON CONFLICT (message_id) DO NOTHING)
      SELECT pg_notify($4, $5)
      """, [saved.id, record.intent, record.richJSON, record.channel, record.payload])
    return saved
  }
}
