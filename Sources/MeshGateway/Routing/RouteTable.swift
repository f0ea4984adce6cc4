public import MeshCore

/// The routes of a gateway in order: the first whose match holds takes a call. Pure, so it is tested
/// without sockets.
public struct RouteTable: Sendable {
  /// The routes, in the order they are tried.
  public let routes: [GatewayRoute]
  /// Whether any route matches on request metadata: only then can a change of the metadata (by the call
  /// interceptors) change a call's route.
  public let matchesOnMetadata: Bool
  /// The routes again, each as one object (`RouteEntry`), for the per-call match.
  let entries: [RouteEntry]

  /// Creates a table.
  /// - Parameter routes: the routes, first match wins.
  public init(_ routes: [GatewayRoute]) {
    self.routes = routes
    matchesOnMetadata = routes.contains { !$0.match.headers.isEmpty }
    entries = routes.indices.map { RouteEntry(routes[$0], index: $0) }
  }

  /// The route of a call, or nil when none matches.
  /// - Parameters:
  ///   - method: the method called.
  ///   - authority: the host the client addressed.
  ///   - metadata: the request metadata.
  public func route(for method: MethodDescriptor, authority: String?, metadata: Metadata) -> GatewayRoute? {
    entry(for: method, authority: authority, metadata: metadata)?.route
  }

  /// The first route matching a call, as its entry, if one does: the relay keeps the entry (one object) and
  /// reads the route where it lies (`routes.first` copied every route it tried, a retain of each of its
  /// strings, per call; `routes[i].match` still copied each match tried).
  /// - Parameters:
  ///   - method: the call's method.
  ///   - authority: its `:authority`.
  ///   - metadata: its request metadata.
  func entry(for method: MethodDescriptor, authority: String?, metadata: Metadata) -> RouteEntry? {
    // A loop, not `first(where:)`: the closure copied each route's match it tried.
    for entry in entries where entry.route.match.matches(method: method, authority: authority, metadata: metadata) {
      return entry
    }
    return nil
  }
}
