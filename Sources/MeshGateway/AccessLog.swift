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
///
/// A final class: every relayed call holds the log, and a struct of two references cost two retains per
/// copy (into the call, out of the router's state) where a class costs one.
public final class AccessLog: UpstreamCallObserver {
  private let sink: any LogSink
  /// The sink when it takes bytes (a relayed call's line then goes in with no `String` made).
  private let buffered: BufferedLogSink?

  /// Creates a log.
  /// - Parameter sink: where lines go (standard output in `mesh serve gateway`).
  public init(sink: any LogSink) {
    self.sink = sink
    buffered = sink as? BufferedLogSink
  }

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
  public func flush() { buffered?.flush() }

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
    var line: [UInt8] = []
    line.reserveCapacity(384)
    withUTF8(fields.requestID) { requestID in
      withUTF8(fields.traceParent) { traceParent in
        appendLine(to: &line, fields: fields, requestID: requestID, traceParent: traceParent, duration: duration) {
          $0.append(contentsOf: time.utf8)
        }
      }
    }
    return String(decoding: line, as: UTF8.self)
  }

  /// The JSON line of a relayed call, with the request id and trace parent read where they lie (the call's
  /// header fields): the same line as `line(for:duration:at:)` for the same call, with no `String` made.
  /// - Parameters:
  ///   - fields: what was recorded; its `requestID` wins over `requestID` (the id the client sent).
  ///   - requestID: the `x-request-id` the edge filters left, when there is one.
  ///   - traceParent: the `traceparent` they left.
  ///   - duration: from its start to its end.
  ///   - time: writes its end, ISO 8601 (`AccessLogTime.append(to:)`).
  static func lineBytes(for fields: AccessLogEntry.Fields, requestID: UnsafeRawBufferPointer?,
                        traceParent: UnsafeRawBufferPointer?, duration: Duration,
                        time: (inout [UInt8]) -> Void) -> [UInt8] {
    var line: [UInt8] = []
    line.reserveCapacity(512)
    appendRelayedLine(to: &line, fields: fields, requestID: requestID, traceParent: traceParent, duration: duration,
                      time: time)
    return line
  }

  /// Appends what `lineBytes` returns to `line`.
  private static func appendRelayedLine(to line: inout [UInt8], fields: AccessLogEntry.Fields,
                                        requestID: UnsafeRawBufferPointer?, traceParent: UnsafeRawBufferPointer?,
                                        duration: Duration, time: (inout [UInt8]) -> Void) {
    if fields.requestID != nil {
      withUTF8(fields.requestID) { sent in
        appendLine(to: &line, fields: fields, requestID: sent, traceParent: traceParent, duration: duration, time: time)
      }
    } else {
      appendLine(to: &line, fields: fields, requestID: requestID, traceParent: traceParent, duration: duration, time: time)
    }
  }

  /// Writes a relayed call's line (`lineBytes`). A `BufferedLogSink` has it written straight into its
  /// buffer: no array per line (a line array and its growth were two allocations per relayed call) and
  /// no `String`.
  func writeRelayed(_ fields: AccessLogEntry.Fields, requestID: UnsafeRawBufferPointer?,
                    traceParent: UnsafeRawBufferPointer?, duration: Duration) {
    if let buffered {
      return buffered.writeLine { line in
        Self.appendRelayedLine(to: &line, fields: fields, requestID: requestID, traceParent: traceParent,
                               duration: duration) { AccessLogTime.append(to: &$0) }
      }
    }
    let line = Self.lineBytes(for: fields, requestID: requestID, traceParent: traceParent, duration: duration) {
      AccessLogTime.append(to: &$0)
    }
    sink.write(line: String(decoding: line, as: UTF8.self))
  }

  /// Calls `body` with a string's UTF-8 bytes (a native string's in place), nil for nil.
  private static func withUTF8<R>(_ text: String?, _ body: (UnsafeRawBufferPointer?) -> R) -> R {
    guard var text else { return body(nil) }
    return text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
  }

  /// Appends the line's bytes; the request id and trace parent are given as bytes (a string's or a header
  /// field's), the rest from `fields`.
  private static func appendLine(to line: inout [UInt8], fields: AccessLogEntry.Fields,
                                 requestID: UnsafeRawBufferPointer?, traceParent: UnsafeRawBufferPointer?,
                                 duration: Duration, time: (inout [UInt8]) -> Void) {
    // Built as UTF-8 bytes with room reserved: this runs once per request, and String appends and a
    // parsed `TraceParent` for the trace id cost more than the rest of the line.
    func add(_ text: StaticString) { text.withUTF8Buffer { line.append(contentsOf: $0) } }
    func add(_ key: StaticString, _ text: String?) {
      add(key)
      guard let text else { return add("null") }
      appendQuoted(text, to: &line)
    }
    func add(_ key: StaticString, number: Int?) {
      add(key)
      guard let number else { return add("null") }
      appendDecimal(number, to: &line)
    }
    // The fields every log line of the mesh starts with (time, level, service), so a pipeline reads it like the rest.
    add("{\"time\":\"")
    time(&line)
    add("\",\"level\":\"info\",\"service\":\"gateway\",\"log\":\"access\"")
    add(",\"request_id\":")
    if let requestID { appendQuoted(requestID, to: &line) } else { add("null") }
    add(",\"trace_id\":")
    let traced = traceParent.map { appendTraceID(of: $0, to: &line) } ?? false
    if !traced { add("null") }
    add(",\"path\":", fields.path)
    add(",\"route\":", fields.route)
    add(",\"cluster\":", fields.cluster)
    add(",\"endpoint\":", fields.endpoint)
    add(",\"protocol\":", fields.protocolName)
    add(",\"http_status\":", number: fields.httpStatus)
    add(",\"grpc_status\":", number: fields.grpcStatus?.rawValue)
    // `description`, not `String(describing:)`: the latter finds it through dynamic casts on every line.
    add(",\"status\":", fields.grpcStatus?.description)
    add(",\"bytes_in\":", number: fields.bytesIn)
    add(",\"bytes_out\":", number: fields.bytesOut)
    add(",\"duration_ms\":")
    appendMilliseconds(duration, to: &line)
    add(",\"upstream_ms\":")
    if let upstream = fields.upstreamDuration { appendMilliseconds(upstream, to: &line) } else { add("null") }
    add(",\"peer\":", fields.peer)
    add("}")
  }

  /// Appends `text` as a JSON string: its bytes as they are when nothing in them needs escaping (the
  /// usual case), else through `JSONText.quoted`.
  private static func appendQuoted(_ text: String, to line: inout [UInt8]) {
    // A native string's bytes are read where they are (no copy of the string to call `withUTF8` on).
    let plain = text.utf8.withContiguousStorageIfAvailable { utf8 in
      appendQuoted(UnsafeRawBufferPointer(utf8), to: &line, escapingThrough: text)
    }
    if plain == nil { line.append(contentsOf: JSONText.quoted(text).utf8) }
  }

  /// Appends UTF-8 `bytes` as a JSON string: as they are when nothing in them needs escaping, else through
  /// `JSONText.quoted` (of `text` when the caller has it as a string).
  private static func appendQuoted(_ bytes: UnsafeRawBufferPointer, to line: inout [UInt8], escapingThrough text: String? = nil) {
    guard bytes.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) else {
      line.append(contentsOf: JSONText.quoted(text ?? String(decoding: bytes, as: UTF8.self)).utf8)
      return
    }
    line.append(UInt8(ascii: "\""))
    line.append(contentsOf: bytes)
    line.append(UInt8(ascii: "\""))
  }

  /// Appends the trace id of a `traceparent` header as a JSON string; false when the header is malformed.
  /// A version-00 header (every one the gateway's trace filter writes) is checked and read in place, by
  /// the rules of `TraceParent(header:)`; any other goes through it.
  private static func appendTraceID(of bytes: UnsafeRawBufferPointer, to line: inout [UInt8]) -> Bool {
    guard bytes.count == 55, bytes[0] == UInt8(ascii: "0"), bytes[1] == UInt8(ascii: "0") else {
      guard let traceID = TraceParent(header: String(decoding: bytes, as: UTF8.self))?.traceID else { return false }
      appendQuoted(traceID, to: &line)
      return true
    }
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

  /// Lower-case hex, as `TraceParent` reads it.
  private static func isHex(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"): true
    default: false
    }
  }

  /// Appends `duration` in milliseconds with three decimals (`12.345`).
  private static func appendMilliseconds(_ duration: Duration, to line: inout [UInt8]) {
    let (seconds, attoseconds) = duration.components
    let micros = seconds * 1_000_000 + attoseconds / 1_000_000_000_000
    let whole = micros / 1000, fraction = abs(micros % 1000)
    if micros < 0 && whole == 0 { line.append(UInt8(ascii: "-")) }
    appendDecimal(Int(whole), to: &line)
    line.append(UInt8(ascii: "."))
    line.append(UInt8(ascii: "0") + UInt8(fraction / 100))
    line.append(UInt8(ascii: "0") + UInt8(fraction / 10 % 10))
    line.append(UInt8(ascii: "0") + UInt8(fraction % 10))
  }

  /// Appends `number` in decimal, as `String(number)` writes it.
  static func appendDecimal(_ number: Int, to line: inout [UInt8]) {
    guard number != 0 else { return line.append(UInt8(ascii: "0")) }
    if number < 0 { line.append(UInt8(ascii: "-")) }
    var magnitude = number.magnitude
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 24 digits, written from the right
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
      while magnitude > 0 {
        buffer[23 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
        count += 1
      }
      line.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(24 - count)...]))
    }
  }
}

/// Tells several observers of every call (the access log and the metrics).
public struct UpstreamCallObservers: UpstreamCallObserver {
  private let observers: [any UpstreamCallObserver]

  /// Creates a fan-out.
  /// - Parameter observers: told in order.
  public init(_ observers: [any UpstreamCallObserver]) { self.observers = observers }

  /// Whether any of the observers reads the ids.
  public var readsCallIdentifiers: Bool { observers.contains { $0.readsCallIdentifiers } }

  public func callEnded(_ record: UpstreamCallRecord) {
    for observer in observers { observer.callEnded(record) }
  }
}
