import MeshCore
import MeshLogging
import MeshTransport

/// The access log line of a relayed call, gathered by the relay as the call runs and written once at its
/// end: no `AccessLogEntry` (an object, a lock, a copy of its fields per update and per write) nor task-local
/// value per call. The line says what the usual path's says for the same call.
struct RelayAccessLine {
  private var fields: AccessLogEntry.Fields
  /// The endpoint's part of the line as written (`UpstreamEndpoint.accessLineText`), in place of
  /// `fields.endpoint`; empty when the call went to none (never an optional array: each read of one went
  /// through the runtime's generic copy, ~170 instructions, where an array's is a retain).
  private var endpointText: [UInt8] = []

  /// A line for a request to `path` from `peer`, with the request id as the client sent it (the usual
  /// path's entry has that one).
  init(path: String, peer: String, sentRequestID: String?) {
    fields = AccessLogEntry.Fields(requestID: sentRequestID, traceParent: nil,
                                   path: path, protocolName: "grpc", peer: peer)
    fields.httpStatus = 200
  }

  /// Records the upstream endpoint (the last one, when a refused stream was sent again), as its part of the
  /// line (`UpstreamEndpoint.accessLineText`).
  mutating func endpointUsed(_ text: [UInt8]) { endpointText = text }

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
  ///   - route: the route the call went by, whose `accessLineText` is the line's route and cluster (quoted
  ///     once per route: the line holds no copy of its name and cluster, a retain and release of each per
  ///     call); nil for a call that went by none (`null` for both).
  func write(to log: AccessLog, fields head: RequestHeaderFields, duration: Duration, route: RouteEntry? = nil) {
    // Found by `HeaderName` (length first, no generic result): `withFirstValue(named:)` cost ~1.5k
    // instructions per call for the two.
    HeaderName.requestID.withFirstValue(in: head) { requestID in
      HeaderName.traceParent.withFirstValue(in: head) { traceParent in
        Self.withBytes(route?.accessLineText) { routeText in
          Self.withBytes(nonEmpty: endpointText) { endpointText in
            log.writeRelayed(fields, requestID: requestID, traceParent: traceParent, routeText: routeText,
                             endpointText: endpointText, duration: duration)
          }
        }
      }
    }
  }

  /// Calls `body` with an array's bytes, nil for nil.
  private static func withBytes(_ bytes: [UInt8]?, _ body: (UnsafeRawBufferPointer?) -> Void) {
    guard let bytes else { return body(nil) }
    bytes.withUnsafeBytes { body($0) }
  }

  /// Calls `body` with an array's bytes, nil for none.
  private static func withBytes(nonEmpty bytes: [UInt8], _ body: (UnsafeRawBufferPointer?) -> Void) {
    guard !bytes.isEmpty else { return body(nil) }
    bytes.withUnsafeBytes { body($0) }
  }
}
