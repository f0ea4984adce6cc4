public import MeshConfig

/// One local limit: a GCRA rate and burst per key (made of `keys`), for methods under `prefix`. The
/// configuration of `LocalRateLimitInterceptor`.
public struct LocalRateLimitRule: Sendable, Equatable {
  /// The name sent in `x-ratelimit-limit-name`.
  public var name: String
  /// The sustained rate, requests per second.
  public var requestsPerSecond: Double
  /// Requests allowed back to back from idle.
  public var burst: Int
  /// What a bucket is per.
  public var keys: [RateLimitKeyPart]
  /// Only methods whose path starts with this are counted; nil for all.
  public var prefix: String?

  /// Creates a rule.
  /// - Parameters:
  ///   - name: the limit's name.
  ///   - requestsPerSecond: the rate (above 0, at most 1e9).
  ///   - burst: the burst (at least 1).
  ///   - keys: the key parts.
  ///   - prefix: the method prefix.
  /// - Throws: `FilterConfigurationError` for a rate or burst out of range.
  public init(name: String, requestsPerSecond: Double, burst: Int, keys: [RateLimitKeyPart], prefix: String? = nil) throws {
    guard requestsPerSecond > 0, requestsPerSecond <= 1e9, requestsPerSecond.isFinite else {
      throw FilterConfigurationError(path: "rate_limit.requests_per_second", reason: "must be above 0 and at most 1e9")
    }
    guard burst >= 1, burst <= 1_000_000 else {
      throw FilterConfigurationError(path: "rate_limit.burst", reason: "must be from 1 to 1000000")
    }
    self.name = name
    self.requestsPerSecond = requestsPerSecond
    self.burst = burst
    self.keys = keys.isEmpty ? [.clientIP] : keys
    self.prefix = prefix
  }

  /// The rule of a mesh-file rate limit.
  /// - Parameters:
  ///   - spec: the rate limit.
  ///   - index: its position, for the default name.
  public init(spec: RateLimitSpec, index: Int) throws {
    let keys = (spec.keys ?? spec.key.map { [$0] } ?? [.clientIP]).map { key -> RateLimitKeyPart in
      switch key {
      case .clientIP: return .clientIP
      case .apiKey: return .apiKey
      case .subject, .user: return .user
      case .route: return .route
      }
    }
    try self.init(name: spec.name ?? "local-\(index + 1)", requestsPerSecond: spec.requestsPerSecond, burst: spec.burst,
                  keys: keys, prefix: spec.prefix)
  }
}
