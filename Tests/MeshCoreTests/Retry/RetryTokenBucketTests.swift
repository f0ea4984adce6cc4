import MeshCore
import Testing

@Suite("Retry throttling: A6's token bucket")
struct RetryTokenBucketTests {
  @Test func startsFullAndAllowsRetries() throws {
    let bucket = try RetryTokenBucket(maxTokens: 10, tokenRatio: 0.1)
    #expect(bucket.tokens == 10)
    #expect(bucket.allowsRetries)
  }

  @Test func retriesStopAtHalfTheTokensNotBelow() throws {
    var bucket = try RetryTokenBucket(maxTokens: 10, tokenRatio: 0.1)
    for _ in 0..<4 { bucket.recordFailure() }
    #expect(bucket.tokens == 6)
    #expect(bucket.allowsRetries)
    bucket.recordFailure()
    // 5 is the threshold itself: "less than or equal to maxTokens / 2" disables retries.
    #expect(bucket.tokens == 5)
    #expect(!bucket.allowsRetries)
    bucket.recordSuccess()
    #expect(bucket.tokens == 5.1)
    #expect(bucket.allowsRetries)
  }

  @Test func countStaysBetweenZeroAndMax() throws {
    var bucket = try RetryTokenBucket(maxTokens: 3, tokenRatio: 0.5)
    for _ in 0..<10 { bucket.recordFailure() }
    #expect(bucket.tokens == 0)
    for _ in 0..<100 { bucket.recordSuccess() }
    #expect(bucket.tokens == 3)
  }

  @Test func ratioKeepsThreeDecimalsExactly() throws {
    var bucket = try RetryTokenBucket(maxTokens: 100, tokenRatio: 0.0015)
    for _ in 0..<60 { bucket.recordFailure() }
    // 0.0015 keeps 0.001: a thousand successes add exactly one token, with no drift.
    for _ in 0..<1000 { bucket.recordSuccess() }
    #expect(bucket.milliTokens == 41_000)
  }

  @Test func sharedThrottleCountsFromEveryCaller() async throws {
    let throttle = try RetryThrottle(maxTokens: 1000, tokenRatio: 1)
    await withTaskGroup(of: Void.self) { group in
      for _ in 0..<8 { group.addTask { for _ in 0..<50 { throttle.recordFailure() } } }
    }
    #expect(throttle.snapshot.tokens == 600)
  }

  @Test func invalidThrottlingIsRefused() {
    #expect(throws: RPCError.self) { try RetryTokenBucket(maxTokens: 0, tokenRatio: 0.1) }
    #expect(throws: RPCError.self) { try RetryTokenBucket(maxTokens: 10, tokenRatio: 0) }
  }
}

@Suite struct RetryThrottleFromConfigTests {
  @Test func aThrottleMadeFromItsConfigStartsFull() throws {
    let throttle = RetryThrottle(try ServiceConfig.RetryThrottling(maxTokens: 10, tokenRatio: 0.1))
    #expect(throttle.snapshot.tokens == 10)
    #expect(throttle.snapshot.ratioMilliTokens == 100)
  }
}
