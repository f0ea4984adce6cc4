/// The generic cell rate algorithm (ITU-T I.371, "virtual scheduling"): `limit` requests per
/// `period` with bursts of up to `burst`, remembered as one number per key, the theoretical
/// arrival time (TAT) of the next request.
///
/// A request of cost c is allowed when `max(TAT, now) + c·T − now ≤ burst·T`, T = period / limit.
public struct GCRA: RateLimitAlgorithm {
  /// Per-key state: the theoretical arrival time in nanoseconds.
  public struct State: Sendable {
    @usableFromInline var tat: UInt64

    @inlinable init(tat: UInt64) { self.tat = tat }
  }

  /// The emission interval T in nanoseconds (period / limit).
  public let interval: UInt64
  /// The burst size in requests.
  public let burst: Int
  @usableFromInline let tolerance: UInt64

  /// A GCRA limiter rule.
  /// - Parameters:
  ///   - limit: requests allowed per `period` in the long run.
  ///   - period: the period of `limit`.
  ///   - burst: requests allowed back to back from idle (at least 1).
  public init(limit: Int, per period: Duration, burst: Int) {
    precondition(limit > 0 && burst > 0, "GCRA needs a positive limit and burst")
    let interval = period.nanosecondsClamped / UInt64(limit)
    precondition(interval > 0, "GCRA rate above one request per nanosecond")
    let (tolerance, overflow) = interval.multipliedReportingOverflow(by: UInt64(burst))
    precondition(!overflow, "burst × interval does not fit in 64 bits")
    self.interval = interval
    self.burst = burst
    self.tolerance = tolerance
  }

  /// A key never seen: its next request may arrive now.
  @inlinable
  public func initialState(now: UInt64) -> State { State(tat: now) }

  /// Allows the request when it fits the burst tolerance and then moves the TAT by cost × T.
  @inlinable
  public func acquire(_ state: inout State, cost: Int, now: UInt64) -> RateLimitDecision {
    let base = max(state.tat, now)
    let increment = interval.multipliedReportingOverflow(by: UInt64(max(cost, 1)))
    let newTAT = base.addingReportingOverflow(increment.partialValue)
    guard !increment.overflow, !newTAT.overflow else {
      return RateLimitDecision(allowed: false, remaining: remaining(tat: state.tat, now: now),
                               retryAfter: .seconds(Int64.max))
    }
    // The earliest time this request would fit: newTAT − tolerance.
    if newTAT.partialValue - now <= tolerance {
      state.tat = newTAT.partialValue
      return RateLimitDecision(allowed: true, remaining: remaining(tat: state.tat, now: now), retryAfter: .zero)
    }
    let wait = newTAT.partialValue - tolerance - now
    let neverFits = increment.partialValue > tolerance
    return RateLimitDecision(allowed: false, remaining: remaining(tat: state.tat, now: now),
                             retryAfter: neverFits ? .seconds(Int64.max) : .nanoseconds(Int64(clamping: wait)))
  }

  /// Idle once the TAT is in the past: the key is then as good as new.
  @inlinable
  public func isIdle(_ state: State, now: UInt64) -> Bool { state.tat <= now }

  @inlinable
  func remaining(tat: UInt64, now: UInt64) -> Int {
    let used = tat > now ? tat - now : 0
    return used >= tolerance ? 0 : Int((tolerance - used) / interval)
  }
}
