import MeshCore

/// Refuses requests that match a deny rule with PERMISSION_DENIED (403). Put it after
/// `PathNormalizationFilter`, so that `/a/../admin` meets the rule written for `/admin`.
public struct DenyRulesFilter: EdgeRequestFilter {
  /// The rules, tried in order.
  public let rules: [DenyRule]

  /// Creates the filter.
  /// - Parameter rules: the rules.
  public init(rules: [DenyRule]) { self.rules = rules }

  /// Refuses the request when a rule matches.
  /// - Parameter request: the head.
  public func filter(_ request: EdgeRequestHead) -> EdgeFilterResult {
    if let index = rules.firstIndex(where: { $0.matches(request) }) {
      return .reject(RPCError(code: .permissionDenied, message: "The request is denied by rule \(index + 1) of the gateway."))
    }
    return .proceed(request, responseHeaders: [])
  }
}
