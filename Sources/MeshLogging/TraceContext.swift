/// The trace and request a task is working for, carried by task-local values: set by
/// `TracingServerInterceptor` around a call's handler, read by the JSON log handler (`trace_id`,
/// `request_id` on every line) and by `TracingClientInterceptor` (the `traceparent` of outgoing calls).
public enum TraceContext {
  /// This process's span of the current trace, if the task works for a request.
  @TaskLocal public static var current: TraceParent?
  /// The current request's id (`x-request-id`), if any.
  @TaskLocal public static var requestID: String?
}
