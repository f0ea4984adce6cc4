public import MeshCore

/// Continues the caller's W3C trace (or starts one when the `traceparent` header is missing or
/// malformed) and keeps the request id (`x-request-id`, or the trace id when there is none), for the
/// handler and everything it calls: logs carry them, `TracingClientInterceptor` passes the trace on.
/// The response's initial metadata carries this process's `traceparent`, so a caller sees the span.
public struct TracingServerInterceptor: ServerInterceptor {
  /// The request header of the request id.
  public static let requestIDHeader = "x-request-id"

  /// An interceptor.
  public init() {}

  /// Runs the rest of the chain inside the call's trace context.
  public func intercept(stream: any ServerCallStream, context: ServerContext,
                        next: @Sendable (any ServerCallStream, ServerContext) async throws -> Void) async throws {
    let incoming = context.requestMetadata.firstString(forKey: TraceParent.headerName).flatMap(TraceParent.init(header:))
    let span = incoming?.child() ?? TraceParent.random()
    let requestID = context.requestMetadata.firstString(forKey: Self.requestIDHeader)
      .flatMap { $0.isEmpty || $0.utf8.count > 128 ? nil : $0 } ?? span.traceID
    var initial = context.initialResponseMetadata
    initial.removeAll(forKey: TraceParent.headerName)
    initial.addString(span.description, forKey: TraceParent.headerName)
    context.initialResponseMetadata = initial
    try await TraceContext.$current.withValue(span) {
      try await TraceContext.$requestID.withValue(requestID) {
        try await next(stream, context)
      }
    }
  }
}
