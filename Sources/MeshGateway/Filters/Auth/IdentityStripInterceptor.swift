public import MeshCore
import MeshTransport

/// Removes every `x-mesh-` request key when the gateway authenticates no one, so that no client can claim
/// an identity upstream services would trust (`AuthInterceptor` does the same when auth is configured).
public struct IdentityStripInterceptor: ServerInterceptor, ImmediateAdmission {
  /// Creates the interceptor.
  public init() {}

  /// Strips the reserved keys and calls `next`.
  public func intercept(
    stream: any ServerCallStream, context: ServerContext,
    next: @Sendable (any ServerCallStream, ServerContext) async throws -> Void
  ) async throws {
    _ = admitNow(context)
    try await next(stream, context)
  }

  /// Strips the reserved keys, which never waits: always true.
  func admitNow(_ context: ServerContext) -> Bool {
    context.requestMetadata = IdentityMetadata.strippingReserved(context.requestMetadata)
    return true
  }

  /// Strips the reserved keys from a relayed call's fields, in place: always true.
  func admitNow(inPlace head: inout RelayHead) -> Bool {
    IdentityMetadata.stripReserved(from: &head.fields)
    return true
  }
}
