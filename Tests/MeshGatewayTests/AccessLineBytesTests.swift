@testable import MeshGateway
import MeshCore
import MeshLogging
import MeshProtobuf
import Testing

/// A relayed call's access line written from bytes (`AccessLog.lineBytes`) is the line the gateway wrote
/// before as a `String` (`OldAccessLine`, the previous code kept verbatim here as the reference), for the
/// same call: request ids sent or generated, trace parents well formed, malformed or of another version,
/// text that needs JSON escaping, statuses and durations.
struct AccessLineBytesTests {
  private static let time = "2026-12-03T14:50:01.042Z"

  private static func fields(requestID: String?) -> AccessLogEntry.Fields {
    var fields = AccessLogEntry.Fields(requestID: requestID, traceParent: nil, path: "/mesh.echo.v1.Echo/Get",
                                       protocolName: "grpc", peer: "127.0.0.1:50412")
    fields.httpStatus = 200
    fields.route = "echo"
    fields.cluster = "echo-cluster"
    fields.endpoint = "127.0.0.1:9001"
    return fields
  }

  private static func bytesLine(_ fields: AccessLogEntry.Fields, requestID: String?, traceParent: String?,
                                duration: Duration) -> String {
    func with<R>(_ text: String?, _ body: (UnsafeRawBufferPointer?) -> R) -> R {
      guard let text else { return body(nil) }
      return Array(text.utf8).withUnsafeBytes { body($0) }
    }
    let bytes = with(requestID) { id in
      with(traceParent) { parent in
        AccessLog.lineBytes(for: fields, requestID: id, traceParent: parent, duration: duration) {
          $0.add(time)
        }
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  static let traceParents: [String?] = [
    nil, "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
    "00-00000000000000000000000000000000-00f067aa0ba902b7-01",  // an all-zero trace id: malformed
    "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-0",  // too short
    "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",  // a later version, read by TraceParent
    "00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-01",  // upper case: malformed
  ]

  @Test(arguments: traceParents)
  func theLineFromBytesIsTheOldLine(traceParent: String?) {
    let cases: [(sent: String?, generated: String?)] = [
      (nil, "7f3c9a2e-1b4d-4e5f-8a6b-0c1d2e3f4a5b"), ("client-id-1", "client-id-1"), (nil, nil),
      ("quote\"and\\slash", "quote\"and\\slash"), (nil, "tab\there"), (nil, "ünïcode-id"),
    ]
    let statuses: [Status.Code] = [.ok, .deadlineExceeded, .unauthenticated, Status.Code(rawValue: 42)]
    // Below a microsecond, just under 2 ms, and 400 days: the milliseconds are read from the 128-bit count.
    let durations: [Duration] = [.zero, .microseconds(7), .microseconds(1_234), .milliseconds(12_345), .seconds(3601),
                                 .nanoseconds(999), .nanoseconds(1_999_999), .seconds(400 * 86_400) + .nanoseconds(123_456_789)]
    for (sent, generated) in cases {
      for code in statuses {
        for duration in durations {
          var base = Self.fields(requestID: sent)
          base.grpcStatus = code
          base.bytesIn = 12
          base.bytesOut = Int(duration.components.seconds) * 1000
          base.upstreamDuration = code == .ok ? duration / 2 : nil
          var old = base
          old.requestID = sent ?? generated
          old.traceParent = traceParent
          let expected = OldAccessLine.line(for: old, duration: duration, at: Self.time)
          #expect(Self.bytesLine(base, requestID: generated, traceParent: traceParent, duration: duration) == expected)
          // The String entry point (the usual path's lines) writes the same too.
          #expect(AccessLog.line(for: old, duration: duration, at: Self.time) == expected)
        }
      }
    }
  }

  @Test(arguments: [0, 1, -1, 9, 10, 99, 100, 999, 1_000, 12_345, 65_535, -40_000, 1 << 40, Int.max, Int.min])
  func decimalsAreWrittenAsStringWritesThem(number: Int) {
    var bytes: [UInt8] = []
    AccessLog.appendDecimal(number, to: &bytes)
    #expect(String(decoding: bytes, as: UTF8.self) == String(number))
  }

  /// A route's text quoted once (`RouteEntry.accessLineText`), and an endpoint's, write what quoting their
  /// strings per line writes, text that needs escaping included; the old line is the reference.
  @Test(arguments: [("echo", "echo-cluster"), ("quote\"and\\slash", "tab\there"), ("", "ünïcode\u{1}"),
                    ("new\nline", "plain")])
  func theRouteQuotedOnceIsTheLineQuotedPerCall(name: String, cluster: String) {
    let entry = RouteEntry(GatewayRoute(name: name, match: RouteMatch(), cluster: cluster), index: 0)
    var fields = Self.fields(requestID: "client-id-1")
    fields.route = name
    fields.cluster = cluster
    fields.grpcStatus = .ok
    fields.bytesIn = 5
    fields.bytesOut = 9
    let duration = Duration.microseconds(1_234)
    let expected = OldAccessLine.line(for: fields, duration: duration, at: Self.time)
    let written = entry.accessLineText.withUnsafeBytes { routeText in
      AccessLog.lineBytes(for: fields, requestID: nil, traceParent: nil, routeText: routeText, duration: duration) {
        $0.add(Self.time)
      }
    }
    #expect(String(decoding: written, as: UTF8.self) == expected)
    // Without the route's and endpoint's fields in the entry, from their texts alone (the line's bound
    // holds them): an endpoint as `UpstreamEndpoint.accessLineText` writes it, escaping included.
    var bare = fields
    bare.route = nil
    bare.cluster = nil
    bare.endpoint = nil
    var withEndpoint = fields
    withEndpoint.endpoint = "\(name)\"host:1"
    let endpointText = Array(",\"endpoint\":\(JSONText.quoted(withEndpoint.endpoint ?? ""))".utf8)
    let bareWritten = entry.accessLineText.withUnsafeBytes { routeText in
      endpointText.withUnsafeBytes { endpointText in
        AccessLog.lineBytes(for: bare, requestID: nil, traceParent: nil, routeText: routeText,
                            endpointText: endpointText, duration: duration) { $0.add(Self.time) }
      }
    }
    #expect(String(decoding: bareWritten, as: UTF8.self)
      == OldAccessLine.line(for: withEndpoint, duration: duration, at: Self.time))
  }

  @Test func theTimeWrittenAsBytesHasTheStringForm() {
    var bytes: [UInt8] = []
    AccessLogTime.append(to: &bytes)
    let text = String(decoding: bytes, as: UTF8.self)
    // `2026-12-03T14:50:01.042Z`: the same shape as the String form, and the same second (or the next).
    #expect(text.count == 24 && text.hasSuffix("Z") && text.dropFirst(19).first == ".")
    let string = AccessLogTime.now()
    #expect(string.count == 24 && string.prefix(17) == text.prefix(17))
  }
}

/// The access line as `AccessLog.line(for:duration:at:)` wrote it before the relay wrote its line from bytes
/// (commit 87bfff9), kept as the reference the bytes must equal.
private enum OldAccessLine {
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
