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
    let requestPath = request.path
    if let pathPrefix, !requestPath.hasPrefix(pathPrefix) { return false }
    if let path, requestPath != path { return false }
    if let method, request.method != method { return false }
    if let (name, condition) = header {
      let values = request.headers.lazy.filter { $0.name == name }.map { $0.value.lowercased() }
      switch condition {
      case .present: if values.isEmpty { return false }
      case .exact(let text): if !values.contains(text.lowercased()) { return false }
      case .prefix(let text): if !values.contains(where: { $0.hasPrefix(text.lowercased()) }) { return false }
      case .contains(let text): if !values.contains(where: { $0.contains(text.lowercased()) }) { return false }
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
