import Synchronization

/// The state both ends of one in-memory call share: the two message queues, the response headers,
/// the final status, and the handler's task (cancelled when the call ends early).
final class InMemoryCall: Sendable {
  /// How many messages may wait in each direction before the sender suspends.
  static let queueCapacity = 16

  private struct State {
    var responseHeaders: Metadata?
    var final: (Status, Metadata)?
    var headerWaiters: [CheckedContinuation<Metadata, Never>] = []
    var finalWaiters: [CheckedContinuation<(Status, Metadata), Never>] = []
    var handler: Task<Void, Never>?
    var deadlineTimer: Task<Void, Never>?
  }

  let requests = MessageQueue(capacity: InMemoryCall.queueCapacity)
  let responses = MessageQueue(capacity: InMemoryCall.queueCapacity)
  let options: CallOptions
  private let state = Mutex(State())

  init(options: CallOptions) { self.options = options }

  /// Records the handler's task; cancels it at once when the call has already ended.
  func attach(handler: Task<Void, Never>, deadlineTimer: Task<Void, Never>?) {
    let ended = state.withLock { state in
      state.handler = handler
      state.deadlineTimer = deadlineTimer
      return state.final != nil
    }
    if ended {
      handler.cancel()
      deadlineTimer?.cancel()
    }
  }

  /// Records the response headers once; false when they were sent before or the call has ended.
  @discardableResult
  func sendHeaders(_ metadata: Metadata) -> Bool {
    let waiters: [CheckedContinuation<Metadata, Never>]? = state.withLock { state in
      guard state.responseHeaders == nil, state.final == nil else { return nil }
      state.responseHeaders = metadata
      defer { state.headerWaiters.removeAll() }
      return state.headerWaiters
    }
    waiters?.forEach { $0.resume(returning: metadata) }
    return waiters != nil
  }

  /// Whether the call has ended.
  var hasEnded: Bool { state.withLock { $0.final != nil } }

  /// Ends the call with a status, once: later calls do nothing. Responses already queued stay
  /// readable; the handler is cancelled when `cancelHandler` is set (the client cancelled, the deadline
  /// passed).
  func end(status: Status, trailers: Metadata, cancelHandler: Bool) {
    let outcome = state.withLock { state -> (headers: [CheckedContinuation<Metadata, Never>],
                                            finals: [CheckedContinuation<(Status, Metadata), Never>],
                                            handler: Task<Void, Never>?, timer: Task<Void, Never>?)? in
      guard state.final == nil else { return nil }
      state.final = (status, trailers)
      defer {
        state.headerWaiters.removeAll()
        state.finalWaiters.removeAll()
        state.handler = nil
        state.deadlineTimer = nil
      }
      return (state.headerWaiters, state.finalWaiters, state.handler, state.deadlineTimer)
    }
    guard let outcome else { return }
    let callEnded = RPCError(status: status, metadata: trailers)
      ?? RPCError(code: .cancelled, message: "The call has ended.")
    requests.tearDown(producerError: callEnded, consumerError: RPCError(code: .cancelled, message: "The call has ended."))
    responses.finish(producerError: RPCError(code: .cancelled, message: "The call has ended."))
    outcome.headers.forEach { $0.resume(returning: []) }
    outcome.finals.forEach { $0.resume(returning: (status, trailers)) }
    outcome.timer?.cancel()
    if cancelHandler { outcome.handler?.cancel() }
  }

  /// The response headers; empty when the call ended without sending them (Trailers-Only).
  func responseHeaders() async -> Metadata {
    await withCheckedContinuation { continuation in
      let ready: Metadata? = state.withLock { state in
        if let headers = state.responseHeaders { return headers }
        if state.final != nil { return [] }
        state.headerWaiters.append(continuation)
        return nil
      }
      if let ready { continuation.resume(returning: ready) }
    }
  }

  /// The final status and trailers; waits for the end of the call.
  func finalStatus() async -> (Status, Metadata) {
    await withCheckedContinuation { continuation in
      let ready: (Status, Metadata)? = state.withLock { state in
        if let final = state.final { return final }
        state.finalWaiters.append(continuation)
        return nil
      }
      if let ready { continuation.resume(returning: ready) }
    }
  }
}
