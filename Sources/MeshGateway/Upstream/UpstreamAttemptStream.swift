public import MeshCore

/// One attempt on one endpoint, as the cluster hands it to `RetryingCall`: it passes everything through
/// (its outcome too, so retries can tell a refused stream) and reports the attempt's end to the cluster
/// once — for the outlier detector, the breaker's counts and the stats — even when nobody reads it (a
/// hedge that lost is only cancelled).
final class UpstreamAttemptStream: ForwardingClientCallStream, @unchecked Sendable {
  init(base: any ClientCallStream, onEnd: @escaping @Sendable (Status.Code) -> Void) {
    super.init(base: base)
    Task {
      let (status, _) = await base.finalStatus()
      onEnd(status.code)
    }
  }
}

/// The stream of a whole call through a cluster: counts the call's end in the cluster's stats.
final class UpstreamCallStream: ForwardingClientCallStream, @unchecked Sendable {
  init(base: any ClientCallStream, cluster: UpstreamCluster) {
    super.init(base: base)
    Task {
      let (status, _) = await base.finalStatus()
      cluster.callEnded(ok: status.code == .ok)
    }
  }
}
