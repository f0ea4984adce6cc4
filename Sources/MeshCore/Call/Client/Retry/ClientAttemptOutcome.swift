/// How one attempt of a call went up to the point that decides a retry: it got response headers (the
/// call is then committed to it), or it ended without them.
public enum ClientAttemptOutcome: Sendable, Hashable {
  /// Response headers arrived: whatever happens next belongs to the application.
  case headersReceived
  /// The attempt ended without response headers (a Trailers-Only response or a local failure).
  /// `unprocessed` is true when the server's application never saw it (REFUSED_STREAM, a GOAWAY that
  /// did not cover the stream, or a stream that never left the client): A6's transparent retry.
  case ended(Status, Metadata, unprocessed: Bool)
}

/// A call stream that can tell how its attempt went before the application reads it; retries, hedging
/// and transparent retries need it. Streams that do not conform are committed as soon as they open.
public protocol AttemptReportingCallStream: ClientCallStream {
  /// Waits until response headers arrive or the attempt ends.
  func attemptOutcome() async -> ClientAttemptOutcome
}

/// A transport that carries a service config for its calls, and the retry state shared by them
/// (the throttle and the replay buffer's memory are per channel, as A6 says).
public protocol ServiceConfigProviding: Sendable {
  /// The service config.
  var serviceConfig: ServiceConfig { get }
  /// The throttle of `serviceConfig.retryThrottling`; nil when there is none.
  var retryThrottle: RetryThrottle? { get }
  /// The memory for request messages held for replay.
  var retryBufferPool: RetryBufferPool { get }
}

extension ForwardingClientCallStream: AttemptReportingCallStream {
  /// The outcome of `base`, so that a call an interceptor wraps can still be retried; a base that cannot
  /// tell commits at once. A status the subclass rewrites is not seen here: retries decide on the wire's.
  public func attemptOutcome() async -> ClientAttemptOutcome {
    guard let reporting = base as? any AttemptReportingCallStream else { return .headersReceived }
    return await reporting.attemptOutcome()
  }
}
