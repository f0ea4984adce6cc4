/// The processor's settings (the workers that answer chat turns).
public struct ProcessorSpec: Decodable, Sendable, Equatable {
  /// The deadline of one call to an adapter (default 5s); a call is also cut to what is left of its
  /// turn's lease, so it never outlives the turn.
  public var adapterTimeout: MeshDuration?

  /// The default adapter deadline.
  public static let defaultAdapterTimeout = MeshDuration(milliseconds: 5000)
  /// The accepted adapter deadlines, in milliseconds: at least 10ms, and at most half the turn's lease
  /// (60s by default), so that a slow adapter leaves the turn time to answer.
  public static let adapterTimeoutRange: ClosedRange<Int64> = 10...30_000

  /// Creates settings.
  /// - Parameter adapterTimeout: the deadline of one adapter call; nil for the default.
  public init(adapterTimeout: MeshDuration? = nil) {
    self.adapterTimeout = adapterTimeout
  }
}
