public import MeshPostgres
import Synchronization

/// The "done" mark of a delivery, for a consumer to carry in the first statement of its own work: one
/// statement and one round trip less per message than marking it apart. `commonTableExpression` is a
/// data-modifying CTE that marks the message done when this delivery still holds it; the statement
/// carrying it returns `(SELECT count(*) FROM queue_done)` and hands that to `confirm(markedRows:)`.
///
/// A consumer that does not carry it (an early return, a path that runs no statement) loses nothing: the
/// queue marks the message itself after the consumer's work, before the commit. Either way the mark
/// commits with the consumer's writes or rolls back with them.
public final class QueueCompletion: Sendable {
  /// The delivery to complete.
  public let message: QueueMessage
  private let marked = Atomic<Bool>(false)

  init(message: QueueMessage) { self.message = message }

  /// `queue_done AS (UPDATE … RETURNING id)`, for a `WITH` list, its two parameters numbered from `first`
  /// (the values are `parameters`).
  /// - Parameter first: the number of the CTE's first placeholder in the carrying statement.
  public func commonTableExpression(firstParameter first: Int) -> String {
    """
    queue_done AS (
      UPDATE queue_messages SET state = 'done', completed_at = now()
      WHERE id = $\(first) AND lease = $\(first + 1)::uuid AND state = 'inflight' RETURNING id)
    """
  }

  /// The values of the CTE's placeholders, in order.
  public var parameters: [any PostgresEncodable] { [message.id, message.lease] }

  /// Takes what the carried CTE marked: 1 row, or none when another delivery owns the message.
  /// - Parameter markedRows: `(SELECT count(*) FROM queue_done)` of the carrying statement.
  /// - Throws: `StoreError.leaseLost` when it marked none; the transaction then rolls back.
  public func confirm(markedRows: Int) throws {
    guard markedRows == 1 else { throw StoreError.leaseLost(messageID: message.id) }
    marked.store(true, ordering: .relaxed)
  }

  /// True once a carried mark was confirmed (then the consumer may commit its transaction itself: the
  /// queue commits only a transaction still open).
  public var isMarked: Bool { marked.load(ordering: .relaxed) }
}
