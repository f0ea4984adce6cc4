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
    withUTF8(fields.requestID) { requestID in
      withUTF8(fields.traceParent) { traceParent in
        line.appendWritten(maxBytes: lineBound(fields, requestID: requestID, traceParent: traceParent)) {
          writeLine(to: &$0, fields: fields, requestID: requestID, traceParent: traceParent, duration: duration) {
            $0.add(time)
          }
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
  ///   - routeText: the route and cluster as the line writes them (`RouteEntry.accessLineText`), written in
  ///     place of `fields.route` and `fields.cluster`; nil to write those.
  ///   - endpointText: the endpoint as the line writes it (`UpstreamEndpoint.accessLineText`), in place of
  ///     `fields.endpoint`; nil to write that.
  ///   - time: writes its end, ISO 8601 (`AccessLogTime.write(into:)`), at most 64 bytes.
  static func lineBytes(for fields: AccessLogEntry.Fields, requestID: UnsafeRawBufferPointer?,
                        traceParent: UnsafeRawBufferPointer?, routeText: UnsafeRawBufferPointer? = nil,
                        endpointText: UnsafeRawBufferPointer? = nil, duration: Duration,
                        time: (inout AccessLineWriter) -> Void) -> [UInt8] {
    var line: [UInt8] = []
    let bound = lineBound(fields, requestID: requestID, traceParent: traceParent, routeText: routeText,
                          endpointText: endpointText)
    line.appendWritten(maxBytes: bound) {
      writeRelayedLine(to: &$0, fields: fields, requestID: requestID, traceParent: traceParent, routeText: routeText,
                       endpointText: endpointText, duration: duration, time: time)
    }
    return line
  }

  /// The most bytes a line of these fields takes: the fixed text, numbers and time (640 at most: 64 of
  /// them for the time), each string quoted at its worst (`AccessLineWriter.quotedBound`), and the route's
  /// text when it is given as written already.
  static func lineBound(_ fields: AccessLogEntry.Fields, requestID: UnsafeRawBufferPointer?,
                        traceParent: UnsafeRawBufferPointer?, routeText: UnsafeRawBufferPointer? = nil,
                        endpointText: UnsafeRawBufferPointer? = nil) -> Int {
    // The status's name at its longest (`CODE_` and an `Int`'s 20 characters) rather than the name made.
    var bound = 640 + AccessLineWriter.quotedBound(25)
    func quoted(_ text: String?) { if let text { bound += AccessLineWriter.quotedBound(text.utf8.count) } }
    quoted(fields.path)
    // A text given is written in place of its fields.
    if let routeText {
      bound += routeText.count
    } else {
      quoted(fields.route)
      quoted(fields.cluster)
    }
    if let endpointText { bound += endpointText.count } else { quoted(fields.endpoint) }
    quoted(fields.protocolName)
    quoted(fields.peer)
    bound += AccessLineWriter.quotedBound(fields.requestID?.utf8.count ?? requestID?.count ?? 0)
    bound += AccessLineWriter.quotedBound(traceParent?.count ?? 0)
    return bound
  }

  /// Writes what `lineBytes` returns.
  private static func writeRelayedLine(to line: inout AccessLineWriter, fields: AccessLogEntry.Fields,
                                       requestID: UnsafeRawBufferPointer?, traceParent: UnsafeRawBufferPointer?,
                                       routeText: UnsafeRawBufferPointer?, endpointText: UnsafeRawBufferPointer?,
                                       duration: Duration, time: (inout AccessLineWriter) -> Void) {
    if fields.requestID != nil {
      withUTF8(fields.requestID) { sent in
        writeLine(to: &line, fields: fields, requestID: sent, traceParent: traceParent, routeText: routeText,
                  endpointText: endpointText, duration: duration, time: time)
      }
    } else {
      writeLine(to: &line, fields: fields, requestID: requestID, traceParent: traceParent, routeText: routeText,
                endpointText: endpointText, duration: duration, time: time)
    }
  }

  /// Writes a relayed call's line (`lineBytes`). A `BufferedLogSink` has it written straight into its
  /// buffer: no array per line (a line array and its growth were two allocations per relayed call) and
  /// no `String`.
  func writeRelayed(_ fields: AccessLogEntry.Fields, requestID: UnsafeRawBufferPointer?,
                    traceParent: UnsafeRawBufferPointer?, routeText: UnsafeRawBufferPointer? = nil,
                    endpointText: UnsafeRawBufferPointer? = nil, duration: Duration) {
    if let buffered {
      let bound = Self.lineBound(fields, requestID: requestID, traceParent: traceParent, routeText: routeText,
                                 endpointText: endpointText)
      return buffered.writeLine(maxBytes: bound) { line in
        Self.writeRelayedLine(to: &line, fields: fields, requestID: requestID, traceParent: traceParent,
                              routeText: routeText, endpointText: endpointText, duration: duration) {
          AccessLogTime.write(into: &$0)
        }
      }
    }
    let line = Self.lineBytes(for: fields, requestID: requestID, traceParent: traceParent, routeText: routeText,
                              endpointText: endpointText, duration: duration) { AccessLogTime.write(into: &$0) }
    sink.write(line: String(decoding: line, as: UTF8.self))
  }

  /// Calls `body` with a string's UTF-8 bytes (a native string's in place), nil for nil.
  private static func withUTF8<R>(_ text: String?, _ body: (UnsafeRawBufferPointer?) -> R) -> R {
    guard var text else { return body(nil) }
    return text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
  }

  /// Writes the line's bytes; the request id and trace parent are given as bytes (a string's or a header
  /// field's), the rest from `fields`.
  private static func writeLine(to line: inout AccessLineWriter, fields: AccessLogEntry.Fields,
                                requestID: UnsafeRawBufferPointer?, traceParent: UnsafeRawBufferPointer?,
                                routeText: UnsafeRawBufferPointer? = nil, endpointText: UnsafeRawBufferPointer? = nil,
                                duration: Duration, time: (inout AccessLineWriter) -> Void) {
    // Written as UTF-8 bytes into room reserved for the whole line: this runs once per request, and String
    // appends and a parsed `TraceParent` for the trace id cost more than the rest of the line.
    func add(_ key: StaticString, _ text: String?) {
      line.add(key)
      guard let text else { return line.add("null") }
      line.addQuoted(text)
    }
    func add(_ key: StaticString, number: Int?) {
      line.add(key)
      guard let number else { return line.add("null") }
      line.addDecimal(number)
    }
    // The fields every log line of the mesh starts with (time, level, service), so a pipeline reads it like the rest.
    line.add("{\"time\":\"")
    time(&line)
    line.add("\",\"level\":\"info\",\"service\":\"gateway\",\"log\":\"access\",\"request_id\":")
    if let requestID { line.addQuoted(requestID) } else { line.add("null") }
    line.add(",\"trace_id\":")
    let traced = traceParent.map { writeTraceID(of: $0, to: &line) } ?? false
    if !traced { line.add("null") }
    add(",\"path\":", fields.path)
    if let routeText {
      line.add(routeText)
    } else {
      add(",\"route\":", fields.route)
      add(",\"cluster\":", fields.cluster)
    }
    if let endpointText { line.add(endpointText) } else { add(",\"endpoint\":", fields.endpoint) }
    // A relayed call's protocol and HTTP status are always these (a small string compares by its bits).
    if fields.protocolName == "grpc", fields.httpStatus == 200 {
      line.add(",\"protocol\":\"grpc\",\"http_status\":200")
    } else {
      add(",\"protocol\":", fields.protocolName)
      add(",\"http_status\":", number: fields.httpStatus)
    }
    if let code = fields.grpcStatus, let text = StatusText.of(code) {
      line.add(text)
    } else {
      add(",\"grpc_status\":", number: fields.grpcStatus?.rawValue)
      // `description`, not `String(describing:)`: the latter finds it through dynamic casts on every line.
      add(",\"status\":", fields.grpcStatus?.description)
    }
    add(",\"bytes_in\":", number: fields.bytesIn)
    add(",\"bytes_out\":", number: fields.bytesOut)
    line.add(",\"duration_ms\":")
    line.addMilliseconds(duration)
    line.add(",\"upstream_ms\":")
    if let upstream = fields.upstreamDuration { line.addMilliseconds(upstream) } else { line.add("null") }
    add(",\"peer\":", fields.peer)
    line.add("}")
  }

  /// Writes the trace id of a `traceparent` header as a JSON string; false when the header is malformed.
  /// A version-00 header (every one the gateway's trace filter writes) is checked and read in place, by
  /// the rules of `TraceParent(header:)`; any other goes through it.
  private static func writeTraceID(of bytes: UnsafeRawBufferPointer, to line: inout AccessLineWriter) -> Bool {
    guard bytes.count == 55, bytes[0] == UInt8(ascii: "0"), bytes[1] == UInt8(ascii: "0") else {
      guard let traceID = TraceParent(header: String(decoding: bytes, as: UTF8.self))?.traceID else { return false }
      line.addQuoted(traceID)
      return true
    }
    let dash = UInt8(ascii: "-")
    guard bytes[2] == dash, bytes[35] == dash, bytes[52] == dash else { return false }
    // Lower-case hex, and not all zeros for the two ids: eight digits at a time (`ByteWords`); a byte at a
    // time cost ~500 instructions a line.
    guard ByteWords.lowerHexNotZero(bytes, at: 3, count: 32), ByteWords.lowerHexNotZero(bytes, at: 36, count: 16),
          hexValue(bytes[53]) != nil, hexValue(bytes[54]) != nil else { return false }
    line.add(UInt8(ascii: "\""))
    line.add(UnsafeRawBufferPointer(rebasing: bytes[3..<35]))
    line.add(UInt8(ascii: "\""))
    return true
  }

  /// The value of a lower-case hex digit (as `TraceParent` reads them); nil for any other byte.
  @inline(__always)
  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte &- UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte &- UInt8(ascii: "a") &+ 10
    default: nil
    }
  }

  /// Appends `number` in decimal, as `String(number)` writes it.
  static func appendDecimal(_ number: Int, to line: inout [UInt8]) {
    line.appendWritten(maxBytes: 20) { $0.addDecimal(number) }
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
