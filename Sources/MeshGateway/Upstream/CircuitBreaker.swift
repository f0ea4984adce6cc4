/// A cluster's circuit breaker (Envoy's thresholds), as a value: counts connections, requests waiting for
/// a connection, active requests and active retries, and refuses one more past its limit. What was
/// refused is counted per limit, for the stats.
public struct CircuitBreaker: Sendable {
  /// The thresholds.
  public struct Limits: Sendable, Hashable {
    /// Connections to all the cluster's endpoints together.
    public var maxConnections: Int = 1024
    /// Requests waiting for a connection.
    public var maxPendingRequests: Int = 1024
    /// Requests (attempts) in flight.
    public var maxRequests: Int = 1024
    /// Retries in flight; replaced by the retry budget when the cluster has one (as in Envoy).
    public var maxRetries: Int = 3

    /// Creates Envoy's defaults: 1024 connections, pending and active requests; 3 retries.
    public init() {}
  }

  /// One of the limits.
  public enum Limit: String, Sendable, Hashable, CaseIterable {
    /// `maxConnections`.
    case connections = "max_connections"
    /// `maxPendingRequests`.
    case pendingRequests = "max_pending_requests"
    /// `maxRequests`.
    case requests = "max_requests"
    /// `maxRetries` (or the retry budget).
    case retries = "max_retries"
  }

  /// A count per limit, in place: a dictionary keyed by the limit hashed it (SipHash) on every lookup, two
  /// lookups per relayed call's attempt and one at its end (~1.1k instructions per call, callgrind).
  private struct Counts: Sendable {
    private var values: (connections: Int, pendingRequests: Int, requests: Int, retries: Int) = (0, 0, 0, 0)

    subscript(_ limit: Limit) -> Int {
      get {
        switch limit {
        case .connections: values.connections
        case .pendingRequests: values.pendingRequests
        case .requests: values.requests
        case .retries: values.retries
        }
      }
      set {
        switch limit {
        case .connections: values.connections = newValue
        case .pendingRequests: values.pendingRequests = newValue
        case .requests: values.requests = newValue
        case .retries: values.retries = newValue
        }
      }
    }
  }

  /// The thresholds.
  public let limits: Limits
  private var inUse = Counts()
  private var refused = Counts()
  /// How many times each limit refused one more (the limits that never did are absent).
  public var overflows: [Limit: Int] {
    var result: [Limit: Int] = [:]
    for limit in Limit.allCases where refused[limit] > 0 { result[limit] = refused[limit] }
    return result
  }

  /// Starts with nothing in use.
  /// - Parameter limits: the thresholds.
  public init(limits: Limits) { self.limits = limits }

  /// The threshold of a limit.
  /// - Parameter limit: the limit.
  public func maximum(of limit: Limit) -> Int {
    switch limit {
    case .connections: limits.maxConnections
    case .pendingRequests: limits.maxPendingRequests
    case .requests: limits.maxRequests
    case .retries: limits.maxRetries
    }
  }

  /// How much of a limit is in use.
  /// - Parameter limit: the limit.
  public func count(_ limit: Limit) -> Int { inUse[limit] }

  /// Takes one of a limit when it is below its threshold (`maximum` replaces it when given: the retry
  /// budget's share for `.retries`); otherwise counts an overflow.
  /// - Parameters:
  ///   - limit: the limit.
  ///   - maximum: a threshold to use instead of the configured one.
  /// - Returns: whether it was taken.
  public mutating func acquire(_ limit: Limit, maximum: Int? = nil) -> Bool {
    guard count(limit) < (maximum ?? self.maximum(of: limit)) else {
      refused[limit] += 1
      return false
    }
    inUse[limit] += 1
    return true
  }

  /// Gives one back.
  /// - Parameter limit: the limit.
  public mutating func release(_ limit: Limit) {
    inUse[limit] = max(0, count(limit) - 1)
  }
}
