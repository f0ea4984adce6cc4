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
    sink.write(line: Self.line(for: entry.snapshot, duration: record.duration, at: AccessLogTime.now()))
  }

  /// Writes out the lines a buffering sink still holds (`BufferedLogSink`); the gateway calls it when it
  /// drains.
  public func flush() { (sink as? BufferedLogSink)?.flush() }

  /// Writes the line of a request that ended.
  /// - Parameter entry: the request.
  public func write(_ entry: AccessLogEntry) {
    sink.write(line: Self.line(for: entry.snapshot, duration: .now - entry.started, at: AccessLogTime.now()))
  }

  /// Writes the line of a request whose fields were gathered without an entry (a relayed call).
  /// - Parameters:
  ///   - fields: what was recorded.
  ///   - duration: from its start to its end.
  func write(_ fields: AccessLogEntry.Fields, duration: Duration) {
    sink.write(line: Self.line(for: fields, duration: duration, at: AccessLogTime.now()))
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
    // Built as UTF-8 bytes with room reserved, made a String once: this runs once per request, and
    // String appends and a parsed `TraceParent` for the trace id cost more than the rest of the line.
    var line: [UInt8] = []
    line.reserveCapacity(384)
    func add(_ text: StaticString) { text.withUTF8Buffer { line.append(contentsOf: $0) } }
    func add(_ key: StaticString, _ text: String?) {
      add(key)
      guard let text else { return add("null") }
      appendQuoted(text, to: &line)
    }
    func add(_ key: StaticString, number: Int?) {
      add(key)
      guard let number else { return add("null") }
      line.append(contentsOf: String(number).utf8)
    }
    // The fields every log line of the mesh starts with (time, level, service), so a pipeline reads it like the rest.
    add("{\"time\":", time)
    add(",\"level\":\"info\",\"service\":\"gateway\",\"log\":\"access\"")
    add(",\"request_id\":", fields.requestID)
    add(",\"trace_id\":")
    let traced = fields.traceParent.map { appendTraceID(of: $0, to: &line) } ?? false
    if !traced { add("null") }
    add(",\"path\":", fields.path)
    add(",\"route\":", fields.route)
    add(",\"cluster\":", fields.cluster)
    add(",\"endpoint\":", fields.endpoint)
    add(",\"protocol\":", fields.protocolName)
    add(",\"http_status\":", number: fields.httpStatus)
    add(",\"grpc_status\":", number: fields.grpcStatus?.rawValue)
    add(",\"status\":", fields.grpcStatus.map { String(describing: $0) })
    add(",\"bytes_in\":", number: fields.bytesIn)
    add(",\"bytes_out\":", number: fields.bytesOut)
    add(",\"duration_ms\":")
    line.append(contentsOf: milliseconds(duration).utf8)
    add(",\"upstream_ms\":")
    if let upstream = fields.upstreamDuration { line.append(contentsOf: milliseconds(upstream).utf8) } else { add("null") }
    add(",\"peer\":", fields.peer)
    add("}")
    return String(decoding: line, as: UTF8.self)
  }

  /// Appends `text` as a JSON string: its bytes as they are when nothing in them needs escaping (the
  /// usual case), else through `JSONText.quoted`.
  private static func appendQuoted(_ text: String, to line: inout [UInt8]) {
    // A native string's bytes are read where they are (no copy of the string to call `withUTF8` on).
    let plain = text.utf8.withContiguousStorageIfAvailable { utf8 in
      guard utf8.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) else { return false }
      line.append(UInt8(ascii: "\""))
      line.append(contentsOf: utf8)
      line.append(UInt8(ascii: "\""))
      return true
    }
    if plain != true { line.append(contentsOf: JSONText.quoted(text).utf8) }
  }

  /// Appends the trace id of a `traceparent` header as a JSON string; false when the header is malformed.
  /// A version-00 header (every one the gateway's trace filter writes) is checked and read in place, by
  /// the rules of `TraceParent(header:)`; any other goes through it.
  private static func appendTraceID(of header: String, to line: inout [UInt8]) -> Bool {
    var header = header
    let inPlace: Bool? = header.withUTF8 { bytes in
      guard bytes.count == 55, bytes[0] == UInt8(ascii: "0"), bytes[1] == UInt8(ascii: "0") else { return nil }
      let zero = UInt8(ascii: "0"), dash = UInt8(ascii: "-")
      guard bytes[2] == dash, bytes[35] == dash, bytes[52] == dash else { return false }
      let trace = bytes[3..<35], parent = bytes[36..<52], flags = bytes[53..<55]
      guard trace.allSatisfy(Self.isHex), parent.allSatisfy(Self.isHex), flags.allSatisfy(Self.isHex),
            trace.contains(where: { $0 != zero }), parent.contains(where: { $0 != zero }) else { return false }
      line.append(UInt8(ascii: "\""))
      line.append(contentsOf: trace)
      line.append(UInt8(ascii: "\""))
      return true
    }
    if let inPlace { return inPlace }
    guard let traceID = TraceParent(header: header)?.traceID else { return false }
    appendQuoted(traceID, to: &line)
    return true
  }

  /// Lower-case hex, as `TraceParent` reads it.
  private static func isHex(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"): true
    default: false
    }
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
