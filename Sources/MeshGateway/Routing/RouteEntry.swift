import MeshProtobuf

/// One route of a `RouteTable`, held by reference: a relayed call keeps its route as this one object (one
/// retain), and the table's matching reads each route where it lies. An element read from an array of
/// `GatewayRoute` values is a copy (a retain of each of its strings and of its header conditions), which cost
/// ~7 retains per relayed call in the table's loop and in the relay (issue 9).
final class RouteEntry: Sendable {
  /// The route.
  let route: GatewayRoute
  /// Its place in the table (for per-route values a snapshot precomputes, such as its cluster).
  let index: Int
  /// The route's part of a relayed call's access line, `,"route":"NAME","cluster":"CLUSTER"`, quoted once here:
  /// written per call, the two quoted strings cost ~290 instructions each (a span, the escape check, two
  /// copies) for text that is the same on every call of the route.
  let accessLineText: [UInt8]

  init(_ route: GatewayRoute, index: Int) {
    self.route = route
    self.index = index
    accessLineText = Array(",\"route\":\(JSONText.quoted(route.name)),\"cluster\":\(JSONText.quoted(route.cluster))".utf8)
  }
}
