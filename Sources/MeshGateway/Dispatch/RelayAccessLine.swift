import MeshCore
import MeshLogging
import MeshTransport

/// The access log line of a relayed call, gathered by the relay as the call runs and written once at its
/// end: no `AccessLogEntry` (an object, a lock, a copy of its fields per update and per write) nor task-local
/// value per call. The line says what the usual path's says for the same call.
struct RelayAccessLine {
  private var fields: AccessLogEntry.Fields

  /// A line for `request`, with the request id as the client sent it (the usual path's entry has that one).
  init(request: RelayRequest, sentRequestID: String?) {
    fields = AccessLogEntry.Fields(requestID: sentRequestID, traceParent: nil,
                                   path: request.method.path, protocolName: "grpc", peer: request.peer)
    fields.httpStatus = 200
  }

  /// Records the upstream endpoint (the last one, when a refused stream was sent again).
  mutating func endpointUsed(_ address: String) { fields.endpoint = address }

  /// Records the route the call went by.
  mutating func routed(_ route: GatewayRoute) {
    fields.route = route.name
    fields.cluster = route.cluster
  }

  /// Writes the line, with the request id and trace parent read in place from the call's fields.
  /// - Parameters:
  ///   - log: where it goes.
  ///   - code: the status the call ended with.
  ///   - fields: the call's fields as the edge filters left them: their `x-request-id` (for a client that
  ///     sent none) and `traceparent` go into the line as bytes.
  ///   - bytes: request and response message bytes.
  ///   - duration: from the call's start to its end.
  ///   - upstreamDuration: from opening the upstream call to its end, when it was opened.
  func write(to log: AccessLog, code: Status.Code, fields head: RequestHeaderFields, bytes: (request: Int, response: Int),
             duration: Duration, upstreamDuration: Duration?) {
    let fields = completed(code: code, bytes: bytes, upstreamDuration: upstreamDuration)
    head.withFirstValue(named: RequestIDFilter.header) { requestID in
      head.withFirstValue(named: TraceParent.headerName) { traceParent in
        log.writeRelayed(fields, requestID: requestID, traceParent: traceParent, duration: duration)
      }
    }
  }

  /// The fields with the call's end recorded; the request id and trace parent are the caller's to add.
  func completed(code: Status.Code, bytes: (request: Int, response: Int), upstreamDuration: Duration?) -> AccessLogEntry.Fields {
    var fields = fields
    fields.grpcStatus = code
    fields.bytesIn = bytes.request
    fields.bytesOut = bytes.response
    fields.upstreamDuration = upstreamDuration
    return fields
  }
}
