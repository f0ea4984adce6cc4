import MeshProtobuf
public import MeshLogging
import MeshCore

/// The gateway's access log: one JSON line per request, with its request id, path, route, cluster, the
/// upstream endpoint used, edge protocol, HTTP and gRPC status, bytes in and out, and durations (total and
/// upstream). Never a token, a key, a query string or a message body: an `AccessLogEntry` holds none of them.
///
/// The gateway opens an entry per request (`GatewayServer`, `MeteredEdgeProtocol`) and writes it when the
/// request ends; as an `UpstreamCallObserver` the log adds the route and cluster of the forwarded call to
/// that entry. A call forwarded outside a logged request (a dispatcher used alone) gets a line of its own.
public struct AccessLog: UpstreamCallObserver {
  private let sink: any LogSink

  /// Creates a log.
  /// - Parameter sink: where lines go (standard output in `mesh serve gateway`).
  public init(sink: any LogSink) { self.sink = sink }

  public func callEnded(_ record: UpstreamCallRecord) {
    if let entry = AccessLogEntry.current { return entry.merge(record) }
    let entry = AccessLogEntry(path: record.method.path, protocolName: record.protocolName, peer: record.peer,
                               requestID: record.requestID)
    entry.merge(record)
    entry.update {
      $0.grpcStatus = record.status
      $0.bytesIn = record.requestBytes
      $0.bytesOut = record.responseBytes
    }
    sink.write(line: Self.line(for: entry.snapshot, duration: record.duration, at: LogTimestamp.now().iso8601))
  }

  /// Writes out the lines a buffering sink still holds (`BufferedLogSink`); the gateway calls it when it
  /// drains.
  public func flush() { (sink as? BufferedLogSink)?.flush() }

  /// Writes the line of a request that ended.
  /// - Parameter entry: the request.
  public func write(_ entry: AccessLogEntry) {
    sink.write(line: Self.line(for: entry.snapshot, duration: .now - entry.started, at: LogTimestamp.now().iso8601))
  }

  /// Writes the line of a request whose fields were gathered without an entry (a relayed call).
  /// - Parameters:
  ///   - fields: what was recorded.
  ///   - duration: from its start to its end.
  func write(_ fields: AccessLogEntry.Fields, duration: Duration) {
    sink.write(line: Self.line(for: fields, duration: duration, at: LogTimestamp.now().iso8601))
  }

  /// Writes the line of a gRPC call that ended, with the request id and trace parent the edge filters put
  /// in its metadata when the entry has none of its own (the filters run after the entry is made).
  /// - Parameters:
  ///   - entry: the call.
  ///   - metadata: the call's request metadata, as the filters left it.
  func write(_ entry: AccessLogEntry, completingFrom metadata: Metadata) {
    let requestID = metadata.firstString(forKey: "x-request-id")
    let traceParent = metadata.firstString(forKey: "traceparent")
    entry.update { fields in
      fields.requestID = fields.requestID ?? requestID
      fields.traceParent = fields.traceParent ?? traceParent
    }
    write(entry)
  }

  /// The JSON line of a request.
  /// - Parameters:
  ///   - fields: what was recorded.
  ///   - duration: from its start to its end.
  ///   - time: its end, ISO 8601.
  static func line(for fields: AccessLogEntry.Fields, duration: Duration, at time: String) -> String {
    // Built in one string with room reserved: this runs once per request.
    var line = ""
    line.reserveCapacity(384)
    func add(_ text: String) { line += text }
    func add(_ key: String, _ text: String?) {
      line += key
      guard let text else { return line += "null" }
      appendQuoted(text, to: &line)
    }
    // The fields every log line of the mesh starts with (time, level, service), so a pipeline reads it like the rest.
    add("{\"time\":")
    appendQuoted(time, to: &line)
    add(",\"level\":\"info\",\"service\":\"gateway\",\"log\":\"access\"")
    add(",\"request_id\":", fields.requestID)
    add(",\"trace_id\":", fields.traceParent.flatMap(TraceParent.init(header:))?.traceID)
    add(",\"path\":", fields.path)
    add(",\"route\":", fields.route)
    add(",\"cluster\":", fields.cluster)
    add(",\"endpoint\":", fields.endpoint)
    add(",\"protocol\":", fields.protocolName)
    add(",\"http_status\":" + (fields.httpStatus.map(String.init) ?? "null"))
    add(",\"grpc_status\":" + (fields.grpcStatus.map { String($0.rawValue) } ?? "null"))
    add(",\"status\":", fields.grpcStatus.map { String(describing: $0) })
    add(",\"bytes_in\":" + String(fields.bytesIn) + ",\"bytes_out\":" + String(fields.bytesOut))
    add(",\"duration_ms\":" + milliseconds(duration))
    add(",\"upstream_ms\":" + (fields.upstreamDuration.map(milliseconds) ?? "null"))
    add(",\"peer\":", fields.peer)
    add("}")
    return line
  }

  /// Appends `text` as a JSON string: as it is when nothing in it needs escaping (the usual case), else
  /// through `JSONText.quoted`.
  private static func appendQuoted(_ text: String, to line: inout String) {
    let plain = text.utf8.allSatisfy { $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
    guard plain else { return line += JSONText.quoted(text) }
    line += "\""
    line += text
    line += "\""
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
