public import MeshCore

/// Passes the current trace on to the calls a service makes: each outgoing call gets a `traceparent`
/// with the trace id of `TraceContext.current` and a new span id (and the `x-request-id`), replacing any
/// the caller set. Outside a traced task it adds nothing.
public struct TracingClientInterceptor: ClientInterceptor {
  /// An interceptor.
  public init() {}

  /// Adds the headers and opens the call.
  public func intercept(head: ClientCallHead,
                        next: @Sendable (ClientCallHead) async throws -> any ClientCallStream) async throws -> any ClientCallStream {
    guard let trace = TraceContext.current else { return try await next(head) }
    var head = head
    head.metadata.removeAll(forKey: TraceParent.headerName)
    head.metadata.addString(trace.child().description, forKey: TraceParent.headerName)
    if let requestID = TraceContext.requestID {
      head.metadata.removeAll(forKey: TracingServerInterceptor.requestIDHeader)
      head.metadata.addString(requestID, forKey: TracingServerInterceptor.requestIDHeader)
    }
    return try await next(head)
  }
}
