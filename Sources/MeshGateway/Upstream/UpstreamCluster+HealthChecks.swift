import MeshCore
import MeshProtos

extension UpstreamCluster {
  /// Starts one task per endpoint that asks `grpc.health.v1.Health/Check` every interval, with a timeout,
  /// and moves the endpoint out of the rotation and back as `HealthCheckCounter` says.
  func startHealthChecks(_ healthCheck: UpstreamClusterConfiguration.HealthCheck) {
    for index in endpoints.indices {
      guard let channel = endpoints[index].channels.first else { continue }
      let task = Task { [weak self] in
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
          guard !Task.isCancelled, self?.recordHealthCheck(index, passed: passed) != nil else { return }
          try? await Task.sleep(for: healthCheck.interval)
        }
      }
      addHealthCheck(task)
    }
  }

  private func recordHealthCheck(_ index: Int, passed: Bool) {
    state.withLock { state in _ = state.health[index].record(passed: passed) }
  }
}
