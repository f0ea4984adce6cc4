public import MeshCore

/// The routes of a gateway in order: the first whose match holds takes a call. Pure, so it is tested
/// without sockets.
public struct RouteTable: Sendable {
  /// The routes, in the order they are tried.
  public let routes: [GatewayRoute]
  /// Whether any route matches on request metadata: only then can a change of the metadata (by the call
  /// interceptors) change a call's route.
  public let matchesOnMetadata: Bool

  /// Creates a table.
  /// - Parameter routes: the routes, first match wins.
  public init(_ routes: [GatewayRoute]) {
    self.routes = routes
    matchesOnMetadata = routes.contains { !$0.match.headers.isEmpty }
  }

  /// The route of a call, or nil when none matches.
  /// - Parameters:
  ///   - method: the method called.
  ///   - authority: the host the client addressed.
  ///   - metadata: the request metadata.
  public func route(for method: MethodDescriptor, authority: String?, metadata: Metadata) -> GatewayRoute? {
    routeIndex(for: method, authority: authority, metadata: metadata).map { routes[$0] }
  }

  /// Where in `routes` the first route matching a call is, if one does: the relay reads the route where it
  /// lies (`routes.first` copied every route it tried, a retain of each of its strings, per call).
  /// - Parameters:
  ///   - method: the call's method.
  ///   - authority: its `:authority`.
  ///   - metadata: its request metadata.
  func routeIndex(for method: MethodDescriptor, authority: String?, metadata: Metadata) -> Int? {
    // A loop, not `first(where:)`: the closure copied each route's match it tried.
    for index in routes.indices where routes[index].match.matches(method: method, authority: authority, metadata: metadata) {
      return index
    }
    return nil
  }
}
