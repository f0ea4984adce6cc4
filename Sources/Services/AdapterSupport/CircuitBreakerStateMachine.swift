/// A circuit breaker as a pure state machine: closed (calls flow, failures counted), open (calls
/// refused until a cool-down passes), half-open (a few probe calls decide whether to close again).
/// The clock is an argument, so every transition is tested without waiting.
public struct CircuitBreakerStateMachine: Sendable, Equatable {
  /// Thresholds and times.
  public struct Configuration: Sendable, Equatable {
    /// Consecutive failures that open the circuit.
    public var failureThreshold: Int
    /// How long the circuit stays open before probing.
    public var openDuration: Duration
    /// Probe calls allowed at once while half-open.
    public var halfOpenProbes: Int

    /// Creates a configuration.
    /// - Parameters:
    ///   - failureThreshold: consecutive failures that open the circuit.
    ///   - openDuration: the cool-down.
    ///   - halfOpenProbes: concurrent probes while half-open.
    public init(failureThreshold: Int = 5, openDuration: Duration = .seconds(5), halfOpenProbes: Int = 1) {
      self.failureThreshold = failureThreshold
      self.openDuration = openDuration
      self.halfOpenProbes = halfOpenProbes
    }
  }

  /// Where the breaker is.
  public enum State: Sendable, Equatable {
    /// Calls flow; `failures` consecutive ones failed.
    case closed(failures: Int)
    /// Calls are refused until `until`.
    case open(until: ContinuousClock.Instant)
    /// `probes` calls are testing the upstream.
    case halfOpen(probes: Int)
  }

  /// Whether a call may go.
  public enum Decision: Sendable, Equatable {
    /// Go ahead (and report the outcome).
    case allow
    /// Refused; the circuit may let calls through after `retryAfter`.
    case reject(retryAfter: Duration)
  }

  /// The configuration.
  public let configuration: Configuration
  /// The current state.
  public private(set) var state: State = .closed(failures: 0)

  /// Creates a closed breaker.
  /// - Parameter configuration: thresholds and times.
  public init(configuration: Configuration = Configuration()) { self.configuration = configuration }

  /// Asks to make a call at `now`.
  /// - Parameter now: the time.
  public mutating func decide(now: ContinuousClock.Instant) -> Decision {
    switch state {
    case .closed:
      return .allow
    case .open(let until):
      guard now >= until else { return .reject(retryAfter: until - now) }
      state = .halfOpen(probes: 1)
      return .allow
    case .halfOpen(let probes):
      guard probes < configuration.halfOpenProbes else { return .reject(retryAfter: .zero) }
      state = .halfOpen(probes: probes + 1)
      return .allow
    }
  }

  /// Reports a call that succeeded (or failed in a way that says the upstream is healthy, such as a 404).
  public mutating func recordSuccess() {
    switch state {
    case .closed, .halfOpen: state = .closed(failures: 0)
    case .open: break  // a call allowed before the circuit opened: the cool-down stands
    }
  }

  /// Reports a call that failed because the upstream is unwell (refused, timed out, 5xx).
  /// - Parameter now: the time.
  public mutating func recordFailure(now: ContinuousClock.Instant) {
    switch state {
    case .closed(let failures):
      state = failures + 1 >= configuration.failureThreshold
        ? .open(until: now + configuration.openDuration) : .closed(failures: failures + 1)
    case .halfOpen:
      state = .open(until: now + configuration.openDuration)
    case .open:
      break
    }
  }
}
