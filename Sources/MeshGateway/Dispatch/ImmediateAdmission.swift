public import MeshCore

/// An interceptor whose whole work comes before the call goes on (a check that may refuse the call and
/// may change its metadata), and that can usually do it without waiting: the dispatcher runs the leading
/// interceptors of this kind as plain calls, without the async frame, closure and executor checks each
/// layer of the chain costs on every call (as a filter chain that answers synchronously, Envoy's way).
protocol ImmediateAdmission: ServerInterceptor {
  /// Does the interceptor's work now, if it can without waiting.
  /// - Parameter context: the call's context; updated as `intercept` would before calling `next`.
  /// - Returns: true when the call may go on; false when only `intercept` can tell (the context is untouched).
  /// - Throws: the error `intercept` would throw, refusing the call.
  func admitNow(_ context: ServerContext) throws -> Bool

  /// The same on a relayed call's head (`GatewayRelayRouter`), read and edited in place.
  /// - Parameter head: the call's head; its fields updated as `admitNow(_:)` updates the metadata.
  /// - Returns: true when the call may go on; false when only `intercept` can tell (the relay then reverts
  ///   every edit, so the interceptor need not).
  /// - Throws: the error `intercept` would throw, refusing the call.
  func admitNow(inPlace head: inout RelayHead) throws -> Bool
}
