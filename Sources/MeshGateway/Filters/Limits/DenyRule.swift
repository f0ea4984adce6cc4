/// A request the edge refuses: every condition given must hold (no regular expressions, so a rule costs
/// a few comparisons and cannot backtrack). Paths are compared after normalisation, exactly.
public struct DenyRule: Sendable, Equatable {
  /// How a header value is compared (case-insensitively).
  public enum HeaderCondition: Sendable, Equatable {
    /// The header is present, whatever its value.
    case present
    /// The value equals this.
    case exact(String)
    /// The value starts with this.
    case prefix(String)
    /// The value contains this.
    case contains(String)
  }

  /// The path must start with this.
  public var pathPrefix: String?
  /// The path must be this.
  public var path: String?
  /// The method must be this (upper case).
  public var method: String?
  /// A header (lower-case name) any of whose values must satisfy the condition.
  public var header: (name: String, condition: HeaderCondition)?

  /// Creates a rule; a rule with no condition matches every request.
  /// - Parameters:
  ///   - pathPrefix: a path prefix.
  ///   - path: an exact path.
  ///   - method: a method.
  ///   - header: a header name and condition.
  public init(pathPrefix: String? = nil, path: String? = nil, method: String? = nil,
              header: (name: String, condition: HeaderCondition)? = nil) {
    self.pathPrefix = pathPrefix
    self.path = path
    self.method = method
    self.header = header.map { ($0.name.lowercased(), $0.condition) }
  }

  /// Whether the rule matches a request.
  /// - Parameter request: the head, its path already normalised.
  public func matches(_ request: EdgeRequestHead) -> Bool {
    matches(path: request.path, method: request.method) { name in
      request.headers.filter { $0.name == name }.map(\.value)
    }
  }

  /// Whether the rule matches a request given by its parts (the relay reads its header values in place).
  /// - Parameters:
  ///   - path: the path, normalised.
  ///   - method: upper case.
  ///   - values: the values of the header named (lower case); asked only when the rule has a header condition.
  func matches(path requestPath: String, method requestMethod: String, values: (String) -> [String]) -> Bool {
    if let pathPrefix, !requestPath.hasPrefix(pathPrefix) { return false }
    if let path, requestPath != path { return false }
    if let method, requestMethod != method { return false }
    if let (name, condition) = header {
      let found = values(name).map { $0.lowercased() }
      switch condition {
      case .present: if found.isEmpty { return false }
      case .exact(let text): if !found.contains(text.lowercased()) { return false }
      case .prefix(let text): if !found.contains(where: { $0.hasPrefix(text.lowercased()) }) { return false }
      case .contains(let text): if !found.contains(where: { $0.contains(text.lowercased()) }) { return false }
      }
    }
    return true
  }

  /// Rules are equal when their conditions are.
  public static func == (lhs: DenyRule, rhs: DenyRule) -> Bool {
    lhs.pathPrefix == rhs.pathPrefix && lhs.path == rhs.path && lhs.method == rhs.method
      && lhs.header?.name == rhs.header?.name && lhs.header?.condition == rhs.header?.condition
  }
}
