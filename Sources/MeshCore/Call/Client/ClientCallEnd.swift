/// How a client call ended, as an end observer is told it.
public struct ClientCallEnd: Sendable {
  /// The call's status.
  public var status: Status
  /// The trailing metadata.
  public var trailers: Metadata
  /// True when the server's application never saw the call (REFUSED_STREAM, a GOAWAY that did not cover
  /// it): A6's transparent retry may replace such an attempt.
  public var unprocessed: Bool

  /// Creates an end.
  /// - Parameters:
  ///   - status: the call's status.
  ///   - trailers: the trailing metadata.
  ///   - unprocessed: whether the server's application never saw the call.
  public init(status: Status, trailers: Metadata, unprocessed: Bool = false) {
    self.status = status
    self.trailers = trailers
    self.unprocessed = unprocessed
  }
}

/// A call stream that tells observers of its end by a callback, so that bookkeeping on a call's end (a
/// cluster's counts, an outlier detector) needs no task of its own waiting in `finalStatus()`: a task per
/// call is a wake-up and several allocations on every forwarded call.
public protocol CallEndObserving: ClientCallStream {
  /// Runs `body` once, when the call has ended (at once when it has already). It runs on whichever thread
  /// ends the call, often an event loop: keep it short, and never block or wait in it.
  /// - Parameter body: told how the call ended.
  func whenEnded(_ body: @escaping @Sendable (ClientCallEnd) -> Void)
}
