import Glibc

/// What a route requires of its caller.
public enum AuthRequirement: Sendable, Hashable {
  /// Anyone, with or without credentials (credentials that are sent must still be valid).
  case open
  /// Any authenticated caller.
  case user
  /// An authenticated caller holding this scope.
  case scope(String)
}

/// The requirement of each method path prefix; the longest prefix that matches wins.
public struct AuthPolicy: Sendable, Equatable {
  /// A prefix and its requirement.
  public struct Rule: Sendable, Equatable {
    /// A gRPC method path prefix (`/mesh.chat.v1.ChatService/`, or a whole path).
    public var prefix: String
    /// What it requires.
    public var requirement: AuthRequirement
    /// Creates a rule.
    /// - Parameters:
    ///   - prefix: the path prefix.
    ///   - requirement: what it requires.
    public init(prefix: String, requirement: AuthRequirement) {
      self.prefix = prefix
      self.requirement = requirement
    }
  }

  /// The rules, longest prefix first.
  public let rules: [Rule]
  /// The requirement of a path no rule covers.
  public let fallback: AuthRequirement

  /// Creates a policy.
  /// - Parameters:
  ///   - rules: the rules, in any order.
  ///   - fallback: for paths no rule covers.
  public init(rules: [Rule], fallback: AuthRequirement) {
    self.rules = rules.sorted { $0.prefix.utf8.count > $1.prefix.utf8.count }
    self.fallback = fallback
  }

  /// The requirement of a method.
  /// - Parameter path: `/package.Service/Method`.
  public func requirement(for path: String) -> AuthRequirement {
    // Compared as UTF-8 bytes, as routes and HTTP routers match paths: `String.hasPrefix` compares
    // characters under canonical equivalence (~260 instructions on every relayed call's short ASCII path),
    // and a combining mark after a rule's last byte made it miss the rule and fall back to a laxer requirement.
    path.utf8Span.span.withUnsafeBytes { path in
      rules.withUnsafeBufferPointer { rules in
        for index in rules.indices where Self.hasPrefix(path, rules[index].prefix) { return rules[index].requirement }
        return fallback
      }
    }
  }

  /// Whether `path` begins with the bytes of `prefix`.
  private static func hasPrefix(_ path: UnsafeRawBufferPointer, _ prefix: String) -> Bool {
    prefix.utf8Span.span.withUnsafeBytes { prefix in
      guard path.count >= prefix.count else { return false }
      guard let pathBase = path.baseAddress, let prefixBase = prefix.baseAddress else { return prefix.isEmpty }
      return memcmp(pathBase, prefixBase, prefix.count) == 0
    }
  }
}
