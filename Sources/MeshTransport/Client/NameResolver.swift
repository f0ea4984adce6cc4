public import MeshCore
import Dispatch

/// Turns a channel's target into addresses. The channel asks again when its connections are lost and at
/// a regular interval, so that it follows a service whose addresses change.
public protocol NameResolver: Sendable {
  /// The addresses of `target` now, in order of preference.
  /// - Parameter target: the host and port.
  /// - Throws: when the name cannot be resolved.
  func resolve(_ target: GRPCChannel.Target) async throws -> [SocketAddress]
}

/// Resolves names with the system's `getaddrinfo` (hosts file, DNS) on a Dispatch queue: a blocking lookup
/// never stalls an event loop or a Swift concurrency thread.
public struct SystemNameResolver: NameResolver {
  private static let queue = DispatchQueue(label: "mesh.name-resolver", attributes: .concurrent)

  /// Creates a resolver.
  public init() {}

  /// Resolves `target` with `getaddrinfo`, IPv4 addresses first.
  public func resolve(_ target: GRPCChannel.Target) async throws -> [SocketAddress] {
    try await withCheckedThrowingContinuation { continuation in
      Self.queue.async {
        continuation.resume(with: Result { try SocketAddress.resolve(host: target.host, port: target.port) })
      }
    }
  }
}

/// How a channel resolves its targets and how often it asks again.
public struct NameResolution: Sendable {
  /// The resolver.
  public var resolver: any NameResolver
  /// The time between lookups while everything works; nil asks again only when connections are lost.
  public var refreshInterval: Duration?
  /// The shortest time between two lookups, so that a flapping server does not cause a storm of them.
  public var minimumInterval: Duration
  /// Delays between lookups that fail or find nothing.
  public var backoff: ConnectionBackoff

  /// Creates a resolution policy.
  /// - Parameters:
  ///   - resolver: the resolver; `getaddrinfo` by default.
  ///   - refreshInterval: the time between lookups, 30 s by default.
  ///   - minimumInterval: the shortest time between lookups, 1 s by default.
  ///   - backoff: the delays after a failed lookup.
  public init(resolver: any NameResolver = SystemNameResolver(), refreshInterval: Duration? = .seconds(30),
              minimumInterval: Duration = .seconds(1), backoff: ConnectionBackoff = ConnectionBackoff()) {
    self.resolver = resolver
    self.refreshInterval = refreshInterval
    self.minimumInterval = minimumInterval
    self.backoff = backoff
  }
}
