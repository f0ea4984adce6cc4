public import MeshCore
public import MeshProtos

/// `grpc.health.v1.Health`: Check answers from the store; Watch streams each change of status.
public struct HealthService: Grpc_Health_V1_Health.ServiceProtocol {
  /// The statuses served.
  public let store: HealthStatusStore

  /// Creates the service.
  /// - Parameter store: the statuses to serve.
  public init(store: HealthStatusStore) { self.store = store }

  /// The status of a service; NOT_FOUND for a service never registered, as the protocol says.
  public func check(request: Grpc_Health_V1_HealthCheckRequest, context: ServerContext) async throws
    -> Grpc_Health_V1_HealthCheckResponse
  {
    guard let status = store.status(of: request.service) else {
      throw RPCError(code: .notFound, message: "Unknown service '\(request.service)'.")
    }
    var response = Grpc_Health_V1_HealthCheckResponse()
    response.status = status
    return response
  }

  /// Sends the current status, then every change, until the client cancels.
  public func watch(request: Grpc_Health_V1_HealthCheckRequest,
                    response: ResponseWriter<Grpc_Health_V1_HealthCheckResponse>,
                    context: ServerContext) async throws {
    for await status in store.updates(of: request.service) {
      var message = Grpc_Health_V1_HealthCheckResponse()
      message.status = status
      try await response.write(message)
    }
  }
}
