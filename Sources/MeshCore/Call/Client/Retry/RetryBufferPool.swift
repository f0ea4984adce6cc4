import Synchronization

/// The memory that calls of one channel may hold for replay (A6's `retry_buffer_size_in_bytes`), and the
/// share of it one call may take (`per_rpc_buffer_limit_in_bytes`). A call that would go past either is
/// committed: it goes on with the attempt in flight and is not retried.
public final class RetryBufferPool: Sendable {
  /// The bytes all calls together may hold.
  public let channelLimit: Int
  /// The bytes one call may hold.
  public let callLimit: Int
  private let used = Mutex(0)

  /// Creates a pool.
  /// - Parameters:
  ///   - channelLimit: the bytes all calls may hold; 16 MiB by default.
  ///   - callLimit: the bytes one call may hold; 256 KiB by default, as gRPC's core library.
  public init(channelLimit: Int = 16 << 20, callLimit: Int = 256 << 10) {
    self.channelLimit = channelLimit
    self.callLimit = callLimit
  }

  /// The bytes held now.
  public var bytesInUse: Int { used.withLock { $0 } }

  /// Takes `count` more bytes for a call that holds `held` already; false (and nothing taken) when a limit
  /// would be passed.
  /// - Parameters:
  ///   - count: the bytes wanted.
  ///   - held: what the call holds already.
  func reserve(_ count: Int, held: Int) -> Bool {
    guard held + count <= callLimit else { return false }
    return used.withLock { used in
      guard used + count <= channelLimit else { return false }
      used += count
      return true
    }
  }

  /// Gives bytes back.
  /// - Parameter count: the bytes released.
  func release(_ count: Int) {
    guard count > 0 else { return }
    used.withLock { $0 = max(0, $0 - count) }
  }
}
