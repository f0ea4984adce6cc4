import Synchronization

/// A circuit breaker shared by the calls of one adapter: the state machine behind a lock, on the
/// continuous clock.
public final class CircuitBreaker: Sendable {
  private let machine: Mutex<CircuitBreakerStateMachine>

  /// Creates a closed breaker.
  /// - Parameter configuration: thresholds and times.
  public init(configuration: CircuitBreakerStateMachine.Configuration = .init()) {
    machine = Mutex(CircuitBreakerStateMachine(configuration: configuration))
  }

  /// Whether a call may go now.
  public func decide() -> CircuitBreakerStateMachine.Decision { machine.withLock { $0.decide(now: .now) } }
  /// Reports a healthy outcome.
  public func recordSuccess() { machine.withLock { $0.recordSuccess() } }
  /// Reports an unhealthy outcome.
  public func recordFailure() { machine.withLock { $0.recordFailure(now: .now) } }
  /// The current state.
  public var state: CircuitBreakerStateMachine.State { machine.withLock { $0.state } }
}
