/// Routes requests by method and path pattern (`/orders/{orderID}/cancel`) to handlers; `{name}`
/// matches one segment, handed to the handler percent-decoded in `pathParameters`.
public struct HTTPRouter: HTTPHandler {
  /// A route's handler.
  public typealias Handler = @Sendable (HTTPRequest) async throws -> HTTPResponse

  private enum Segment: Sendable {
    case literal(String)
    case parameter(String)
  }

  private struct Route: Sendable {
    let method: String
    let segments: [Segment]
    let handler: Handler
  }

  private var routes: [Route] = []

  /// Creates an empty router (every request gets 404).
  public init() {}

  /// Adds a route.
  /// - Parameters:
  ///   - method: the method, such as `GET`.
  ///   - pattern: the path, with `{name}` for a parameter segment.
  ///   - handler: what answers it.
  public mutating func add(_ method: String, _ pattern: String, _ handler: @escaping Handler) {
    let segments: [Segment] = pattern.split(separator: "/").map { part in
      part.hasPrefix("{") && part.hasSuffix("}") ? .parameter(String(part.dropFirst().dropLast())) : .literal(String(part))
    }
    routes.append(Route(method: method, segments: segments, handler: handler))
  }

  /// Answers with the matching route; 404 when no path matches, 405 (with `Allow`) when only the method
  /// differs, 400 when a parameter is not valid percent-encoded UTF-8.
  /// - Parameter request: the request.
  public func handle(_ request: HTTPRequest) async throws -> HTTPResponse {
    let parts = request.path.split(separator: "/", omittingEmptySubsequences: true)
    var allowed: [String] = []
    for route in routes {
      guard let parameters = Self.match(route.segments, parts) else { continue }
      guard route.method == request.method || (route.method == "GET" && request.method == "HEAD") else {
        allowed.append(route.method)
        continue
      }
      guard let decoded = parameters else {
        return HTTPResponseEncoder.errorResponse(status: 400, reason: "invalid percent-encoding in the path")
      }
      var routed = request
      routed.pathParameters = decoded
      return try await route.handler(routed)
    }
    if !allowed.isEmpty {
      var response = HTTPResponseEncoder.errorResponse(status: 405, reason: "method not allowed")
      response.headers.add(name: "Allow", value: allowed.joined(separator: ", "))
      return response
    }
    return HTTPResponseEncoder.errorResponse(status: 404, reason: "no such resource")
  }

  /// nil when the path does not match; `.some(nil)` when it matches but a parameter does not decode.
  private static func match(_ segments: [Segment], _ parts: [Substring]) -> [String: String]?? {
    guard segments.count == parts.count else { return nil }
    var parameters: [String: String] = [:]
    var valid = true
    for (segment, part) in zip(segments, parts) {
      switch segment {
      case .literal(let literal): guard literal == part else { return nil }
      case .parameter(let name):
        if let value = PercentDecoding.decode(part) { parameters[name] = value } else { valid = false }
      }
    }
    return .some(valid ? parameters : nil)
  }
}
