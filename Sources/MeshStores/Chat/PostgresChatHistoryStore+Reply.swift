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
  /// - Returns: the stored reply.
  @discardableResult
  public func appendReply(_ body: String, conversationID: UUID, userID: String, clientMessageID: String, record: ReplyRecord,
                          on connection: PostgresConnection) async throws -> ChatMessage {
    try StoreError.check("body", body, max: maxBodyBytes)
    try StoreError.check("userID", userID, max: 200)
    try StoreError.check("clientMessageID", clientMessageID, max: 200)
    let role = ChatRole.assistant
    let sealed = try keyring.seal(Array(body.utf8), associatedData: Self.associatedData(conversationID, userID, role))
    // Data-modifying CTEs run to their end whether or not the query reads them; the NOTIFY is in the
    // output list, so it is sent only when the message was inserted. A payload that carries the reply
    // gets the new row's id and time between its two halves ($11, $12; $12 empty for the bare key).
    let halves = record.carriesReply
      ? ReplyAnnouncement.halves(key: record.payload, sealed: sealed, intent: record.intent, richJSON: record.richJSON) : nil
    let inserted = try await connection.execute(Self.storeMessageSQL + """
      , e AS (
        INSERT INTO chat_reply_extras (message_id, intent, rich) SELECT id, $8, $9::jsonb FROM m
        ON CONFLICT (message_id) DO NOTHING
      )
      SELECT id, created_at, pg_notify($10, $11 || CASE WHEN $12 = '' THEN '' ELSE
        id::text || E'\\n' || (extract(epoch FROM created_at) * 1000000)::int8::text || $12 END) FROM m
      """, [conversationID, userID, role.rawValue, clientMessageID, sealed.keyID, sealed.combined, redact(body),
            record.intent, record.richJSON, record.channel, halves?.head ?? record.payload, halves?.tail ?? ""])
    if let row = inserted.first {
      return ChatMessage(id: try row.decode(Int64.self, at: 0), conversationID: conversationID, role: role, body: body,
                         keyID: sealed.keyID, createdAt: try row.decode(Date.self, at: 1))
    }
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
