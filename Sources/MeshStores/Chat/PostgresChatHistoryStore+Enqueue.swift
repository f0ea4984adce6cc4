public import Foundation
public import MeshPostgres

extension PostgresChatHistoryStore {
  /// The queue message that goes with a stored message (a turn to process): its payload names the stored
  /// message, whose id only the insert knows.
  public struct MessageTurn: Sendable {
    /// The queue.
    public var queue: PostgresDurableQueue
    /// The queue's name.
    public var name: String
    /// One message per key and queue.
    public var idempotencyKey: String
    /// The field of the payload (a JSON object) that holds the stored message's id.
    public var messageIDField: String
    /// The payload for a stored message's id.
    public var payload: @Sendable (Int64) throws -> [UInt8]

    /// Describes the queue message.
    /// - Parameters:
    ///   - queue: the queue.
    ///   - name: the queue's name.
    ///   - idempotencyKey: one message per key and queue.
    ///   - messageIDField: the payload's field that holds the stored message's id.
    ///   - payload: the payload (a JSON object) for a stored message's id.
    public init(queue: PostgresDurableQueue, name: String, idempotencyKey: String, messageIDField: String,
                payload: @escaping @Sendable (Int64) throws -> [UInt8]) {
      self.queue = queue
      self.name = name
      self.idempotencyKey = idempotencyKey
      self.messageIDField = messageIDField
      self.payload = payload
    }
  }

  /// Stores a message as `append` does (sealed, with its redacted copy, only in the user's conversation)
  /// and enqueues its turn, in one statement: PostgreSQL runs it atomically on its own, so it takes one
  /// round trip and one commit instead of BEGIN, two statements and COMMIT. Both inserts are keyed by the
  /// client's id, so running it again (a lost connection, a client's retry) stores and enqueues nothing
  /// twice: then the stored message comes back with `enqueued` false.
  /// - Parameters:
  ///   - body: the text.
  ///   - role: who wrote it.
  ///   - conversationID: the user's conversation.
  ///   - userID: the owner.
  ///   - clientMessageID: the client's id (one message per id and conversation).
  ///   - turn: the queue message to enqueue with it.
  ///   - flushedByTheReply: nothing about the message is acknowledged to anyone before its turn's reply
  ///     commits (synchronously, in a transaction that began after this one): then this statement commits
  ///     without waiting for its WAL flush (`synchronous_commit` off for its own transaction), since the
  ///     reply's flush makes it durable first (the WAL is flushed in order, and the reply's commit record
  ///     comes after this one's). A crash of the server before that loses only a message nobody was told
  ///     was stored, whose sender retries it. One disk flush less on the path of every turn.
  /// - Returns: the stored message, and whether this call enqueued its turn.
  public func appendEnqueuing(_ body: String, role: ChatRole, conversationID: UUID, userID: String, clientMessageID: String,
                              turn: MessageTurn, flushedByTheReply: Bool = false) async throws -> (message: ChatMessage, enqueued: Bool) {
    try StoreError.check("body", body, max: maxBodyBytes)
    try StoreError.check("userID", userID, max: 200)
    try StoreError.check("clientMessageID", clientMessageID, max: 200)
    try StoreError.check("queue", turn.name, max: 200)
    try StoreError.check("idempotencyKey", turn.idempotencyKey, max: 200)
    let template = try turn.payload(0)
    // The id's digits can make the payload longer than the template by up to 19 bytes.
    guard template.count + 19 <= turn.queue.policy.maxPayloadBytes else {
      throw StoreError.valueTooLarge(field: "payload", size: template.count + 19, limit: turn.queue.policy.maxPayloadBytes)
    }
    let sealed = try keyring.seal(Array(body.utf8), associatedData: Self.associatedData(conversationID, userID, role))
    // The queue's payload is the template with the stored id set (jsonb_set); the queue's insert trigger
    // sends its NOTIFY at commit as for any enqueue.
    let inserted = try await pool.execute(Self.storeMessageSQL + """
      , q AS (
        INSERT INTO queue_messages (queue, idempotency_key, payload, max_attempts)
        SELECT $8, $9, convert_to(jsonb_set(convert_from($10, 'UTF8')::jsonb, ARRAY[$11::text], to_jsonb(m.id))::text, 'UTF8'), $12
        FROM m
        ON CONFLICT (queue, idempotency_key) DO NOTHING
        RETURNING id
      )
      , relaxed AS (SELECT set_config('synchronous_commit', 'off', true) AS setting WHERE $13)
      SELECT m.id, m.created_at, (SELECT count(*) FROM q), (SELECT setting FROM relaxed) FROM m
      """, [conversationID, userID, role.rawValue, clientMessageID, sealed.keyID, sealed.combined, redact(body),
            turn.name, turn.idempotencyKey, template, turn.messageIDField, turn.queue.policy.maxAttempts, flushedByTheReply],
      idempotent: true)
    if let row = inserted.first {
      let message = ChatMessage(id: try row.decode(Int64.self, at: 0), conversationID: conversationID, role: role, body: body,
                                keyID: sealed.keyID, createdAt: try row.decode(Date.self, at: 1))
      return (message, try row.decode(Int64.self, at: 2) == 1)
    }
    // The message was stored before (a retry): its turn is enqueued with it, or now, keyed the same.
    let existing = try await append(body, role: role, conversationID: conversationID, userID: userID, clientMessageID: clientMessageID,
                                    on: nil)
    let enqueued = try await turn.queue.enqueue(try turn.payload(existing.id), queue: turn.name, idempotencyKey: turn.idempotencyKey)
    return (existing, !enqueued.duplicate)
  }
}
