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
  ///     wake the global executor's threads. Nil runs them on the global executor.
  ///   - open: opens one attempt.
  /// - Returns: the call's stream.
  /// - Throws: `RPCError` when the first attempt could not be opened and the policy gives up.
  public static func open(method: MethodDescriptor, metadata: Metadata, options: CallOptions,
                          policy: ServiceConfig.ExecutionPolicy?, admission: (any RetryAdmission)?,
                          pool: RetryBufferPool, executor: (any TaskExecutor)? = nil,
                          open: @escaping @Sendable (ClientCallHead) async throws -> any ClientCallStream)
    async throws -> any ClientCallStream
  {
    let call = RetryingCallStream(open: open, method: method, metadata: metadata, options: options,
                                  policy: policy, throttle: admission, pool: pool, executor: executor)
    await call.start()
    if let error = call.failedAtStart { throw error }
    return call.passthrough ?? call
  }
}
