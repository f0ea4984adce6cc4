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
  /// Takes the lock of `conversation` for a turn of `userID` (waiting while a turn or a deletion holds
  /// it), then a key-share lock on the conversation's row, so that no deletion can remove the
  /// conversation under the turn until the turn commits.
  /// - Parameters:
  ///   - conversation: the turn's conversation.
  ///   - userID: its owner.
  ///   - connection: the turn's transaction.
  /// - Returns: false when the conversation is gone (its user deleted their data): the turn has nothing to answer.
  public static func acquireForTurn(conversation: UUID, userID: String, on connection: PostgresConnection) async throws -> Bool {
    // The subquery in FROM takes the lock before the row is looked at (a subquery with a volatile
    // function is not merged into the outer query). When the lock was waited for, the row lock sees the
    // latest committed version: a conversation deleted meanwhile yields no row.
    let row = try await connection.execute("""
      SELECT EXISTS (SELECT 1 FROM chat_conversations WHERE id = $1::uuid AND user_id = $2 FOR KEY SHARE)
      FROM (SELECT pg_advisory_xact_lock(hashtext($1::text))) AS turn_lock
      """, [conversation.uuidString.lowercased(), userID]).first
    return try row?.decode(Bool.self, at: 0) ?? false
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
