import MeshCore
import MeshTransport

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

extension DenyRulesFilter: InPlaceEdgeFilter {
  /// The rules on a relayed call: its path, POST, and header values read from its fields.
  func filter(inPlace head: inout RelayHead) -> InPlaceFilterResult {
    let fields = head.fields, path = head.method.path, authority = head.authority
    let index = rules.firstIndex { rule in
      rule.matches(path: path, method: "POST") { name in
        var values: [String] = []
        fields.forEachValue(named: name) { value in
          values.append(String(decoding: value, as: UTF8.self))
          return true
        }
        // The usual path's head for a native gRPC call carries these two.
        if name == "content-type" { values.append("application/grpc") }
        if name == "host", let authority { values.append(authority) }
        return values
      }
    }
    if let index {
      return .reject(RPCError(code: .permissionDenied, message: "The request is denied by rule \(index + 1) of the gateway."))
    }
    return .proceed
  }
}
