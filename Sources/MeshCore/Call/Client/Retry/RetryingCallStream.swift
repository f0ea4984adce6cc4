import Synchronization

/// One call made of one or more attempts (A6): holds the request messages for replay, sends each attempt
/// its copy through a pump task, watches each attempt until it commits (response headers, the buffer
/// full, or a final failure), and then hands the committed attempt to the application.
///
/// Retry and hedging decisions are made by `RetryStateMachine` and `HedgingStateMachine`; this class only
/// owns the tasks, the buffer and the lock.
final class RetryingCallStream: ClientCallStream, @unchecked Sendable {
  /// What the call committed to.
  enum Committed: Sendable {
    case attempt(any ClientCallStream)
    case failed(Status, Metadata)
  }

  private struct Attempt {
    let stream: any ClientCallStream
    /// Messages this attempt has sent (absolute index of the next one).
    var sent = 0
    /// Set when sending on it failed: the attempt has ended.
    var sendError: (any Error)?
    var wakeup: CheckedContinuation<Void, Never>?
  }

  private enum Mode {
    case single
    case retry(RetryStateMachine)
    case hedge(HedgingStateMachine)
  }

  private struct State {
    var messages: [(bytes: [UInt8], compress: Bool)] = []
    /// The absolute index of `messages[0]`: messages the committed attempt has sent are dropped.
    var base = 0
    var heldBytes = 0
    /// False once the call is committed or the buffer overflowed: messages are no longer kept for replay.
    var buffering = true
    var requestsClosed = false
    var attempts: [Int: Attempt] = [:]
    var started = 0
    var mode: Mode
    var committed: Committed?
    var committedNumber: Int?
    var commitWaiters: [CheckedContinuation<Committed, Never>] = []
    /// Senders waiting for their message to be sent by the committed attempt, by absolute index.
    var sendWaiters: [(index: Int, continuation: CheckedContinuation<Void, any Error>)] = []
    var transparentRetryUsed = false
    /// Attempts started as transparent retries: A6 leaves them out of `grpc-previous-rpc-attempts`.
    var transparentAttempts = 0
    var cancelled = false
    var lastFailure: (Status, Metadata)?
    var hedgeTimer: Task<Void, Never>?
    var pendingRetry: Task<Void, Never>?

    var appended: Int { base + messages.count }
  }

  /// Opens one attempt: the client's interceptors, then the transport.
  private let open: @Sendable (ClientCallHead) async throws -> any ClientCallStream
  private let method: MethodDescriptor
  private let metadata: Metadata
  private let options: CallOptions
  private let deadline: ContinuousClock.Instant?
  private let throttle: (any RetryAdmission)?
  private let pool: RetryBufferPool
  private let random: @Sendable () -> Double
  /// Where this call's tasks run (nil: the global executor).
  private let executor: (any TaskExecutor)?
  /// Where the attempts went, handed to each attempt so the transport sends the next one elsewhere;
  /// nil without a policy (one attempt, and at most its transparent retry).
  private let attemptedEndpoints: AttemptedEndpoints?
  private let state: Mutex<State>

  init(open: @escaping @Sendable (ClientCallHead) async throws -> any ClientCallStream, method: MethodDescriptor, metadata: Metadata, options: CallOptions,
       policy: ServiceConfig.ExecutionPolicy?, throttle: (any RetryAdmission)?, pool: RetryBufferPool,
       random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
       executor: (any TaskExecutor)? = nil) {
    self.open = open
    self.executor = executor
    self.method = method
    self.metadata = metadata
    self.options = options
    self.deadline = options.timeout.map { ContinuousClock.now + $0 }
    self.throttle = throttle
    self.pool = pool
    self.random = random
    let mode: Mode
    switch policy {
    case .retry(let retry): mode = .retry(RetryStateMachine(policy: retry))
    case .hedge(let hedge): mode = .hedge(HedgingStateMachine(policy: hedge))
    case nil: mode = .single
    }
    attemptedEndpoints = policy == nil ? nil : AttemptedEndpoints()
    state = Mutex(State(mode: mode))
  }

  /// The first attempt's stream when it cannot report its outcome (an in-memory or locally answered
  /// call): nothing can be retried, so the caller uses it directly and this wrapper is dropped.
  private(set) var passthrough: (any ClientCallStream)?

  /// The call's failure when it already ended without any attempt to show for it (nil otherwise).
  var failedAtStart: RPCError? {
    state.withLock { state in
      guard case .failed(let status, let trailers)? = state.committed else { return nil }
      return RPCError(status: status, metadata: trailers)
    }
  }

  /// Opens the first attempt (and, when hedging, schedules the others); fails like `openCall` when the
  /// first attempt cannot be opened and nothing else is worth trying.
  func start() async {
    let hedgeDelay: Duration? = state.withLock { state in
      guard case .hedge(var machine) = state.mode else { return nil }
      machine.attemptStarted()
      state.mode = .hedge(machine)
      return machine.policy.hedgingDelay
    }
    if let hedgeDelay { scheduleHedge(after: hedgeDelay) }
    await startAttempt()
  }

  // MARK: ClientCallStream

  func send(_ message: [UInt8], compress: Bool) async throws {
    guard message.count <= options.maxRequestMessageBytes else {
      throw RPCError(code: .resourceExhausted,
                     message: "Request message of \(message.count) bytes exceeds the limit of \(options.maxRequestMessageBytes).")
    }
    enum Next { case done, wait(Int), fail(any Error) }
    var toCancel: [any ClientCallStream] = []
    var wakeups: [CheckedContinuation<Void, Never>] = []
    var commitWaiters: [(CheckedContinuation<Committed, Never>, Committed)] = []
    let next = state.withLock { state -> Next in
      if state.requestsClosed {
        return .fail(RPCError(code: .failedPrecondition, message: "The request stream is already closed."))
      }
      switch state.committed {
      case .failed(let status, let trailers)?:
        return .fail(RPCError(status: status, metadata: trailers)
          ?? RPCError(code: .failedPrecondition, message: "The call has ended."))
      case .attempt?:
        if let number = state.committedNumber, let error = state.attempts[number]?.sendError { return .fail(error) }
      case nil:
        break
      }
      let index = state.appended
      state.messages.append((message, compress))
      wakeups = Self.takeWakeups(&state)
      if state.buffering {
        if pool.reserve(message.count, held: state.heldBytes) {
          state.heldBytes += message.count
          return .done
        }
        // Over the limit: A6 commits the call to the attempt that has sent the most.
        state.buffering = false
        pool.release(state.heldBytes)
        state.heldBytes = 0
        if let leader = state.attempts.max(by: { $0.value.sent < $1.value.sent })?.key {
          (toCancel, commitWaiters) = commit(&state, to: leader)
        }
        if state.committed == nil { return .done }
      }
      return .wait(index)
    }
    finishCommit(toCancel, commitWaiters)
    wakeups.forEach { $0.resume() }
    switch next {
    case .done: return
    case .fail(let error): throw error
    case .wait(let index):
      try await withCheckedThrowingContinuation { continuation in
        let error = state.withLock { state -> (any Error)?? in
          if let number = state.committedNumber, let attempt = state.attempts[number] {
            if attempt.sent > index { return .some(nil) }
            if let error = attempt.sendError { return .some(error) }
          }
          state.sendWaiters.append((index, continuation))
          return nil
        }
        if let error { if let error { continuation.resume(throwing: error) } else { continuation.resume() } }
      }
    }
  }

  func closeSending() async throws {
    let wakeups = state.withLock { state -> [CheckedContinuation<Void, Never>] in
      state.requestsClosed = true
      return Self.takeWakeups(&state)
    }
    wakeups.forEach { $0.resume() }
  }

  func initialMetadata() async throws -> Metadata {
    switch await committed() {
    case .attempt(let stream): return try await stream.initialMetadata()
    case .failed: return []
    }
  }

  func receive() async throws -> [UInt8]? {
    switch await committed() {
    case .attempt(let stream): return try await stream.receive()
    case .failed: return nil
    }
  }

  func finalStatus() async -> (Status, Metadata) {
    switch await committed() {
    case .attempt(let stream): return await stream.finalStatus()
    case .failed(let status, let trailers): return (status, trailers)
    }
  }

  func cancel() {
    let (streams, timers, waiters, committedFailure, wakeups) = state.withLock { state in
      let alreadyCancelled = state.cancelled
      state.cancelled = true
      // Pumps waiting for requests stop: the call will send nothing more.
      let wakeups = Self.takeWakeups(&state)
      let timers = [state.hedgeTimer, state.pendingRetry].compactMap { $0 }
      state.hedgeTimer = nil
      state.pendingRetry = nil
      var streams = state.attempts.values.map(\.stream)
      if case .attempt(let stream)? = state.committed { streams.append(stream) }
      var waiters: [CheckedContinuation<Committed, Never>] = []
      var failure: Committed?
      // With no attempt in flight (between retries), the call ends here; otherwise the attempts' own
      // CANCELLED ends commit it.
      if !alreadyCancelled, state.committed == nil, state.attempts.isEmpty {
        let cancelled = Committed.failed(Status(code: .cancelled, message: "The call was cancelled."), [])
        state.committed = cancelled
        releaseBuffer(&state)
        waiters = state.commitWaiters
        state.commitWaiters.removeAll()
        failure = cancelled
      }
      return (streams, timers, waiters, failure, wakeups)
    }
    wakeups.forEach { $0.resume() }
    timers.forEach { $0.cancel() }
    streams.forEach { $0.cancel() }
    if let committedFailure { waiters.forEach { $0.resume(returning: committedFailure) } }
  }

  // MARK: Attempts

  private func startAttempt(transparent: Bool = false) async {
    let numbers: (Int, Int)? = state.withLock { state in
      guard state.committed == nil, !state.cancelled else { return nil }
      state.started += 1
      if transparent { state.transparentAttempts += 1 }
      return (state.started, state.started - 1 - state.transparentAttempts)
    }
    guard let (number, previous) = numbers else { return }
    var attemptMetadata = metadata
    if previous > 0 { attemptMetadata.addString(String(previous), forKey: "grpc-previous-rpc-attempts") }
    var attemptOptions = options
    attemptOptions.attemptedEndpoints = attemptedEndpoints
    if let deadline {
      let remaining = deadline - ContinuousClock.now
      guard remaining > .zero else {
        return attemptEnded(number, Status(code: .deadlineExceeded, message: "Deadline exceeded."), [],
                            unprocessed: false, stream: nil)
      }
      attemptOptions.timeout = remaining
    }
    let stream: any ClientCallStream
    do {
      stream = try await open(ClientCallHead(method: method, metadata: attemptMetadata, options: attemptOptions))
    } catch {
      let rpcError = RPCError(from: error)
      return attemptEnded(number, Status(code: rpcError.code, message: rpcError.message), rpcError.metadata,
                          unprocessed: false, stream: nil)
    }
    if number == 1, !(stream is any AttemptReportingCallStream) {
      passthrough = stream
      // This wrapper is done: no hedge may follow.
      let timer = state.withLock { state -> Task<Void, Never>? in
        state.cancelled = true
        defer { state.hedgeTimer = nil }
        return state.hedgeTimer
      }
      timer?.cancel()
      return
    }
    let (accepted, toCancel, waiters) = state.withLock { state -> (Bool, [any ClientCallStream], [(CheckedContinuation<Committed, Never>, Committed)]) in
      guard state.committed == nil, !state.cancelled else { return (false, [], []) }
      state.attempts[number] = Attempt(stream: stream)
      // A call whose buffer overflowed between attempts commits to the next one at once.
      if !state.buffering || !(stream is any AttemptReportingCallStream) {
        let (toCancel, waiters) = commit(&state, to: number)
        return (true, toCancel, waiters)
      }
      return (true, [], [])
    }
    guard accepted else {
      stream.cancel()
      // Cancelled while opening with nothing committed: end the call with this attempt's CANCELLED.
      let orphaned = state.withLock { $0.committed == nil && $0.attempts.isEmpty }
      if orphaned { cancel() }
      return
    }
    finishCommit(toCancel, waiters)
    Task(executorPreference: executor) { await self.pump(number, stream) }
    Task(executorPreference: executor) { await self.watch(number, stream) }
  }

  /// Sends the buffered messages, then each new one, then the end of the requests, on one attempt.
  private func pump(_ number: Int, _ stream: any ClientCallStream) async {
    while true {
      enum Step { case send([UInt8], Bool), close, wait, stop }
      let step = state.withLock { state -> Step in
        guard !state.cancelled, let attempt = state.attempts[number] else { return .stop }
        if attempt.sent < state.appended {
          let message = state.messages[attempt.sent - state.base]
          return .send(message.bytes, message.compress)
        }
        return state.requestsClosed ? .close : .wait
      }
      switch step {
      case .stop: return
      case .close:
        try? await stream.closeSending()
        return
      case .wait:
        await withCheckedContinuation { continuation in
          let ready = state.withLock { state -> Bool in
            guard !state.cancelled, let attempt = state.attempts[number] else { return true }
            if attempt.sent < state.appended || state.requestsClosed { return true }
            state.attempts[number]?.wakeup = continuation
            return false
          }
          if ready { continuation.resume() }
        }
      case .send(let bytes, let compress):
        do {
          try await stream.send(bytes, compress: compress)
        } catch {
          let waiters = state.withLock { state -> [CheckedContinuation<Void, any Error>] in
            state.attempts[number]?.sendError = error
            guard state.committedNumber == number else { return [] }
            defer { state.sendWaiters.removeAll() }
            return state.sendWaiters.map(\.continuation)
          }
          waiters.forEach { $0.resume(throwing: error) }
          return
        }
        let waiters = state.withLock { state -> [CheckedContinuation<Void, any Error>] in
          guard state.attempts[number] != nil else { return [] }
          state.attempts[number]?.sent += 1
          guard state.committedNumber == number, let sent = state.attempts[number]?.sent else { return [] }
          // Committed: what this attempt has sent is no longer needed.
          let drop = min(sent - state.base, state.messages.count)
          if drop > 0 {
            state.messages.removeFirst(drop)
            state.base += drop
          }
          let ready = state.sendWaiters.filter { $0.index < sent }.map(\.continuation)
          state.sendWaiters.removeAll { $0.index < sent }
          return ready
        }
        waiters.forEach { $0.resume() }
      }
    }
  }

  /// Waits for the attempt to commit or end, and acts on it.
  private func watch(_ number: Int, _ stream: any ClientCallStream) async {
    guard let reporting = stream as? any AttemptReportingCallStream else { return await recordResult(of: stream) }
    switch await reporting.attemptOutcome() {
    case .headersReceived:
      let (toCancel, waiters) = state.withLock { state in
        state.committed == nil ? commit(&state, to: number) : ([], [])
      }
      finishCommit(toCancel, waiters)
      if state.withLock({ $0.committedNumber == number }) { await recordResult(of: stream) }
    case .ended(let status, let trailers, let unprocessed):
      attemptEnded(number, status, trailers, unprocessed: unprocessed, stream: stream)
    }
  }

  /// Counts the committed attempt's end for the throttle: success, or a failure with a code A6 counts.
  private func recordResult(of stream: any ClientCallStream) async {
    guard let throttle else { return }
    let (status, _) = await stream.finalStatus()
    if status.code == .ok { return throttle.recordSuccess() }
    let counted = state.withLock { state -> Bool in
      switch state.mode {
      case .single: false
      case .retry(let machine): machine.policy.retryableStatusCodes.contains(status.code)
      case .hedge(let machine): machine.policy.nonFatalStatusCodes.contains(status.code)
      }
    }
    if counted { _ = throttle.recordFailure() }
  }

  private func attemptEnded(_ number: Int, _ status: Status, _ trailers: Metadata, unprocessed: Bool,
                            stream: (any ClientCallStream)?) {
    enum Action { case none, commit, retry(Duration), hedge(Duration), transparent }
    let pushback = ServerPushback(trailers: trailers)
    let throttle = self.throttle
    let recordFailure: () -> Bool = { throttle?.recordFailure() ?? true }
    let random = self.random()
    var toCancel: [any ClientCallStream] = []
    var waiters: [(CheckedContinuation<Committed, Never>, Committed)] = []
    let action = state.withLock { state -> Action in
      guard state.committed == nil else { return .none }
      let ended = state.attempts.removeValue(forKey: number)
      state.lastFailure = (status, trailers)
      let action: Action
      if state.cancelled || !state.buffering {
        action = .commit
      } else if unprocessed && !state.transparentRetryUsed && (throttle?.admitsTransparentRetry() ?? true) {
        // A6: a stream the server's application never saw is retried once at once, outside the policy.
        state.transparentRetryUsed = true
        action = .transparent
      } else {
        switch state.mode {
        case .single:
          action = .commit
        case .retry(var machine):
          let decision = machine.attemptEnded(code: status.code, pushback: pushback, recordFailure: recordFailure,
                                              random: random)
          state.mode = .retry(machine)
          if case .retry(let delay) = decision { action = .retry(delay) } else { action = .commit }
        case .hedge(var machine):
          let decision = machine.attemptEnded(code: status.code, pushback: pushback, recordFailure: recordFailure)
          state.mode = .hedge(machine)
          switch decision {
          case .commit: action = .commit
          case .waitForOthers: action = .none
          case .hedge(let delay): action = .hedge(delay)
          }
        }
      }
      if case .commit = action {
        if status.code == .ok { throttle?.recordSuccess() }
        if let stream {
          // The ended attempt is the call's: its pump stays, so later sends get the attempt's error.
          state.attempts[number] = ended ?? Attempt(stream: stream)
          (toCancel, waiters) = commit(&state, to: number)
        } else {
          (toCancel, waiters) = commitFailure(&state, status, trailers)
        }
      } else {
        ended?.wakeup?.resume()
      }
      return action
    }
    finishCommit(toCancel, waiters)
    switch action {
    case .none, .commit: break
    case .transparent:
      Task(executorPreference: executor) { await self.startAttempt(transparent: true) }
    case .retry(let delay):
      // The call's deadline bounds the wait; the attempt after it fails at once with DEADLINE_EXCEEDED.
      let wait = deadline.map { min(delay, max(.zero, $0 - ContinuousClock.now)) } ?? delay
      let task = Task(executorPreference: executor) {
        try? await Task.sleep(for: wait)
        await self.startAttempt()
      }
      let cancelled = state.withLock { state -> Bool in
        state.pendingRetry = task
        return state.cancelled
      }
      if cancelled { task.cancel() }
    case .hedge(let delay):
      scheduleHedge(after: delay)
    }
  }

  /// (Re)arms the timer of the next hedge: when it fires, a hedge goes if the policy and throttle allow,
  /// and the timer is armed again for `hedgingDelay`.
  private func scheduleHedge(after delay: Duration) {
    let task = Task(executorPreference: executor) {
      try? await Task.sleep(for: delay)
      guard !Task.isCancelled else { return }
      let throttleAllows = self.throttle?.allowsRetries ?? true
      enum Next { case start(Duration), giveUp, idle }
      var toCancel: [any ClientCallStream] = []
      var waiters: [(CheckedContinuation<Committed, Never>, Committed)] = []
      let next = self.state.withLock { state -> Next in
        guard state.committed == nil, !state.cancelled, case .hedge(var machine) = state.mode else { return .idle }
        guard machine.mayStartAttempt(throttleAllows: throttleAllows) else {
          // No more hedges: with none in flight, the last failure is the call's.
          if state.attempts.isEmpty, let (status, trailers) = state.lastFailure {
            (toCancel, waiters) = self.commitFailure(&state, status, trailers)
            return .giveUp
          }
          return .idle
        }
        machine.attemptStarted()
        state.mode = .hedge(machine)
        return .start(machine.policy.hedgingDelay)
      }
      self.finishCommit(toCancel, waiters)
      if case .start(let regular) = next {
        // The attempt runs in its own task: re-arming the timer cancels this one.
        Task(executorPreference: self.executor) { await self.startAttempt() }
        self.scheduleHedge(after: regular)
      }
    }
    let previous = state.withLock { state -> Task<Void, Never>? in
      defer { state.hedgeTimer = task }
      return state.hedgeTimer
    }
    previous?.cancel()
  }

  // MARK: Commit

  private func committed() async -> Committed {
    await withCheckedContinuation { continuation in
      let committed = state.withLock { state -> Committed? in
        if let committed = state.committed { return committed }
        state.commitWaiters.append(continuation)
        return nil
      }
      if let committed { continuation.resume(returning: committed) }
    }
  }

  /// Commits to attempt `number`: the others are cancelled, the replay buffer is given back, and callers
  /// waiting for the response go on. Returns what to do outside the lock.
  private func commit(_ state: inout State, to number: Int)
    -> ([any ClientCallStream], [(CheckedContinuation<Committed, Never>, Committed)])
  {
    guard let chosen = state.attempts[number] else { return ([], []) }
    let committed = Committed.attempt(chosen.stream)
    state.committed = committed
    state.committedNumber = number
    releaseBuffer(&state)
    let losers = state.attempts.filter { $0.key != number }
    for key in losers.keys { state.attempts[key] = nil }
    state.hedgeTimer?.cancel()
    state.hedgeTimer = nil
    let waiters = state.commitWaiters.map { ($0, committed) }
    state.commitWaiters.removeAll()
    // Wake the losers' pumps so they stop.
    for loser in losers.values { loser.wakeup?.resume() }
    return (losers.values.map(\.stream), waiters)
  }

  private func commitFailure(_ state: inout State, _ status: Status, _ trailers: Metadata)
    -> ([any ClientCallStream], [(CheckedContinuation<Committed, Never>, Committed)])
  {
    let committed = Committed.failed(status, trailers)
    state.committed = committed
    releaseBuffer(&state)
    let others = state.attempts.values.map(\.stream)
    for attempt in state.attempts.values { attempt.wakeup?.resume() }
    state.attempts.removeAll()
    state.hedgeTimer?.cancel()
    state.hedgeTimer = nil
    let error = RPCError(status: status, metadata: trailers) ?? RPCError(code: .failedPrecondition, message: "The call has ended.")
    for waiter in state.sendWaiters { waiter.continuation.resume(throwing: error) }
    state.sendWaiters.removeAll()
    let waiters = state.commitWaiters.map { ($0, committed) }
    state.commitWaiters.removeAll()
    return (others, waiters)
  }

  private func releaseBuffer(_ state: inout State) {
    state.buffering = false
    pool.release(state.heldBytes)
    state.heldBytes = 0
  }

  private func finishCommit(_ toCancel: [any ClientCallStream],
                            _ waiters: [(CheckedContinuation<Committed, Never>, Committed)]) {
    toCancel.forEach { $0.cancel() }
    waiters.forEach { $0.0.resume(returning: $0.1) }
  }

  private static func takeWakeups(_ state: inout State) -> [CheckedContinuation<Void, Never>] {
    var wakeups: [CheckedContinuation<Void, Never>] = []
    for key in state.attempts.keys {
      if let wakeup = state.attempts[key]?.wakeup {
        wakeups.append(wakeup)
        state.attempts[key]?.wakeup = nil
      }
    }
    return wakeups
  }
}
