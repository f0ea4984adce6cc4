/// One route of a `RouteTable`, held by reference: a relayed call keeps its route as this one object (one
/// retain), and the table's matching reads each route where it lies. An element read from an array of
/// `GatewayRoute` values is a copy (a retain of each of its strings and of its header conditions), which cost
/// ~7 retains per relayed call in the table's loop and in the relay (issue 9).
final class RouteEntry: Sendable {
  /// The route.
  let route: GatewayRoute
  /// Its place in the table (for per-route values a snapshot precomputes, such as its cluster).
  let index: Int

  init(_ route: GatewayRoute, index: Int) {
    self.route = route
    self.index = index
  }
}
