public import MeshCore
public import MeshRateLimit

/// Local rate limits, counted in this gateway process: per rule a GCRA limiter keyed by the rule's key
/// parts (client address, user, API key, method). A call over any rule's limit ends with
/// RESOURCE_EXHAUSTED and `retry-after`, naming the rule (see `RateLimitExceeded`).
///
/// Memory is bounded (`maxKeys` per rule, idle keys forgotten first). Several gateway replicas each count
/// alone; `GlobalRateLimitInterceptor` shares one count between them.
public struct LocalRateLimitInterceptor: ServerInterceptor, ImmediateAdmission {
  /// One rule and its limiter, held by reference: a call reads each where it lies (an element of an array
  /// of structs was copied per read, a retain of each of its references and strings), and what it asks of
  /// the rule on every call (its path prefix, its key parts) is kept apart from the rule.
  private final class Limit: Sendable {
    let rule: LocalRateLimitRule
    let limiter: GCRALimiter<String>
    let policyQuota: Int
    let policyWindow: Int
    let decisions: RateLimitDecisions
    /// `rule.prefix`, `rule.keys`, and the key part when there is just one (the usual rule: by address).
    let prefix: String?
    let keys: [RateLimitKeyPart]
    let onlyKey: RateLimitKeyPart?

    init(rule: LocalRateLimitRule, limiter: GCRALimiter<String>, policyQuota: Int, policyWindow: Int,
         decisions: RateLimitDecisions) {
      self.rule = rule
      self.limiter = limiter
      self.policyQuota = policyQuota
      self.policyWindow = policyWindow
      self.decisions = decisions
      prefix = rule.prefix
      keys = rule.keys
      onlyKey = rule.keys.count == 1 ? rule.keys[0] : nil
    }
  }

  private let limits: [Limit]

  /// Creates the interceptor.
  /// - Parameters:
  ///   - rules: the limits.
  ///   - maxKeys: keys remembered per rule.
  ///   - clock: the time source (a `VirtualClock` in tests).
  public init(rules: [LocalRateLimitRule], maxKeys: Int = 100_000, clock: any RateLimitClock = MonotonicClock()) {
    limits = rules.map { rule in
      // The rate as whole requests per 1000 s keeps fractional rates (0.5/s) exact enough for GCRA.
      let perKilosecond = max(1, Int((rule.requestsPerSecond * 1000).rounded()))
      let algorithm = GCRA(limit: perKilosecond, per: .seconds(1000), burst: rule.burst)
      let quota = rule.requestsPerSecond >= 1 ? Int(rule.requestsPerSecond.rounded()) : 1
      let window = rule.requestsPerSecond >= 1 ? 1 : Int((1 / rule.requestsPerSecond).rounded(.up))
      return Limit(rule: rule, limiter: GCRALimiter(algorithm, maxKeys: maxKeys, clock: clock),
                   policyQuota: quota, policyWindow: window, decisions: RateLimitDecisions(limit: rule.name, kind: .local))
    }
  }

  /// Counts the call against every rule that covers it; refuses it when one is over.
  public func intercept(
    stream: any ServerCallStream, context: ServerContext,
    next: @Sendable (any ServerCallStream, ServerContext) async throws -> Void
  ) async throws {
    _ = try admitNow(context)
    try await next(stream, context)
  }

  /// The limits' check, which never waits: true (the call may go on), or the refusal thrown.
  func admitNow(_ context: ServerContext) throws -> Bool {
    try admit(path: context.method.path, call: context) { $0.value(in: $1) }
  }

  /// The same on a relayed call, its key parts read from its fields in place.
  func admitNow(inPlace head: inout RelayHead) throws -> Bool {
    // The head is lent to the key's closure, not captured: a closure capturing it copied it (a retain of
    // each of its references and of the fields' storage) on every call.
    try admit(path: head.method.path, call: head) { $0.value(in: $1) }
  }

  private func admit<Call>(path: String, call: borrowing Call,
                           value: (RateLimitKeyPart, borrowing Call) -> String) throws -> Bool {
    // Each limit is one object, read where it lies.
    for limit in limits {
      if let prefix = limit.prefix, !path.hasPrefix(prefix) { continue }
      // One key (the usual rule, by client address) needs no array nor join.
      let key: String
      if let only = limit.onlyKey {
        key = value(only, call)
      } else {
        // A loop, not `map`: a closure would have to capture (copy) the lent call.
        var parts: [String] = []
        for part in limit.keys { parts.append(value(part, call)) }
        key = parts.joined(separator: "\u{0}")
      }
      let decision = limit.limiter.acquire(key)
      if !decision.allowed {
        limit.decisions.limited.increment()
        throw RateLimitExceeded.error(name: limit.rule.name, retryAfter: decision.retryAfter,
                                      quota: limit.policyQuota, windowSeconds: limit.policyWindow)
      }
      limit.decisions.allowed.increment()
    }
    return true
  }
}
