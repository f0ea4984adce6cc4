public import Foundation
public import MeshPostgres

/// The lock that orders the work on one conversation: the processor holds it for the whole of a turn
/// (inside the transaction that completes the turn), and a deletion of a user's data takes it for every
/// conversation of the user before it deletes anything. So a deletion waits for the turns in flight to
/// commit (their reply and dialogue state are then deleted with the rest), and a turn that starts
/// during or after a deletion finds its conversation gone and answers nothing: no deleted state comes
/// back.
///
/// A transaction-scoped advisory lock on `hashtext(<conversation id>)`: released at commit or rollback,
/// also when the connection dies.
public enum ConversationTurnLock {
  /// What a turn finds once it holds the lock of its conversation.
  public enum LockedTurn: Sendable {
    /// The conversation is gone (its user deleted their data): the turn has nothing to answer.
    case conversationGone
    /// The turn's reply is stored already (with its extras): it only needs announcing again.
    case answered
    /// The turn's message, or nil when it is gone; `replyWithoutExtras`: a reply is stored under the turn's
    /// reply id without its extras (only an older version's turn), so the reply's statement will find it
    /// rather than insert (`PostgresChatHistoryStore.appendReply` then needs its two-statement path).
    case message(ChatMessage?, replyWithoutExtras: Bool)
  }

  /// Takes the lock of `conversation` for a turn of `userID` (waiting while a turn or a deletion holds
  /// it), then a key-share lock on the conversation's row, so that no deletion can remove the
  /// conversation under the turn until the turn commits; and, in the same statement (one round trip
  /// instead of three on the path of every turn), looks for the turn's reply and reads its message. While
  /// the lock is held nothing else stores a reply under the turn's reply id (the chat service refuses
  /// `reply:` ids, and a second delivery of the turn waits for this lock and then finds its lease lost).
  /// - Parameters:
  ///   - conversation: the turn's conversation.
  ///   - userID: its owner.
  ///   - messageID: the turn's stored message.
  ///   - replyClientID: the client id the turn's reply is stored under.
  ///   - store: opens the message's sealed body.
  ///   - completion: the queue's done mark of the turn's delivery, carried by the same statement (a round
  ///     trip less), or nil.
  ///   - connection: the turn's transaction.
  /// - Throws: `StoreError.leaseLost` when the carried mark found the delivery no longer this one's.
  public static func acquireForTurn(conversation: UUID, userID: String, messageID: Int64, replyClientID: String,
                                    store: PostgresChatHistoryStore, completion: QueueCompletion? = nil,
                                    on connection: PostgresConnection) async throws -> LockedTurn {
    // The subquery in FROM takes the lock before any row is looked at (a subquery with a volatile function
    // is not merged into the outer query: it is the outer side of the join, and the row lock's EXISTS runs
    // when the output is computed). When the lock was waited for, the row lock sees the latest committed
    // version: a conversation deleted meanwhile yields no row (and the rest is not looked at). The reply
    // and the message are read with the statement's snapshot, taken before any wait: the message committed
    // before its turn was enqueued, and no other delivery of this turn can commit meanwhile (the queue's
    // row lock keeps a message from a second delivery until the first one's transaction ends).
    //
    // With a `completion`, the queue's done mark (which checks and locks the delivery's lease) is a CTE of
    // this statement, read in the output list: it runs after the lock, and the turn goes on only when it
    // marked the row. A second delivery of the turn can only exist when the lease expired during the wait
    // for the lock; the mark then finds the lease changed and the whole transaction rolls back, whatever
    // the snapshot showed.
    let marking = completion.map { "WITH " + $0.commonTableExpression(firstParameter: 5) + "\n" } ?? ""
    let row = try await connection.execute(marking + """
      SELECT m.id, m.role, m.key_id, m.body_sealed, m.created_at,
             EXISTS (SELECT 1 FROM chat_conversations WHERE id = $1::uuid AND user_id = $2 FOR KEY SHARE),
             coalesce((SELECT CASE WHEN e.message_id IS NULL THEN 1 ELSE 2 END
                       FROM chat_messages r LEFT JOIN chat_reply_extras e ON e.message_id = r.id
                       WHERE r.conversation_id = $1::uuid AND r.client_id = $3), 0)\(completion == nil ? "" : ",\n       (SELECT count(*) FROM queue_done)")
      FROM (SELECT pg_advisory_xact_lock(hashtext($1::text))) AS turn_lock
      LEFT JOIN chat_messages m ON m.conversation_id = $1::uuid AND m.user_id = $2 AND m.id = $4
      """, [conversation.uuidString.lowercased(), userID, replyClientID, messageID] + (completion?.parameters ?? [])).first
    if let completion { try completion.confirm(markedRows: try row.map { try $0.decode(Int.self, at: 7) } ?? 0) }
    guard let row, try row.decode(Bool.self, at: 5) else { return .conversationGone }
    // 0: no reply stored under the turn's reply id, 1: one without its extras, 2: one with them.
    let reply = try row.decode(Int.self, at: 6)
    if reply == 2 { return .answered }
    guard try row.decode(Int64?.self, at: 0) != nil else { return .message(nil, replyWithoutExtras: reply == 1) }
    return .message(try store.message(from: row, conversationID: conversation, userID: userID), replyWithoutExtras: reply == 1)
  }

  /// Takes the lock of every conversation of `userID`, in one order (so two deletions cannot deadlock),
  /// waiting for the turns in flight on them to commit.
  /// - Parameters:
  ///   - userID: the user.
  ///   - connection: the deletion's transaction.
  /// - Returns: how many locks were taken.
  @discardableResult
  static func acquireForDeletion(userID: String, on connection: PostgresConnection) async throws -> Int {
    // Volatile functions of the output list run after the ORDER BY (PostgreSQL 9.6 and later), so the
    // locks are taken in the order of their keys.
    try await connection.execute("""
      SELECT pg_advisory_xact_lock(key) FROM (
        SELECT DISTINCT hashtext(id::text) AS key FROM chat_conversations WHERE user_id = $1) AS conversations
      ORDER BY key
      """, [userID]).rows.count
  }
}
