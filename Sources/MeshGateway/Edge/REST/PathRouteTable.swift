/// HTTP routes by method and path template: finds the most specific template that matches a request,
/// tells a wrong method (405, with the methods that would do) from an unknown path (404), and refuses
/// at build time two routes of one method whose templates match the same paths.
public struct PathRouteTable<Value: Sendable>: Sendable {
  /// One route.
  public struct Route: Sendable {
    /// The HTTP method, upper case.
    public let method: String
    /// The path template.
    public let template: PathTemplate
    /// What the route leads to.
    public let value: Value

    /// Creates a route.
    /// - Parameters:
    ///   - method: the HTTP method, upper case.
    ///   - template: the path template.
    ///   - value: what the route leads to.
    public init(method: String, template: PathTemplate, value: Value) {
      self.method = method
      self.template = template
      self.value = value
    }
  }

  /// What a lookup found.
  public enum Lookup {
    /// A route, with its variables' values.
    case found(Route, bindings: [(fieldPath: [String], value: String)])
    /// The path is known but not for this method; the methods that are, sorted.
    case methodNotAllowed(allowed: [String])
    /// No route matches the path.
    case notFound
  }

  /// Two routes of one method whose templates match the same paths.
  public struct Conflict: Error, Sendable, CustomStringConvertible {
    /// The method.
    public let method: String
    /// The two templates.
    public let templates: (PathTemplate, PathTemplate)

    /// `GET /v1/{a} conflicts with GET /v1/{b}`.
    public var description: String {
      "\(method) \(templates.0) conflicts with \(method) \(templates.1): both match the same paths"
    }
  }

  /// The routes, most specific first, so that the first match is the best.
  public let routes: [Route]

  /// Builds a table.
  /// - Parameter routes: the routes, in any order.
  /// - Throws: `Conflict` when two routes of one method have templates of the same shape.
  public init(_ routes: [Route]) throws(Conflict) {
    var seen: [String: PathTemplate] = [:]
    for route in routes {
      let key = route.method + " " + route.template.shape
      if let other = seen[key] { throw Conflict(method: route.method, templates: (other, route.template)) }
      seen[key] = route.template
    }
    self.routes = routes.sorted { $1.template.specificity.lexicographicallyPrecedes($0.template.specificity) }
  }

  /// Finds the route of a request.
  /// - Parameters:
  ///   - method: the request's method, upper case.
  ///   - path: the request's path, without the query.
  public func lookup(method: String, path: String) -> Lookup {
    var allowed = Set<String>()
    for route in routes {
      guard let bindings = route.template.match(path) else { continue }
      if route.method == method {
        return .found(route, bindings: bindings)
      }
      allowed.insert(route.method)
    }
    return allowed.isEmpty ? .notFound : .methodNotAllowed(allowed: allowed.sorted())
  }
}
