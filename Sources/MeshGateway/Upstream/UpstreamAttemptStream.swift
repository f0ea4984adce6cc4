public import MeshCore
import MeshTransport
import Synchronization

/// One attempt on one endpoint, as the cluster hands it to `RetryingCall`: it passes everything through
/// (its outcome too, so retries can tell a refused stream) and reports the attempt's end to the cluster
/// once — for the outlier detector, the breaker's counts and the stats — even when nobody reads it (a
/// hedge that lost is only cancelled).
final class UpstreamAttemptStream: ForwardingClientCallStream, @unchecked Sendable {
  private enum End {
    case running([@Sendable (Status.Code) -> Void])
    case ended(Status.Code)
  }

  private let end = Mutex<End>(.running([]))

  init(base: any ClientCallStream, loop: EventLoop, onEnd: @escaping @Sendable (Status.Code) -> Void) {
    super.init(base: base)
    Task(executorPreference: loop) { [self] in
      let (status, _) = await base.finalStatus()
      onEnd(status.code)
      let waiting = end.withLock { state -> [@Sendable (Status.Code) -> Void] in
        guard case .running(let waiting) = state else { return [] }
        state = .ended(status.code)
        return waiting
      }
      for body in waiting { body(status.code) }
    }
  }

  /// Runs `body` with the attempt's status code once it ended (at once when it has): what the whole call
  /// needs when the attempt is the call, without a task of its own waiting for the same status.
  /// - Parameter body: told the status code, once.
  func whenEnded(_ body: @escaping @Sendable (Status.Code) -> Void) {
    let ended = end.withLock { state -> Status.Code? in
      switch state {
      case .running(var waiting):
        waiting.append(body)
        state = .running(waiting)
        return nil
      case .ended(let code):
        return code
      }
    }
    if let ended { body(ended) }
  }
}

/// The stream of a whole call through a cluster: counts the call's end in the cluster's stats.
final class UpstreamCallStream: ForwardingClientCallStream, @unchecked Sendable {
  init(base: any ClientCallStream, cluster: UpstreamCluster) {
    super.init(base: base)
    // A call without retries is its one attempt: its end is already awaited there.
    if let attempt = base as? UpstreamAttemptStream {
      attempt.whenEnded { code in cluster.callEnded(ok: code == .ok) }
      return
    }
    Task(executorPreference: cluster.loops.current) {
      let (status, _) = await base.finalStatus()
      cluster.callEnded(ok: status.code == .ok)
    }
  }
}
