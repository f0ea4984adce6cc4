import Glibc
import MeshCore
import MeshLogging
import MeshTransport

/// The access log line of a relayed call, gathered by the relay as the call runs and written once at its
/// end: no `AccessLogEntry` (an object, a lock, a copy of its fields per update and per write) nor task-local
/// value per call. The line says what the usual path's says for the same call.
struct RelayAccessLine {
  private var fields: AccessLogEntry.Fields

  /// A line for a request to `path` from `peer`, with the request id as the client sent it (the usual
  /// path's entry has that one).
  init(path: String, peer: String, sentRequestID: String?) {
    fields = AccessLogEntry.Fields(requestID: sentRequestID, traceParent: nil,
                                   path: path, protocolName: "grpc", peer: peer)
    fields.httpStatus = 200
  }

  /// Records the upstream endpoint (the last one, when a refused stream was sent again).
  mutating func endpointUsed(_ address: String) { fields.endpoint = address }

  /// Records the route the call went by (its name and cluster, not the route: a route passed by value was
  /// copied, a retain of each of its strings).
  mutating func routed(name: String, cluster: String) {
    fields.route = name
    fields.cluster = cluster
  }

  /// Records the call's end: its status and byte counts, and the upstream's duration when it was opened.
  mutating func complete(code: Status.Code, bytes: (request: Int, response: Int), upstreamDuration: Duration?) {
    // In place: a completed copy of the fields retained each of their strings on every call.
    fields.grpcStatus = code
    fields.bytesIn = bytes.request
    fields.bytesOut = bytes.response
    fields.upstreamDuration = upstreamDuration
  }

  /// Writes the line (after `complete`), with the request id and trace parent read in place from the
  /// call's fields.
  /// - Parameters:
  ///   - log: where it goes.
  ///   - fields: the call's fields as the edge filters left them: their `x-request-id` (for a client that
  ///     sent none) and `traceparent` go into the line as bytes.
  ///   - duration: from the call's start to its end.
  func write(to log: AccessLog, fields head: RequestHeaderFields, duration: Duration) {
    Self.withFirstValue(in: head, named: Self.requestIDName) { requestID in
      Self.withFirstValue(in: head, named: Self.traceParentName) { traceParent in
        log.writeRelayed(fields, requestID: requestID, traceParent: traceParent, duration: duration)
      }
    }
  }

  /// `RequestIDFilter.header` and `TraceParent.headerName` as static text (`RelayAccessLineTests` checks
  /// they are the same).
  static let requestIDName: StaticString = "x-request-id"
  static let traceParentName: StaticString = "traceparent"

  /// Calls `body` with the first value of the fields named `name` (nil when there is none), in place. Not
  /// `RequestHeaderFields.withFirstValue`: that one is generic over the result (its optional's metadata
  /// looked up per call) and reads the name's span for every field; here a field's length is compared
  /// first, and only a field of the name's length is compared by bytes.
  static func withFirstValue(in head: RequestHeaderFields, named name: StaticString,
                             _ body: (UnsafeRawBufferPointer?) -> Void) {
    let expected = UnsafeRawBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
    var found = false
    head.forEach { field, value in
      guard field.count == expected.count, let base = field.baseAddress, let other = expected.baseAddress,
            memcmp(base, other, field.count) == 0 else { return true }
      found = true
      body(value)
      return false
    }
    if !found { body(nil) }
  }
}
