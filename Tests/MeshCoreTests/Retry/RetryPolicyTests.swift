import MeshCore
import Testing

@Suite("Retry policy: A6 validation and backoff")
struct RetryPolicyTests {
  private func policy(maxAttempts: Int = 4) throws -> RetryPolicy {
    try RetryPolicy(maxAttempts: maxAttempts, initialBackoff: .milliseconds(100), maxBackoff: .seconds(1),
                    backoffMultiplier: 2, retryableStatusCodes: [.unavailable])
  }

  @Test func backoffBoundGrowsByTheMultiplierUpToTheMaximum() throws {
    let policy = try policy()
    // random = 1 gives the bound itself: 0.1, 0.2, 0.4, 0.8, then capped at 1 s.
    let bounds = (1...6).map { policy.backoff(beforeRetry: $0, random: 1) }
    #expect(bounds == [.milliseconds(100), .milliseconds(200), .milliseconds(400), .milliseconds(800),
                       .seconds(1), .seconds(1)])
  }

  @Test func backoffIsFullJitterBetweenZeroAndTheBound() throws {
    let policy = try policy()
    #expect(policy.backoff(beforeRetry: 1, random: 0) == .zero)
    #expect(policy.backoff(beforeRetry: 3, random: 0.5) == .milliseconds(200))
  }

  @Test func maxAttemptsAboveTheClientCapIsLoweredToFive() throws {
    #expect(try policy(maxAttempts: 10).maxAttempts == 5)
  }

  @Test func invalidPoliciesAreRefused() {
    #expect(throws: RPCError.self) { try policy(maxAttempts: 1) }
    #expect(throws: RPCError.self) {
      try RetryPolicy(maxAttempts: 3, initialBackoff: .zero, maxBackoff: .seconds(1), backoffMultiplier: 2,
                      retryableStatusCodes: [.unavailable])
    }
    #expect(throws: RPCError.self) {
      try RetryPolicy(maxAttempts: 3, initialBackoff: .seconds(1), maxBackoff: .seconds(1), backoffMultiplier: 0,
                      retryableStatusCodes: [.unavailable])
    }
    #expect(throws: RPCError.self) {
      try RetryPolicy(maxAttempts: 3, initialBackoff: .seconds(1), maxBackoff: .seconds(1), backoffMultiplier: 2,
                      retryableStatusCodes: [])
    }
    #expect(throws: RPCError.self) { try HedgingPolicy(maxAttempts: 1, nonFatalStatusCodes: []) }
  }
}
