import Synchronization

/// A call with no retry or hedging policy: one attempt, plus A6's transparent retry of an attempt the
/// server never saw (REFUSED_STREAM, a GOAWAY that did not cover it). Unlike `RetryingCallStream` it has
/// no task of its own: requests go straight to the attempt from the sender's task and are kept for replay
/// until the call commits; whoever first needs the response (or a send that failed) awaits the attempt's
/// outcome, and replays the requests on a new attempt if it was refused.
final class SingleAttemptCallStream: ClientCallStream, CallEndObserving, @unchecked Sendable {
  private enum Committed {
    case attempt(any ClientCallStream)
    case failed(Status, Metadata)
  }

  private struct State {
    /// The attempt requests go to: the first one, or the transparent retry once its replay caught up.
    var current: any ClientCallStream
    /// The requests sent so far, for the replay; emptied when the call commits.
    var messages: [(bytes: [UInt8], compress: Bool)] = []
    var heldBytes = 0
    /// False once the call is committed or the buffer overflowed: no replay is possible any more.
    var buffering = true
    var requestsClosed = false
    var committed: Committed?
    /// One task settles the outcome; the others wait for it here.
    var settling = false
    var commitWaiters: [CheckedContinuation<Committed, Never>] = []
    var transparentRetry = TransparentRetry.unused
    var cancelled = false
    /// The call's end observers (`whenEnded`), and whether the current attempt's end is watched for them.
    var endObservers: [@Sendable (ClientCallEnd) -> Void] = []
    var watchingAttempts = false
    /// The end the observers were told (or are about to be), once the call has ended.
    var end: ClientCallEnd?
    /// A refused attempt's end while the transparent retry may still replace it: the call's end only if
    /// the call commits to that attempt.
    var refusedEnd: (attempt: ObjectIdentifier, end: ClientCallEnd)?
  }

  /// What became of a refused attempt.
  private enum Replacement {
    /// A transparent retry took its place, with every request sent so far.
    case replaced
    /// It stays the call's attempt: the call commits to it.
    case kept
    /// The retry could not be opened (or the call was cancelled meanwhile): the call's end.
    case failed(Committed)
  }

  /// A6 allows one transparent retry per call: whoever first sees the first attempt refused makes it,
  /// the others wait for what came of it.
  private enum TransparentRetry {
    case unused
    case running([CheckedContinuation<Replacement, Never>])
    case done(replacing: ObjectIdentifier, Replacement)
  }

  private let open: @Sendable (ClientCallHead) async throws -> any ClientCallStream
  private let head: ClientCallHead
  private let deadline: ContinuousClock.Instant?
  private let admission: (any RetryAdmission)?
  private let pool: RetryBufferPool
  private let state: Mutex<State>

  private init(first: any ClientCallStream, open: @escaping @Sendable (ClientCallHead) async throws -> any ClientCallStream,
               head: ClientCallHead, deadline: ContinuousClock.Instant?, admission: (any RetryAdmission)?,
               pool: RetryBufferPool) {
    self.open = open
    self.head = head
    self.deadline = deadline
    self.admission = admission
    self.pool = pool
    state = Mutex(State(current: first))
  }

  /// Opens the call's first attempt; a stream that cannot report its outcome (an in-memory or locally
  /// answered call) cannot be retried and is returned as it is.
  /// - Throws: `RPCError` when the attempt cannot be opened, or the deadline has passed.
  static func open(method: MethodDescriptor, metadata: Metadata, options: CallOptions,
                   admission: (any RetryAdmission)?, pool: RetryBufferPool,
                   open: @escaping @Sendable (ClientCallHead) async throws -> any ClientCallStream)
    async throws -> any ClientCallStream
  {
    let head = ClientCallHead(method: method, metadata: metadata, options: options)
    let deadline = options.timeout.map { ContinuousClock.now + $0 }
    let first = try await openAttempt(open, head, deadline: deadline)
    guard first is any AttemptReportingCallStream else { return first }
    return SingleAttemptCallStream(first: first, open: open, head: head, deadline: deadline, admission: admission,
                                   pool: pool)
  }

  /// Opens one attempt with what is left of the call's deadline.
  private static func openAttempt(_ open: @Sendable (ClientCallHead) async throws -> any ClientCallStream,
                                  _ head: ClientCallHead, deadline: ContinuousClock.Instant?) async throws
    -> any ClientCallStream
  {
    var attempt = head
    if let deadline {
      let remaining = deadline - ContinuousClock.now
      guard remaining > .zero else { throw RPCError(code: .deadlineExceeded, message: "Deadline exceeded.") }
      attempt.options.timeout = remaining
    }
    do {
      return try await open(attempt)
    } catch {
      throw RPCError(from: error)
    }
  }

  // MARK: ClientCallStream

  func send(_ message: [UInt8], compress: Bool) async throws {
    let limit = head.options.maxRequestMessageBytes
    guard message.count <= limit else {
      throw RPCError(code: .resourceExhausted,
                     message: "Request message of \(message.count) bytes exceeds the limit of \(limit).")
    }
    let (target, kept) = try state.withLock { state throws(RPCError) -> (any ClientCallStream, Bool) in
      if state.requestsClosed {
        throw RPCError(code: .failedPrecondition, message: "The request stream is already closed.")
      }
      if case .failed(let status, let trailers)? = state.committed {
        throw RPCError(status: status, metadata: trailers)
          ?? RPCError(code: .failedPrecondition, message: "The call has ended.")
      }
      guard state.buffering else { return (state.current, false) }
      guard pool.reserve(message.count, held: state.heldBytes) else {
        // Over the limit: A6 commits the call to the attempt in flight (a replay under way keeps its messages).
        state.buffering = false
        pool.release(state.heldBytes)
        state.heldBytes = 0
        return (state.current, false)
      }
      state.heldBytes += message.count
      state.messages.append((message, compress))
      return (state.current, true)
    }
    do {
      try await target.send(message, compress: compress)
    } catch {
      // A kept message is replayed if the attempt was refused and is retried; otherwise the attempt's
      // failure is the call's. Only its end is awaited here: the retry's outcome may need more requests.
      guard kept, let reporting = target as? any AttemptReportingCallStream,
            case .ended(_, _, let unprocessed) = await reporting.attemptOutcome(),
            case .replaced = await replaceIfRefused(target, unprocessed: unprocessed)
      else { throw error }
    }
  }

  func closeSending() async throws {
    let target = state.withLock { state in
      state.requestsClosed = true
      return state.current
    }
    // An attempt that already ended has nothing to close; a transparent retry closes its own after the replay.
    try? await target.closeSending()
  }

  func initialMetadata() async throws -> Metadata {
    switch await settled() {
    case .attempt(let stream): return try await stream.initialMetadata()
    case .failed: return []
    }
  }

  func receive() async throws -> [UInt8]? {
    switch await settled() {
    case .attempt(let stream): return try await stream.receive()
    case .failed: return nil
    }
  }

  func finalStatus() async -> (Status, Metadata) {
    switch await settled() {
    case .attempt(let stream): return await stream.finalStatus()
    case .failed(let status, let trailers): return (status, trailers)
    }
  }

  func cancel() {
    let (current, observers) = state.withLock { state in
      state.cancelled = true
      // Nothing will be replayed now (a replay under way stops at its next step).
      stopBuffering(&state)
      // A refused attempt nobody is retrying any more is the call's end.
      var observers: (ClientCallEnd, [@Sendable (ClientCallEnd) -> Void])?
      if case .unused = state.transparentRetry, let refused = state.refusedEnd {
        observers = Self.callEnded(&state, refused.end)
      }
      return (state.current, observers)
    }
    if let (end, bodies) = observers { bodies.forEach { $0(end) } }
    current.cancel()
  }

  // A call dropped before anyone read its outcome gives its memory back too; an end observer still
  // waiting is told the call ended (cancelled, when no attempt's end decided it).
  deinit {
    let observers = state.withLock { state in
      stopBuffering(&state)
      let end = state.refusedEnd?.end
        ?? ClientCallEnd(status: Status(code: .cancelled, message: "The call was dropped."), trailers: [])
      return Self.callEnded(&state, end)
    }
    if let (end, bodies) = observers { bodies.forEach { $0(end) } }
  }

  // MARK: End observers

  /// Runs `body` once when the call has ended: when the attempt the call commits to ends (an attempt a
  /// transparent retry replaced is not the call's end), or the call failed without one. The attempts'
  /// ends are watched from the first observer on, by their own callbacks when they have them.
  func whenEnded(_ body: @escaping @Sendable (ClientCallEnd) -> Void) {
    let (ended, watch) = state.withLock { state -> (ClientCallEnd?, (any ClientCallStream)?) in
      if let end = state.end { return (end, nil) }
      state.endObservers.append(body)
      guard !state.watchingAttempts else { return (nil, nil) }
      state.watchingAttempts = true
      return (nil, state.current)
    }
    if let ended { body(ended) }
    if let watch { self.watch(watch) }
  }

  /// Watches `attempt`'s end: by its callback, or else by a task that awaits its status. Either holds the
  /// call until the attempt ends, so an end that comes after the caller let go of the call is still told.
  private func watch(_ attempt: any ClientCallStream) {
    if let observing = attempt as? any CallEndObserving {
      observing.whenEnded { [self, attempt] end in attemptEnded(attempt, end) }
    } else {
      Task { [self, attempt] in
        let (status, trailers) = await attempt.finalStatus()
        attemptEnded(attempt, ClientCallEnd(status: status, trailers: trailers))
      }
    }
  }

  /// An attempt ended: the call's end, unless another attempt replaced it or a transparent retry still may.
  private func attemptEnded(_ attempt: any ClientCallStream, _ end: ClientCallEnd) {
    let observers = state.withLock { state -> (ClientCallEnd, [@Sendable (ClientCallEnd) -> Void])? in
      guard attempt === state.current, state.end == nil else { return nil }
      if end.unprocessed {
        // Held back while a transparent retry is under way (it is this attempt's: only the current one is
        // retried) or may still be made; what the call commits to then says whether this was its end.
        let mayBeReplaced: Bool
        switch state.transparentRetry {
        case .unused: mayBeReplaced = state.buffering && !state.cancelled
        case .running: mayBeReplaced = true
        case .done: mayBeReplaced = false
        }
        if mayBeReplaced {
          state.refusedEnd = (ObjectIdentifier(attempt), end)
          return nil
        }
      }
      return Self.callEnded(&state, end)
    }
    if let (end, bodies) = observers { bodies.forEach { $0(end) } }
  }

  /// The call committed: to a failure, which is its end, or to an attempt whose refusal was held back.
  private func committedEnd(_ state: inout State, _ committed: Committed)
    -> (ClientCallEnd, [@Sendable (ClientCallEnd) -> Void])?
  {
    switch committed {
    case .failed(let status, let trailers):
      return Self.callEnded(&state, ClientCallEnd(status: status, trailers: trailers))
    case .attempt(let attempt):
      guard let refused = state.refusedEnd, refused.attempt == ObjectIdentifier(attempt) else { return nil }
      return Self.callEnded(&state, refused.end)
    }
  }

  /// Records the call's end (once) and hands back the observers to tell, outside the lock.
  private static func callEnded(_ state: inout State, _ end: ClientCallEnd)
    -> (ClientCallEnd, [@Sendable (ClientCallEnd) -> Void])?
  {
    guard state.end == nil else { return nil }
    state.end = end
    state.refusedEnd = nil
    defer { state.endObservers.removeAll() }
    return state.endObservers.isEmpty ? nil : (end, state.endObservers)
  }

  // MARK: Commit

  /// What the call committed to, settling it first if nobody has: the first caller awaits the attempt's
  /// outcome (and the transparent retry), the others wait for it.
  private func settled() async -> Committed {
    enum Role { case committed(Committed), settle, wait }
    let role = state.withLock { state -> Role in
      if let committed = state.committed { return .committed(committed) }
      if state.settling { return .wait }
      state.settling = true
      return .settle
    }
    switch role {
    case .committed(let committed):
      return committed
    case .wait:
      return await withCheckedContinuation { continuation in
        let committed = state.withLock { state -> Committed? in
          if let committed = state.committed { return committed }
          state.commitWaiters.append(continuation)
          return nil
        }
        if let committed { continuation.resume(returning: committed) }
      }
    case .settle:
      let committed = await settle()
      let (waiters, observers) = state.withLock { state in
        state.committed = committed
        stopBuffering(&state)
        defer { state.commitWaiters.removeAll() }
        return (state.commitWaiters, committedEnd(&state, committed))
      }
      waiters.forEach { $0.resume(returning: committed) }
      if let (end, bodies) = observers { bodies.forEach { $0(end) } }
      return committed
    }
  }

  /// Awaits the current attempt's outcome: response headers, or an end that commits the call, or a refusal
  /// the call retries once at once.
  private func settle() async -> Committed {
    while true {
      let attempt = state.withLock { $0.current }
      guard let reporting = attempt as? any AttemptReportingCallStream,
            case .ended(_, _, let unprocessed) = await reporting.attemptOutcome()
      else { return .attempt(attempt) }
      switch await replaceIfRefused(attempt, unprocessed: unprocessed) {
      case .replaced: continue
      case .kept: return .attempt(attempt)
      case .failed(let committed): return committed
      }
    }
  }

  /// Retries `attempt`, which ended, on a new one if the server never saw it and the call may still:
  /// once per call, whoever asks first; a later asker gets what came of it.
  private func replaceIfRefused(_ attempt: any ClientCallStream, unprocessed: Bool) async -> Replacement {
    enum Role { case answer(Replacement), retry, wait }
    let role = state.withLock { state -> Role in
      switch state.transparentRetry {
      case .unused:
        guard unprocessed, attempt === state.current, state.buffering, !state.cancelled else { return .answer(.kept) }
        state.transparentRetry = .running([])
        return .retry
      case .running:
        return .wait
      case .done(let replaced, let replacement):
        return .answer(ObjectIdentifier(attempt) == replaced ? replacement : .kept)
      }
    }
    switch role {
    case .answer(let replacement):
      return replacement
    case .wait:
      return await withCheckedContinuation { continuation in
        let answer = state.withLock { state -> Replacement? in
          switch state.transparentRetry {
          case .unused: return .kept
          case .running(var waiters):
            waiters.append(continuation)
            state.transparentRetry = .running(waiters)
            return nil
          case .done(let replaced, let replacement):
            return ObjectIdentifier(attempt) == replaced ? replacement : .kept
          }
        }
        if let answer { continuation.resume(returning: answer) }
      }
    case .retry:
      let replacement = await retry()
      let waiters = state.withLock { state -> [CheckedContinuation<Replacement, Never>] in
        defer { state.transparentRetry = .done(replacing: ObjectIdentifier(attempt), replacement) }
        guard case .running(let waiters) = state.transparentRetry else { return [] }
        return waiters
      }
      waiters.forEach { $0.resume(returning: replacement) }
      return replacement
    }
  }

  /// The transparent retry itself: admitted, opened with what is left of the deadline, and replayed.
  private func retry() async -> Replacement {
    guard admission?.admitsTransparentRetry() ?? true else { return .kept }
    let next: any ClientCallStream
    do {
      next = try await Self.openAttempt(open, head, deadline: deadline)
    } catch {
      let rpcError = RPCError(from: error)
      return .failed(.failed(Status(code: rpcError.code, message: rpcError.message), rpcError.metadata))
    }
    if let cancelled = await replay(on: next) { return .failed(cancelled) }
    return .replaced
  }

  /// Sends the kept requests on `next` until it has caught up, then makes it the attempt new requests go
  /// to (and ends its requests if the sender has); returns the call's end when it was cancelled meanwhile.
  private func replay(on next: any ClientCallStream) async -> Committed? {
    var sent = 0
    while true {
      enum Step { case send([UInt8], Bool), caughtUp(close: Bool, watch: Bool), cancelled }
      let step = state.withLock { state -> Step in
        if state.cancelled { return .cancelled }
        if sent < state.messages.count { return .send(state.messages[sent].bytes, state.messages[sent].compress) }
        state.current = next
        state.refusedEnd = nil
        return .caughtUp(close: state.requestsClosed, watch: state.watchingAttempts)
      }
      switch step {
      case .cancelled:
        next.cancel()
        return .failed(Status(code: .cancelled, message: "The call was cancelled."), [])
      case .caughtUp(let close, let watch):
        if watch { self.watch(next) }
        if close { try? await next.closeSending() }
        return nil
      case .send(let bytes, let compress):
        do {
          try await next.send(bytes, compress: compress)
          sent += 1
        } catch {
          // The new attempt ended too: its outcome, awaited next, commits the call.
          let watch = state.withLock { state in
            state.current = next
            state.refusedEnd = nil
            return state.watchingAttempts
          }
          if watch { self.watch(next) }
          return nil
        }
      }
    }
  }

  /// The call is committed: the kept requests and their memory are given back.
  private func stopBuffering(_ state: inout State) {
    state.buffering = false
    state.messages.removeAll()
    pool.release(state.heldBytes)
    state.heldBytes = 0
  }
}
