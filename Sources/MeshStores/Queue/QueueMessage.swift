/// A message handed to one consumer; it stays invisible to others until its visibility timeout passes.
public struct QueueMessage: Sendable, Equatable {
  /// The message's id.
  public let id: Int64
  /// The queue it belongs to.
  public let queue: String
  /// The key the producer gave; the same key is never enqueued twice.
  public let idempotencyKey: String
  /// The body.
  public let payload: [UInt8]
  /// Deliveries so far, this one included.
  public let attempts: Int
  /// Proves this delivery is the current one; completion and failure need it.
  public let lease: String
}

/// The result of an enqueue.
public struct EnqueueResult: Sendable, Equatable {
  /// The message's id (the existing one for a duplicate).
  public let id: Int64
  /// True when the idempotency key was already there, so nothing new was stored.
  public let duplicate: Bool
}

/// Where a message is in its life.
public enum QueueMessageState: String, Sendable, Equatable {
  /// Waiting for a consumer (possibly until a retry's backoff passes).
  case ready
  /// Held by a consumer.
  case inflight
  /// Completed.
  case done
  /// Out of attempts; kept for inspection and manual requeue.
  case dead
}

/// Delivery rules of a queue.
public struct QueuePolicy: Sendable {
  /// Deliveries before a message goes to the dead-letter state.
  public var maxAttempts: Int
  /// Backoff after the first failure; doubled after each further one.
  public var baseBackoff: Duration
  /// The largest backoff.
  public var maxBackoff: Duration
  /// The largest accepted payload.
  public var maxPayloadBytes: Int

  /// Creates a policy.
  /// - Parameters:
  ///   - maxAttempts: deliveries before dead-lettering.
  ///   - baseBackoff: the first retry delay.
  ///   - maxBackoff: the cap on retry delays.
  ///   - maxPayloadBytes: the payload size limit.
  public init(maxAttempts: Int = 5, baseBackoff: Duration = .seconds(1), maxBackoff: Duration = .seconds(300),
              maxPayloadBytes: Int = 1 << 20) {
    self.maxAttempts = maxAttempts
    self.baseBackoff = baseBackoff
    self.maxBackoff = maxBackoff
    self.maxPayloadBytes = maxPayloadBytes
  }
}

extension Duration {
  var seconds: Double {
    Double(components.seconds) + Double(components.attoseconds) / 1e18
  }
}
