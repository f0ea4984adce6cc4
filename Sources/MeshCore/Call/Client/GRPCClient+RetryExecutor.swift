extension GRPCClient {
  /// Opens a call as its method's service config says: every call goes through `RetryingCallStream`,
  /// which replays buffered requests for A6's transparent retry, and retries or hedges when the method
  /// has a policy. The config's timeout, wait-for-ready and message limits are applied to `options`.
  /// Interceptors run once per attempt (as in grpc-swift-2), so each retry gets fresh credentials.
  /// - Throws: `RPCError` when the first attempt could not be opened and the policy gives up.
  func openRetryingCall(_ method: MethodDescriptor, metadata: Metadata, options: CallOptions) async throws
    -> any ClientCallStream
  {
    let methodConfig = serviceConfig.methodConfig(for: method)
    let options = methodConfig?.applied(to: options) ?? options
    let call = RetryingCallStream(open: open, method: method, metadata: metadata, options: options,
                                  policy: methodConfig?.executionPolicy, throttle: retryThrottle,
                                  pool: retryBufferPool)
    await call.start()
    if let error = call.failedAtStart { throw error }
    return call.passthrough ?? call
  }
}
