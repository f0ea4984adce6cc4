/// The token count of A6's retry throttling, as a value: starts full at `maxTokens`, loses 1 per failed
/// call, gains `tokenRatio` per successful one, and allows retries and hedges only above `maxTokens / 2`.
///
/// Counted in thousandths of a token, because A6 gives `tokenRatio` three decimal places: the arithmetic
/// is exact, so a long run of calls does not drift.
public struct RetryTokenBucket: Sendable, Hashable {
  /// The capacity, in thousandths of a token.
  public let maxMilliTokens: Int
  /// The gain per success, in thousandths of a token.
  public let ratioMilliTokens: Int
  /// The tokens now, in thousandths of a token.
  public private(set) var milliTokens: Int

  /// Creates a full bucket.
  /// - Parameters:
  ///   - maxTokens: the capacity, above zero (A6 caps it at 1000).
  ///   - tokenRatio: the gain per successful call, above zero; digits past the third decimal are dropped.
  /// - Throws: `RPCError` with `.invalidArgument` when a value is out of range.
  public init(maxTokens: Int, tokenRatio: Double) throws {
    guard maxTokens > 0 else {
      throw RPCError(code: .invalidArgument, message: "Invalid retry throttling: maxTokens must be above zero.")
    }
    guard tokenRatio > 0, tokenRatio.isFinite else {
      throw RPCError(code: .invalidArgument, message: "Invalid retry throttling: tokenRatio must be above zero.")
    }
    self.init(validatedMaxTokens: maxTokens, tokenRatio: tokenRatio)
  }

  /// Creates a full bucket from values already checked (a `ServiceConfig.RetryThrottling`).
  init(validatedMaxTokens maxTokens: Int, tokenRatio: Double) {
    maxMilliTokens = min(max(maxTokens, 1), 1000) * 1000
    ratioMilliTokens = max(1, Int((min(tokenRatio, 1000) * 1000).rounded(.down)))
    milliTokens = maxMilliTokens
  }

  /// The tokens now.
  public var tokens: Double { Double(milliTokens) / 1000 }

  /// Whether a retry or a hedged attempt may be sent: only while the count is above half the capacity.
  public var allowsRetries: Bool { milliTokens * 2 > maxMilliTokens }

  /// Records a call that failed with a retryable (or non-fatal) code, or was told not to retry.
  public mutating func recordFailure() { milliTokens = max(0, milliTokens - 1000) }

  /// Records a call that succeeded.
  public mutating func recordSuccess() { milliTokens = min(maxMilliTokens, milliTokens + ratioMilliTokens) }
}
