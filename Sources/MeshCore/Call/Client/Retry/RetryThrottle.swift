import Synchronization

/// A6's retry throttling for one channel, shared by all its calls: a `RetryTokenBucket` behind a lock.
public final class RetryThrottle: Sendable {
  private let bucket: Mutex<RetryTokenBucket>

  /// Creates a throttle with a full bucket.
  /// - Parameters:
  ///   - maxTokens: the capacity.
  ///   - tokenRatio: the gain per successful call.
  /// - Throws: `RPCError` with `.invalidArgument` when a value is out of range.
  public init(maxTokens: Int, tokenRatio: Double) throws {
    bucket = Mutex(try RetryTokenBucket(maxTokens: maxTokens, tokenRatio: tokenRatio))
  }

  /// Creates a throttle from its service-config form (validated when it was made).
  /// - Parameter configuration: `retryThrottling` of a service config.
  public init(_ configuration: ServiceConfig.RetryThrottling) {
    bucket = Mutex(RetryTokenBucket(validatedMaxTokens: configuration.maxTokens, tokenRatio: configuration.tokenRatio))
  }

  /// The bucket now (a copy).
  public var snapshot: RetryTokenBucket { bucket.withLock { $0 } }

  /// Whether a retry or hedged attempt may be sent now.
  public var allowsRetries: Bool { bucket.withLock { $0.allowsRetries } }

  /// Records a failure and tells whether retries are still allowed after it.
  @discardableResult
  public func recordFailure() -> Bool {
    bucket.withLock {
      $0.recordFailure()
      return $0.allowsRetries
    }
  }

  /// Records a success.
  public func recordSuccess() { bucket.withLock { $0.recordSuccess() } }
}
