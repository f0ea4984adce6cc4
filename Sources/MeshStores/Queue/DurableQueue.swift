/// A durable, at-least-once message queue. Consumers complete a message with its lease, so a message
/// is completed at most once even when it is delivered twice.
public protocol DurableQueue: Sendable {
  /// Stores a message unless one with the same key is already in the queue.
  /// - Parameters:
  ///   - payload: the body.
  ///   - queue: the queue's name.
  ///   - idempotencyKey: the producer's key for this message.
  func enqueue(_ payload: [UInt8], queue: String, idempotencyKey: String) async throws -> EnqueueResult

  /// Takes up to `limit` visible messages, hiding them from others for `visibilityTimeout`; waits up to
  /// `wait` for one to arrive when the queue is empty.
  /// - Parameters:
  ///   - queue: the queue's name.
  ///   - limit: the most messages to take.
  ///   - visibilityTimeout: how long they stay hidden unless completed or failed.
  ///   - wait: how long to wait when there is none.
  func receive(queue: String, limit: Int, visibilityTimeout: Duration, wait: Duration) async throws -> [QueueMessage]

  /// Marks a delivery done; idempotent for the same delivery. Returns false when the lease was lost
  /// (another delivery owns the message now).
  /// - Parameter message: the delivery to complete.
  func complete(_ message: QueueMessage) async throws -> Bool

  /// Gives a delivery back after a failure: retried after a backoff, or dead-lettered when out of attempts.
  /// Returns the new state, or nil when the lease was not held (lost, or the failure already recorded).
  /// - Parameters:
  ///   - message: the failed delivery.
  ///   - error: why it failed, kept with the message.
  func fail(_ message: QueueMessage, error: String) async throws -> QueueMessageState?
}
