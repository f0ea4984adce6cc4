public import MeshCore
import Synchronization

/// The end of one call at the edge: the first `finish(status:trailers:)` wins (the handler's, or the
/// deadline's), and the edge protocol waits for it before writing its final bytes.
public final class EdgeCallCompletion: Sendable {
  private struct State {
    var result: (status: Status, trailers: Metadata)?
    var waiters: [CheckedContinuation<(status: Status, trailers: Metadata), Never>] = []
  }
  private let state = Mutex(State())

  /// Creates an unfinished completion.
  public init() {}

  /// Records the end of the call unless it already ended.
  /// - Parameters:
  ///   - status: the final status.
  ///   - trailers: the trailing metadata.
  /// - Returns: whether this call was the first.
  @discardableResult
  public func complete(status: Status, trailers: Metadata) -> Bool {
    let waiters = state.withLock { state -> [CheckedContinuation<(status: Status, trailers: Metadata), Never>]? in
      guard state.result == nil else { return nil }
      state.result = (status, trailers)
      defer { state.waiters = [] }
      return state.waiters
    }
    guard let waiters else { return false }
    for waiter in waiters { waiter.resume(returning: (status, trailers)) }
    return true
  }

  /// Whether the call has ended.
  public var isComplete: Bool { state.withLock { $0.result != nil } }

  /// Waits for the end of the call.
  /// - Returns: its status and trailing metadata.
  public func wait() async -> (status: Status, trailers: Metadata) {
    await withCheckedContinuation { continuation in
      let result = state.withLock { state -> (status: Status, trailers: Metadata)? in
        if let result = state.result { return result }
        state.waiters.append(continuation)
        return nil
      }
      if let result { continuation.resume(returning: result) }
    }
  }
}
