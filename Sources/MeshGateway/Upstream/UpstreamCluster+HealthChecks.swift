import MeshCore
import MeshProtos

extension UpstreamCluster {
  /// Starts one task per endpoint that asks `grpc.health.v1.Health/Check` every interval, with a timeout,
  /// and moves the endpoint out of the rotation and back as `HealthCheckCounter` says.
  func startHealthChecks(_ healthCheck: UpstreamClusterConfiguration.HealthCheck) {
    for index in endpoints.indices {
      guard let channel = endpoints[index].channels.first else { continue }
      let task = Task { [link] in
        let health = Grpc_Health_V1_Health.Client(wrapping: GRPCClient(transport: channel))
        var request = Grpc_Health_V1_HealthCheckRequest()
        request.service = healthCheck.service
        var options = CallOptions.defaults
        options.timeout = healthCheck.timeout
        while !Task.isCancelled {
          let passed: Bool
          do {
            passed = try await health.check(request, options: options).status == .serving
          } catch {
            passed = false
          }
          // No strong reference across the sleep: a cluster nobody holds goes away and its checks stop.
          guard !Task.isCancelled, link.withCluster({ $0.recordHealthCheck(index, passed: passed) }) != nil else { return }
          try? await Task.sleep(for: healthCheck.interval)
        }
      }
      addHealthCheck(task)
    }
  }

  /// A passed check also returns an ejected endpoint to service (Envoy's
  /// `successful_active_health_check_uneject_host`, on by default) and makes its other connections,
  /// which may wait out backoff delays that grew while it was down, connect now: the server answers, so
  /// calls should reach it from every loop at once, not after a delay of up to two minutes.
  private func recordHealthCheck(_ index: Int, passed: Bool) {
    let reconnect = state.withLock { state -> Bool in
      _ = state.health[index].record(passed: passed)
      guard passed else { return false }
      if state.outliers.returnToService(index, now: .now) { metrics.ejected[index].set(0) }
      return true
    }
    if reconnect { endpoints[index].resetConnectBackoff() }
  }
}
