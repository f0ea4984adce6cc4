/// The token bucket: up to `capacity` tokens, refilled at `refill` tokens per `period`; a request
/// takes `cost` tokens. Bursts up to the capacity, then the refill rate.
///
/// Tokens are counted in exact integer units (one token = `period` in nanoseconds, refilled by
/// `refill` units per nanosecond), so long runs on a virtual clock drift by nothing.
public struct TokenBucket: RateLimitAlgorithm {
  /// Per-key state: stored units and the time they were counted.
  public struct State: Sendable {
    @usableFromInline var units: UInt64
    @usableFromInline var updated: UInt64

    @inlinable init(units: UInt64, updated: UInt64) {
      self.units = units
      self.updated = updated
    }
  }

  /// The burst size, in tokens.
  public let capacity: Int
  @usableFromInline let unitsPerToken: UInt64
  @usableFromInline let unitsPerNanosecond: UInt64
  @usableFromInline let capacityUnits: UInt64

  /// A token bucket.
  /// - Parameters:
  ///   - capacity: the most tokens a key can hold (its burst).
  ///   - refill: tokens added per `period`.
  ///   - period: the refill period.
  public init(capacity: Int, refill: Int, per period: Duration) {
    precondition(capacity > 0 && refill > 0, "token bucket needs a positive capacity and refill")
    let periodNanos = period.nanosecondsClamped
    precondition(periodNanos > 0, "token bucket needs a positive period")
    let (units, overflow) = UInt64(capacity).multipliedReportingOverflow(by: periodNanos)
    precondition(!overflow, "capacity × period does not fit in 64 bits")
    self.capacity = capacity
    unitsPerToken = periodNanos
    unitsPerNanosecond = UInt64(refill)
    capacityUnits = units
  }

  /// A full bucket.
  @inlinable
  public func initialState(now: UInt64) -> State { State(units: capacityUnits, updated: now) }

  /// Refills for the time elapsed, then takes `cost` tokens if there are enough.
  @inlinable
  public func acquire(_ state: inout State, cost: Int, now: UInt64) -> RateLimitDecision {
    refill(&state, now: now)
    let need = UInt64(max(cost, 1)).multipliedReportingOverflow(by: unitsPerToken)
    if !need.overflow, need.partialValue <= state.units {
      state.units -= need.partialValue
      return RateLimitDecision(allowed: true, remaining: Int(state.units / unitsPerToken), retryAfter: .zero)
    }
    let remaining = Int(state.units / unitsPerToken)
    guard !need.overflow, need.partialValue <= capacityUnits else {
      // More than the bucket can ever hold: waiting will not help.
      return RateLimitDecision(allowed: false, remaining: remaining, retryAfter: .seconds(Int64.max))
    }
    let missing = need.partialValue - state.units
    let wait = (missing + unitsPerNanosecond - 1) / unitsPerNanosecond
    return RateLimitDecision(allowed: false, remaining: remaining, retryAfter: .nanoseconds(Int64(clamping: wait)))
  }

  /// Idle once the bucket would be full again.
  @inlinable
  public func isIdle(_ state: State, now: UInt64) -> Bool {
    var copy = state
    refill(&copy, now: now)
    return copy.units == capacityUnits
  }

  @inlinable
  func refill(_ state: inout State, now: UInt64) {
    guard now > state.updated else { return }
    let added = (now - state.updated).multipliedReportingOverflow(by: unitsPerNanosecond)
    let room = capacityUnits - state.units
    state.units = (added.overflow || added.partialValue >= room) ? capacityUnits : state.units + added.partialValue
    state.updated = now
  }
}
