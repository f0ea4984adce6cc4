/// How a call is hedged (gRPC's A6 `hedgingPolicy`): the first attempt goes at once, another every
/// `hedgingDelay` while none has answered, up to `maxAttempts`; the first response headers win.
public struct HedgingPolicy: Sendable, Hashable {
  /// Attempts in all, the first included; at least 2, at most `RetryPolicy.attemptLimit`.
  public var maxAttempts: Int
  /// The time between attempts; zero sends them all at once.
  public var hedgingDelay: Duration
  /// The codes after which the other attempts may still succeed; any other code ends the call.
  public var nonFatalStatusCodes: Set<Status.Code>

  /// Creates a policy; `maxAttempts` above `RetryPolicy.attemptLimit` is lowered to it.
  /// - Parameters:
  ///   - maxAttempts: attempts in all, at least 2.
  ///   - hedgingDelay: the time between attempts, zero or more.
  ///   - nonFatalStatusCodes: the codes after which other attempts go on (may be empty).
  /// - Throws: `RPCError` with `.invalidArgument` when a value is out of range.
  public init(maxAttempts: Int, hedgingDelay: Duration = .zero, nonFatalStatusCodes: Set<Status.Code>) throws {
    guard maxAttempts >= 2 else {
      throw RPCError(code: .invalidArgument, message: "Invalid hedging policy: maxAttempts must be 2 or more.")
    }
    guard hedgingDelay >= .zero else {
      throw RPCError(code: .invalidArgument, message: "Invalid hedging policy: hedgingDelay must not be negative.")
    }
    self.maxAttempts = min(maxAttempts, RetryPolicy.attemptLimit)
    self.hedgingDelay = hedgingDelay
    self.nonFatalStatusCodes = nonFatalStatusCodes
  }
}
