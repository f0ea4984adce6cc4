public import MeshCore
import MeshTransport
import Synchronization

/// One attempt on one endpoint, as the cluster hands it to `RetryingCall`: it passes everything through
/// (its outcome too, so retries can tell a refused stream) and reports the attempt's end to the cluster
/// once — for the outlier detector, the breaker's counts and the stats — even when nobody reads it (a
/// hedge that lost is only cancelled).
final class UpstreamAttemptStream: ForwardingClientCallStream, CallEndObserving, @unchecked Sendable {
  private enum End {
    case running([@Sendable (ClientCallEnd) -> Void])
    case ended(ClientCallEnd)
  }

  private let end = Mutex<End>(.running([]))

  init(base: any ClientCallStream, loop: EventLoop, onEnd: @escaping @Sendable (Status.Code) -> Void) {
    super.init(base: base)
    // The transport's stream says when it ended by a callback (on its loop): no task waits for it.
    if let observing = base as? any CallEndObserving {
      observing.whenEnded { [self] callEnd in ended(callEnd, onEnd: onEnd) }
      return
    }
    Task(executorPreference: loop) { [self] in
      let (status, trailers) = await base.finalStatus()
      ended(ClientCallEnd(status: status, trailers: trailers), onEnd: onEnd)
    }
  }

  private func ended(_ callEnd: ClientCallEnd, onEnd: @Sendable (Status.Code) -> Void) {
    onEnd(callEnd.status.code)
    let waiting = end.withLock { state -> [@Sendable (ClientCallEnd) -> Void] in
      guard case .running(let waiting) = state else { return [] }
      state = .ended(callEnd)
      return waiting
    }
    for body in waiting { body(callEnd) }
  }

  /// Runs `body` once the attempt ended (at once when it has), after the cluster was told: what the
  /// whole call needs, without a task of its own waiting for the same status.
  /// - Parameter body: told how the attempt ended, once.
  func whenEnded(_ body: @escaping @Sendable (ClientCallEnd) -> Void) {
    let ended = end.withLock { state -> ClientCallEnd? in
      switch state {
      case .running(var waiting):
        waiting.append(body)
        state = .running(waiting)
        return nil
      case .ended(let callEnd):
        return callEnd
      }
    }
    if let ended { body(ended) }
  }
}

/// The stream of a whole call through a cluster: counts the call's end in the cluster's stats.
final class UpstreamCallStream: ForwardingClientCallStream, @unchecked Sendable {
  init(base: any ClientCallStream, cluster: UpstreamCluster, call: UpstreamCallContext) {
    super.init(base: base)
    // A call without a retry policy (one attempt, or its transparent retry) tells its end by a callback.
    if let observing = base as? any CallEndObserving {
      observing.whenEnded { callEnd in cluster.callEnded(ok: callEnd.status.code == .ok, call: call) }
      return
    }
    Task(executorPreference: cluster.loops.current) {
      let (status, _) = await base.finalStatus()
      cluster.callEnded(ok: status.code == .ok, call: call)
    }
  }
}
