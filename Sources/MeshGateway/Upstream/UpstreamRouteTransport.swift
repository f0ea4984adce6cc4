public import MeshCore

/// A cluster seen through one route: the same endpoints, connections, budget and breaker, with the
/// route's number of retries for idempotent methods. Cheap to make; the dispatcher can keep one per route.
public struct UpstreamRouteTransport: ClientTransport {
  /// The cluster.
  public let cluster: UpstreamCluster
  /// The route's retries; nil keeps the cluster's policy.
  public let retries: Int?

  /// Opens a call on the cluster with the route's retries.
  public func openCall(method: MethodDescriptor, metadata: Metadata, options: CallOptions) async throws
    -> any ClientCallStream
  {
    try await cluster.openCall(method: method, metadata: metadata, options: options, retries: retries)
  }
}
