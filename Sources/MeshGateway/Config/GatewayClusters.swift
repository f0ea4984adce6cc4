public import MeshCore
import Synchronization

/// The gateway's running clusters by name, replaced on reload. The call filters reach the auth and
/// rate-limit services through `transport(named:)`, which looks the cluster up per call: a filter made
/// once (with its JWKS and API-key caches) keeps working when a reload rebuilds or replaces its cluster,
/// and every service call goes through the same pooled, balanced, health-checked connections as routed calls.
public final class GatewayClusters: Sendable {
  private let current: Mutex<[String: UpstreamCluster]>

  /// Creates a directory.
  /// - Parameter clusters: the first clusters by name.
  public init(_ clusters: [String: UpstreamCluster] = [:]) { current = Mutex(clusters) }

  /// The clusters new calls use.
  public var clusters: [String: UpstreamCluster] {
    get { current.withLock { $0 } }
    set { current.withLock { $0 = newValue } }
  }

  /// A transport that opens each call on the cluster named `name` at that moment.
  /// - Parameter name: a cluster's name.
  public func transport(named name: String) -> any ClientTransport { NamedClusterTransport(name: name, clusters: self) }
}

/// A cluster looked up by name at each call (see `GatewayClusters`).
struct NamedClusterTransport: ClientTransport {
  let name: String
  let clusters: GatewayClusters

  func openCall(method: MethodDescriptor, metadata: Metadata, options: CallOptions) async throws -> any ClientCallStream {
    guard let cluster = clusters.clusters[name] else {
      throw RPCError(code: .unavailable, message: "The cluster '\(name)' is not configured.")
    }
    return try await cluster.openCall(method: method, metadata: metadata, options: options)
  }
}
