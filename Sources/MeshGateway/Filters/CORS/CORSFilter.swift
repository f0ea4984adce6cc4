import MeshCore

/// Cross-origin resource sharing (the Fetch standard's CORS protocol) for browser clients: answers a
/// preflight (`OPTIONS` with `access-control-request-method`) itself, and adds the allow and expose headers
/// to the responses of allowed origins. A request from an origin that is not allowed goes on without CORS
/// headers (the browser then hides the response); its preflight is answered 403.
public struct CORSFilter: EdgeRequestFilter {
  /// The policy.
  public let policy: CORSPolicy

  /// Creates the filter.
  /// - Parameter policy: who may call.
  public init(policy: CORSPolicy) { self.policy = policy }

  /// Answers a preflight or marks the response of a cross-origin request.
  /// - Parameter request: the head.
  public func filter(_ request: EdgeRequestHead) -> EdgeFilterResult {
    guard let origin = request.header("origin") else { return .proceed(request, responseHeaders: []) }
    let isPreflight = request.method == "OPTIONS" && request.header("access-control-request-method") != nil
    guard policy.allows(origin: origin) else {
      if isPreflight { return .respond(status: 403, headers: [("vary", "origin")], body: []) }
      return .proceed(request, responseHeaders: [("vary", "origin")])
    }
    var headers = [("access-control-allow-origin", policy.allowOriginValue(for: origin)), ("vary", "origin")]
    if policy.allowCredentials { headers.append(("access-control-allow-credentials", "true")) }
    guard isPreflight else {
      if !policy.exposedHeaders.isEmpty {
        headers.append(("access-control-expose-headers", policy.exposedHeaders.joined(separator: ", ")))
      }
      return .proceed(request, responseHeaders: headers)
    }
    let method = (request.header("access-control-request-method") ?? "").trimmingSpaces.uppercased()
    let asked = (request.header("access-control-request-headers") ?? "").split(separator: ",")
      .map { String($0).trimmingSpaces.lowercased() }.filter { !$0.isEmpty }
    guard policy.allowedMethods.contains(method), asked.allSatisfy(policy.allowedHeaders.contains) else {
      return .respond(status: 403, headers: [("vary", "origin")], body: [])
    }
    headers += [
      ("access-control-allow-methods", policy.allowedMethods.sorted().joined(separator: ", ")),
      ("access-control-allow-headers", policy.allowedHeaders.sorted().joined(separator: ", ")),
      ("access-control-max-age", String(policy.maxAgeSeconds)),
    ]
    return .respond(status: 204, headers: headers, body: [])
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  var trimmingSpaces: String {
    String(self.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }
}
