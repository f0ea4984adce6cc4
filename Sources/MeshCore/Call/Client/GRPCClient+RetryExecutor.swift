extension GRPCClient {
  /// Opens a call as its method's service config says: every call goes through `RetryingCall.openCall`,
  /// which replays buffered requests for A6's transparent retry, and retries or hedges when the method
  /// has a policy. The config's timeout, wait-for-ready and message limits are applied to `options`.
  /// Interceptors run once per attempt (as in grpc-swift-2), so each retry gets fresh credentials.
  /// - Throws: `RPCError` when the first attempt could not be opened and the policy gives up.
  func openRetryingCall(_ method: MethodDescriptor, metadata: Metadata, options: CallOptions) async throws
    -> any ClientCallStream
  {
    let methodConfig = serviceConfig.methodConfig(for: method)
    let options = methodConfig?.applied(to: options) ?? options
    return try await RetryingCall.openCall(method: method, metadata: metadata, options: options,
                                           policy: methodConfig?.executionPolicy, admission: retryThrottle,
                                           pool: retryBufferPool, executor: nil, open: open)
  }
}
