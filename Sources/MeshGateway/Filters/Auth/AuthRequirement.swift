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
    prefixBytes = self.rules.map { Array($0.prefix.utf8) }
    self.fallback = fallback
  }

  /// The rules' prefixes as UTF-8 bytes, in the rules' order: read in place on every call, where reading
  /// each `String`'s bytes cost more than the comparison.
  private let prefixBytes: [[UInt8]]

  /// The requirement of a method.
  /// - Parameter path: `/package.Service/Method`.
  public func requirement(for path: String) -> AuthRequirement {
    // Compared as UTF-8 bytes, as routes and HTTP routers match paths: `String.hasPrefix` compares
    // characters under canonical equivalence (~260 instructions on every relayed call's short ASCII path),
    // and a combining mark after a rule's last byte made it miss the rule and fall back to a laxer requirement.
    path.utf8Span.span.withUnsafeBytes { path in
      prefixBytes.withUnsafeBufferPointer { prefixes in
        for index in prefixes.indices where Self.hasPrefix(path, prefixes[index]) { return rules[index].requirement }
        return fallback
      }
    }
  }

  /// Whether `path` begins with `prefix`.
  private static func hasPrefix(_ path: UnsafeRawBufferPointer, _ prefix: [UInt8]) -> Bool {
    guard path.count >= prefix.count else { return false }
    return prefix.withUnsafeBytes { prefix in
      guard let pathBase = path.baseAddress, let prefixBase = prefix.baseAddress else { return true }  // an empty prefix
      return memcmp(pathBase, prefixBase, prefix.count) == 0
    }
  }
}
