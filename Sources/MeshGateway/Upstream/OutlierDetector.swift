public import MeshCore

/// Passive outlier ejection (Envoy's consecutive-failure detector), as a value: it counts each endpoint's
/// failures in a row, ejects an endpoint that reaches the threshold for `base × multiplier` (capped), never
/// ejects more than `maxEjectionPercent` of the cluster, and lets an endpoint back when its time is up.
/// Each ejection adds one to the endpoint's multiplier; each `decayInterval` it then spends in service
/// takes one off (Envoy's), so a replica that failed once last week is not ejected for minutes at its next blip.
/// Time comes in as an argument, so tests replay any sequence without sleeping.
public struct OutlierDetector: Sendable {
  /// When endpoints are ejected, and for how long.
  public struct Configuration: Sendable, Hashable {
    /// Failures in a row that eject an endpoint.
    public var consecutiveFailures: Int = 5
    /// The first ejection's length; the n-th lasts n times this.
    public var baseEjectionTime: Duration = .seconds(30)
    /// The longest ejection.
    public var maxEjectionTime: Duration = .seconds(300)
    /// Each such interval an endpoint spends in service (not ejected) takes one off its ejection
    /// multiplier (Envoy's detection `interval`, 10 s); above zero.
    public var decayInterval: Duration = .seconds(10)
    /// The share of the cluster's endpoints that may be ejected at once, in percent; at least one
    /// endpoint may always be ejected when it is above zero.
    public var maxEjectionPercent: Int = 10
    /// The attempt status codes that count as an endpoint's failure (connect failures always count).
    public var failureCodes: Set<Status.Code> = [.unavailable]

    /// Creates Envoy's defaults: 5 failures, 30 s growing to at most 300 s, 10% of the cluster,
    /// UNAVAILABLE (which covers resets, refused streams and lost connections).
    public init() {}
  }

  /// What a recorded failure did.
  public enum Event: Sendable, Hashable {
    /// Nothing changed.
    case none
    /// The endpoint is ejected until this instant (its `ejections`-th time).
    case ejected(until: ContinuousClock.Instant, ejections: Int)
    /// The endpoint reached the threshold, but the cap on ejected endpoints kept it in.
    case capped
  }

  private struct Endpoint: Sendable {
    var consecutiveFailures = 0
    /// Times ejected, ever (the stats' count).
    var ejections = 0
    /// The n of the last ejection's `base × n`, as it was then: see `multiplier(of:now:)`.
    var multiplier = 0
    var ejectedUntil: ContinuousClock.Instant?
    /// When it was last let back; nil while ejected or before its first ejection.
    var inServiceSince: ContinuousClock.Instant?
  }

  /// The configuration.
  public let configuration: Configuration
  private var endpoints: [Endpoint]
  /// `configuration.failureCodes` under 64 as bits (bit n: code n), made once: asked at every attempt's end
  /// (every relayed call), the set's lookup hashed the code each time (~200 instructions).
  private let failureCodeBits: UInt64

  /// Starts with every endpoint in and no failure.
  /// - Parameters:
  ///   - configuration: the thresholds and times.
  ///   - endpointCount: how many endpoints the cluster has.
  public init(configuration: Configuration, endpointCount: Int) {
    self.configuration = configuration
    endpoints = Array(repeating: Endpoint(), count: endpointCount)
    failureCodeBits = configuration.failureCodes.reduce(0) { bits, code in
      (0..<64).contains(code.rawValue) ? bits | 1 << UInt64(code.rawValue) : bits
    }
  }

  /// Whether an attempt that ended with `code` counts as its endpoint's failure (`Configuration.failureCodes`).
  public func isFailure(_ code: Status.Code) -> Bool {
    // A code past the bits (a peer's own, not gRPC's) is looked up in the set.
    guard (0..<64).contains(code.rawValue) else { return configuration.failureCodes.contains(code) }
    return failureCodeBits & 1 << UInt64(code.rawValue) != 0
  }

  /// How many endpoints are ejected now. Kept, not counted: the cluster asks on every call whether any
  /// is, before it looks for ejections that are over (which reads the clock).
  public private(set) var ejectedCount = 0

  /// Whether endpoint `index` is ejected (until `releaseExpired` lets it back).
  /// - Parameter index: the endpoint.
  public func isEjected(_ index: Int) -> Bool {
    // The count first (kept with every change of `ejectedUntil`): reading the optional instant copied it
    // through its type's value witnesses (a resilient type), ~190 instructions per endpoint per call.
    ejectedCount > 0 && endpoints[index].ejectedUntil != nil
  }

  /// Whether endpoint `index`'s ejection runs at `now`: false once its time is up, even before
  /// `releaseExpired` lets it back (what `/metrics` shows, between calls that would release it).
  /// - Parameters:
  ///   - index: the endpoint.
  ///   - now: the time now.
  public func isEjected(_ index: Int, now: ContinuousClock.Instant) -> Bool {
    guard let until = endpoints[index].ejectedUntil else { return false }
    return until > now
  }

  /// How many times endpoint `index` has been ejected.
  /// - Parameter index: the endpoint.
  public func ejections(of index: Int) -> Int { endpoints[index].ejections }

  /// The n of endpoint `index`'s next ejection's `base × n`, less one: its ejections' multiplier after the
  /// decay of the whole `decayInterval`s it has spent in service since it was let back. Computed when
  /// asked, not by a timer (which would tick the same: one off per interval in service), so the
  /// detector stays a value and the call path reads no clock for it.
  /// - Parameters:
  ///   - index: the endpoint.
  ///   - now: the time now.
  public func multiplier(of index: Int, now: ContinuousClock.Instant) -> Int {
    let endpoint = endpoints[index]
    guard let since = endpoint.inServiceSince, configuration.decayInterval > .zero, now > since else {
      return endpoint.multiplier
    }
    let intervals = (now - since) / configuration.decayInterval
    return intervals >= Double(endpoint.multiplier) ? 0 : endpoint.multiplier - Int(intervals)
  }

  /// The multiplier past which ejections no longer grow: the first whose ejection reaches
  /// `maxEjectionTime` (Envoy stops counting there too, so a long-failing endpoint's count decays in
  /// as many intervals as it took to reach the maximum, not in as many as it failed).
  private var multiplierCap: Int {
    guard configuration.baseEjectionTime > .zero else { return 1 }
    // Bounded before the conversion: a mesh file's 1ns base under a max of years must not trap.
    let ratio = (configuration.maxEjectionTime / configuration.baseEjectionTime).rounded(.up)
    return ratio >= Double(Int32.max) ? Int(Int32.max) : max(1, Int(ratio))
  }

  /// The most endpoints that may be ejected at once.
  public var maxEjected: Int {
    guard configuration.maxEjectionPercent > 0 else { return 0 }
    return max(1, endpoints.count * min(configuration.maxEjectionPercent, 100) / 100)
  }

  /// Records a success: the endpoint's run of failures ends.
  /// - Parameter index: the endpoint.
  public mutating func recordSuccess(_ index: Int) {
    endpoints[index].consecutiveFailures = 0
  }

  /// Records a failure, and ejects the endpoint when it is the threshold's and the cap allows it.
  /// - Parameters:
  ///   - index: the endpoint.
  ///   - now: the time now.
  /// - Returns: what happened.
  public mutating func recordFailure(_ index: Int, now: ContinuousClock.Instant) -> Event {
    guard endpoints[index].ejectedUntil == nil else { return .none }
    endpoints[index].consecutiveFailures += 1
    guard endpoints[index].consecutiveFailures >= max(1, configuration.consecutiveFailures) else { return .none }
    guard ejectedCount < maxEjected else { return .capped }
    endpoints[index].ejections += 1
    endpoints[index].multiplier = min(multiplier(of: index, now: now) + 1, multiplierCap)
    endpoints[index].consecutiveFailures = 0
    let length = min(configuration.baseEjectionTime * endpoints[index].multiplier, configuration.maxEjectionTime)
    let until = now + length
    endpoints[index].ejectedUntil = until
    endpoints[index].inServiceSince = nil
    ejectedCount += 1
    return .ejected(until: until, ejections: endpoints[index].ejections)
  }

  /// Lets an ejected endpoint back before its time is up: it was seen serving again (Envoy's
  /// `successful_active_health_check_uneject_host`, on by default). Its multiplier stays, so a next
  /// ejection soon still lasts longer; it decays from now.
  /// - Parameters:
  ///   - index: the endpoint.
  ///   - now: the time now.
  /// - Returns: whether it was ejected.
  public mutating func returnToService(_ index: Int, now: ContinuousClock.Instant) -> Bool {
    guard endpoints[index].ejectedUntil != nil else { return false }
    endpoints[index].ejectedUntil = nil
    endpoints[index].inServiceSince = now
    ejectedCount -= 1
    endpoints[index].consecutiveFailures = 0
    return true
  }

  /// Lets back every endpoint whose ejection is over.
  /// - Parameter now: the time now.
  /// - Returns: the endpoints let back.
  public mutating func releaseExpired(now: ContinuousClock.Instant) -> [Int] {
    var released: [Int] = []
    for index in endpoints.indices {
      if let until = endpoints[index].ejectedUntil, until <= now {
        endpoints[index].ejectedUntil = nil
        // In service from the end of its time, not from when the cluster next looked.
        endpoints[index].inServiceSince = until
        ejectedCount -= 1
        released.append(index)
      }
    }
    return released
  }
}
