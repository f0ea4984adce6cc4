import MeshProtobuf
public import MeshLogging

/// The gateway's access log: one JSON line per forwarded call, with its request id, route, cluster,
/// protocol, status, message bytes and durations. Never a token, a key or a message body: only what
/// `UpstreamCallRecord` holds, which has none of them.
public struct AccessLog: UpstreamCallObserver {
  private let sink: any LogSink

  /// Creates a log.
  /// - Parameter sink: where lines go (standard output in `mesh serve gateway`).
  public init(sink: any LogSink) { self.sink = sink }

  public func callEnded(_ record: UpstreamCallRecord) {
    sink.write(line: Self.line(for: record, at: LogTimestamp.now().iso8601))
  }

  /// The JSON line of a call.
  /// - Parameters:
  ///   - record: the call.
  ///   - time: its end, ISO 8601.
  static func line(for record: UpstreamCallRecord, at time: String) -> String {
    var line = "{\"ts\":\(JSONText.quoted(time)),\"log\":\"access\""
    if let id = record.requestID { line += ",\"request_id\":\(JSONText.quoted(id))" }
    if let trace = record.traceParent.flatMap(TraceParent.init(header:)) { line += ",\"trace_id\":\"\(trace.traceID)\"" }
    line += ",\"method\":\(JSONText.quoted(record.method.path))"
    line += ",\"route\":" + (record.route.map(JSONText.quoted) ?? "null")
    line += ",\"cluster\":" + (record.cluster.map(JSONText.quoted) ?? "null")
    line += ",\"endpoint\":" + (record.endpoint.map(JSONText.quoted) ?? "null")
    line += ",\"protocol\":\(JSONText.quoted(record.protocolName))"
    line += ",\"status\":\(JSONText.quoted(String(describing: record.status)))"
    line += ",\"grpc_status\":\(record.status.rawValue)"
    line += ",\"request_bytes\":\(record.requestBytes),\"response_bytes\":\(record.responseBytes)"
    line += ",\"duration_ms\":\(milliseconds(record.duration))"
    if let upstream = record.upstreamDuration { line += ",\"upstream_ms\":\(milliseconds(upstream))" }
    line += ",\"peer\":\(JSONText.quoted(record.peer))}"
    return line
  }

  private static func milliseconds(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    let micros = seconds * 1_000_000 + attoseconds / 1_000_000_000_000
    let whole = micros / 1000
    let fraction = String(micros % 1000)
    return "\(whole)." + String(repeating: "0", count: 3 - fraction.count) + fraction
  }
}

/// Tells several observers of every call (the access log and the metrics).
public struct UpstreamCallObservers: UpstreamCallObserver {
  private let observers: [any UpstreamCallObserver]

  /// Creates a fan-out.
  /// - Parameter observers: told in order.
  public init(_ observers: [any UpstreamCallObserver]) { self.observers = observers }

  public func callEnded(_ record: UpstreamCallRecord) {
    for observer in observers { observer.callEnded(record) }
  }
}
