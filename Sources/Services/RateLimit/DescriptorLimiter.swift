public import MeshRateLimit
import Synchronization

/// Decides descriptors against the rules: the state machine of the rate-limit service, without I/O.
///
/// State is in this process: one GCRA limiter per distinct limit, each keyed by the domain and the
/// descriptor's values. The service is the one place every gateway asks, so a decision is global as
/// long as one instance runs; a restart forgets the counts (limits start afresh), which errs towards
/// letting traffic through rather than towards an outage, and costs no database round trip per request.
public final class DescriptorLimiter: Sendable {
  /// The outcome for one descriptor.
  public struct Outcome: Sendable, Equatable {
    /// The rule that applied; nil when none matched (the descriptor is then allowed and not counted).
    public var rule: RateLimitRule?
    /// Whether the hits fit.
    public var allowed: Bool
    /// Requests of cost 1 still allowed now.
    public var remaining: Int
    /// When not allowed, the wait before the same hits would fit.
    public var retryAfter: Duration
  }

  private struct LimitKey: Hashable {
    var requests: Int
    var unit: RateLimitRule.Unit
  }

  private let rules: [RateLimitRule]
  private let clock: any RateLimitClock
  private let maxKeys: Int
  private let limiters = Mutex<[LimitKey: KeyedRateLimiter<String, GCRA>]>([:])

  /// Creates a limiter.
  /// - Parameters:
  ///   - rules: the configured limits.
  ///   - maxKeys: keys remembered per distinct limit (memory bound).
  ///   - clock: the time source (a `VirtualClock` in tests).
  public init(rules: [RateLimitRule], maxKeys: Int = 100_000, clock: any RateLimitClock = MonotonicClock()) {
    self.rules = rules
    self.maxKeys = maxKeys
    self.clock = clock
  }

  /// The rule for a descriptor: the caller's override, else the most specific configured match.
  /// - Parameters:
  ///   - domain: the domain.
  ///   - entries: the descriptor's entries.
  public func rule(domain: String, entries: [(key: String, value: String)]) -> RateLimitRule? {
    rules.filter { $0.matches(domain: domain, entries: entries) }.max { $0.specificity < $1.specificity }
  }

  /// Counts `hits` against the descriptor and decides.
  /// - Parameters:
  ///   - domain: the domain.
  ///   - entries: the descriptor's entries.
  ///   - hits: how many hits the request counts for.
  ///   - override: a limit the caller sent instead of the configured one.
  public func decide(domain: String, entries: [(key: String, value: String)], hits: Int,
                     override: RateLimitRule? = nil) -> Outcome {
    guard let rule = override ?? rule(domain: domain, entries: entries) else {
      return Outcome(rule: nil, allowed: true, remaining: 0, retryAfter: .zero)
    }
    let key = ([domain] + entries.flatMap { [$0.key, $0.value] }).joined(separator: "\u{0}")
    let decision = limiter(for: rule).acquire(key, cost: max(hits, 1))
    return Outcome(rule: rule, allowed: decision.allowed, remaining: decision.remaining, retryAfter: decision.retryAfter)
  }

  private func limiter(for rule: RateLimitRule) -> KeyedRateLimiter<String, GCRA> {
    let key = LimitKey(requests: rule.requestsPerUnit, unit: rule.unit)
    return limiters.withLock { limiters in
      if let existing = limiters[key] { return existing }
      let made = KeyedRateLimiter<String, GCRA>(GCRA(limit: rule.requestsPerUnit, per: rule.unit.duration, burst: rule.requestsPerUnit),
                                  maxKeys: maxKeys, clock: clock)
      limiters[key] = made
      return made
    }
  }
}
