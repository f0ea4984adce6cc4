/// Opens calls made of several attempts (A6 retries, hedging, transparent retries) for a transport that
/// chooses where each attempt goes itself, such as a gateway's upstream cluster.
public enum RetryingCall {
  /// Opens a call whose attempts are opened by `open`, retried or hedged as `policy` says.
  /// - Parameters:
  ///   - method: the method.
  ///   - metadata: the request metadata.
  ///   - options: the call's options; its timeout bounds every attempt and the waits between them.
  ///   - policy: the retry or hedging policy; nil for one attempt (plus the transparent retry).
  ///   - admission: what allows retries (a throttle or a budget); nil allows every retry the policy allows.
  ///   - pool: the memory for request messages held for replay.
  ///   - executor: where the call's own tasks (each attempt's pump and watcher, retry and hedge timers)
  ///     run; a server that forwards the call passes its connection's event loop, so the call does not
  ///     wake the global executor's threads. Nil runs them on the global executor. A call with no policy
  ///     (and an admission that does not count successes) has no task of its own.
  ///   - open: opens one attempt.
  /// - Returns: the call's stream.
  /// - Throws: `RPCError` when the first attempt could not be opened and the policy gives up.
  public static func open(method: MethodDescriptor, metadata: Metadata, options: CallOptions,
                          policy: ServiceConfig.ExecutionPolicy?, admission: (any RetryAdmission)?,
                          pool: RetryBufferPool, executor: (any TaskExecutor)? = nil,
                          open: @escaping @Sendable (ClientCallHead) async throws -> any ClientCallStream)
    async throws -> any ClientCallStream
  {
    try await openCall(method: method, metadata: metadata, options: options, policy: policy, admission: admission,
                       pool: pool, executor: executor, open: open)
  }

  /// `open(...)` for this module's clients too: a call with no policy, whose admission needs no word of
  /// its successes, is a `SingleAttemptCallStream` (no task of its own); any other a `RetryingCallStream`.
  static func openCall(method: MethodDescriptor, metadata: Metadata, options: CallOptions,
                       policy: ServiceConfig.ExecutionPolicy?, admission: (any RetryAdmission)?,
                       pool: RetryBufferPool, executor: (any TaskExecutor)?,
                       open: @escaping @Sendable (ClientCallHead) async throws -> any ClientCallStream)
    async throws -> any ClientCallStream
  {
    if policy == nil, !(admission?.countsSuccesses ?? false) {
      return try await SingleAttemptCallStream.open(method: method, metadata: metadata, options: options,
                                                    admission: admission, pool: pool, open: open)
    }
    let call = RetryingCallStream(open: open, method: method, metadata: metadata, options: options,
                                  policy: policy, throttle: admission, pool: pool, executor: executor)
    await call.start()
    if let error = call.failedAtStart { throw error }
    return call.passthrough ?? call
  }
}
