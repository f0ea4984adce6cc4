public import MeshCore

/// What a call must look like for a route to take it; every condition set must hold, and a match with
/// no condition takes every call.
public struct RouteMatch: Sendable, Hashable {
  /// The fully qualified gRPC service (`grpc.testing.TestService`), exact.
  public var service: String?
  /// The method name (`UnaryCall`), exact; with `service` or alone.
  public var method: String?
  /// The start of the path (`/grpc.testing.`).
  public var pathPrefix: String?
  /// The host the client addressed, case-insensitive; `*.example.com` matches any subdomain; the port
  /// is ignored unless the pattern has one.
  public var authority: String?
  /// Headers (metadata) the call must carry.
  public var headers: [HeaderMatch]

  /// Creates a match.
  /// - Parameters:
  ///   - service: the gRPC service, exact.
  ///   - method: the method name, exact.
  ///   - pathPrefix: the path's start.
  ///   - authority: the host pattern.
  ///   - headers: required headers.
  public init(service: String? = nil, method: String? = nil, pathPrefix: String? = nil, authority: String? = nil,
              headers: [HeaderMatch] = []) {
    self.service = service
    self.method = method
    self.pathPrefix = pathPrefix
    self.authority = authority
    self.headers = headers
  }

  /// Whether a call matches.
  /// - Parameters:
  ///   - method: the method called.
  ///   - authority: the host the client addressed.
  ///   - metadata: the request metadata.
  @inline(__always)  // into the route table's loop, which then reads the match where it lies (no copy per call)
  public func matches(method: MethodDescriptor, authority: String?, metadata: Metadata) -> Bool {
    if let service, service != method.service { return false }
    if let name = self.method, name != method.method { return false }
    if let pathPrefix, !method.path.hasPrefix(pathPrefix) { return false }
    if let pattern = self.authority {
      guard let authority, Self.host(authority, matches: pattern) else { return false }
    }
    for header in headers where !header.matches(metadata) { return false }
    return true
  }

  static func host(_ authority: String, matches pattern: String) -> Bool {
    let patternHasPort = pattern.hasPrefix("[") ? pattern.contains("]:") : pattern.contains(":")
    let host = patternHasPort ? authority.lowercased() : Self.stripPort(authority).lowercased()
    let pattern = pattern.lowercased()
    if pattern.hasPrefix("*.") { return host.hasSuffix(pattern.dropFirst()) && host.count > pattern.count - 1 }
    return host == pattern
  }

  private static func stripPort(_ authority: String) -> Substring {
    if authority.hasPrefix("[") {  // [::1]:8080
      guard let close = authority.firstIndex(of: "]") else { return Substring(authority) }
      return authority[...close]
    }
    guard let colon = authority.lastIndex(of: ":") else { return Substring(authority) }
    return authority[..<colon]
  }
}

/// A header a call must carry: present, or with an exact value.
public struct HeaderMatch: Sendable, Hashable {
  /// The name, lower case.
  public var name: String
  /// The value it must have; nil when presence is enough.
  public var value: String?

  /// Creates a header condition.
  /// - Parameters:
  ///   - name: the header name (compared in lower case).
  ///   - value: the exact value; nil for presence only.
  public init(name: String, value: String? = nil) {
    self.name = name.lowercased()
    self.value = value
  }

  /// Whether the metadata satisfies it.
  /// - Parameter metadata: the request metadata.
  public func matches(_ metadata: Metadata) -> Bool {
    let values = metadata[name]
    guard let value else { return !values.isEmpty }
    return values.contains { $0.stringValue == value }
  }
}
