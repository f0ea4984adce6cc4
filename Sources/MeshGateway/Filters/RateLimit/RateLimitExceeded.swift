public import MeshCore

/// The error of a call over a limit: RESOURCE_EXHAUSTED (429 at the HTTP edge) with `retry-after` (whole
/// seconds, at least 1), `x-ratelimit-limit-name` naming the limit, and the IETF `ratelimit-policy`.
public enum RateLimitExceeded {
  /// Makes the error.
  /// - Parameters:
  ///   - name: the limit's name.
  ///   - retryAfter: how long until a call would pass.
  ///   - quota: requests allowed per window, if known.
  ///   - windowSeconds: the window, if known.
  public static func error(name: String, retryAfter: Duration, quota: Int?, windowSeconds: Int?) -> RPCError {
    let components = retryAfter.components
    let whole = components.seconds + (components.attoseconds > 0 ? 1 : 0)
    let seconds = max(1, min(whole, 86_400 * 365))
    var metadata = Metadata()
    metadata.addString(String(seconds), forKey: "retry-after")
    metadata.addString(name, forKey: "x-ratelimit-limit-name")
    if let quota, let windowSeconds {
      metadata.addString("\"\(name)\";q=\(quota);w=\(windowSeconds)", forKey: "ratelimit-policy")
    }
    return RPCError(code: .resourceExhausted, message: "Rate limit '\(name)' exceeded; retry in \(seconds) s.", metadata: metadata)
  }
}
