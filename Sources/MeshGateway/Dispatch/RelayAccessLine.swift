import MeshCore
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

  /// Writes the line.
  /// - Parameters:
  ///   - log: where it goes.
  ///   - code: the status the call ended with.
  ///   - requestID: the `x-request-id` the edge filters left in the call's metadata, for a client that sent none.
  ///   - traceParent: the `traceparent` they left.
  ///   - bytes: request and response message bytes.
  ///   - duration: from the call's start to its end.
  ///   - upstreamDuration: from opening the upstream call to its end, when it was opened.
  func write(to log: AccessLog, code: Status.Code, requestID: String?, traceParent: String?, bytes: (request: Int, response: Int),
             duration: Duration, upstreamDuration: Duration?) {
    var fields = fields
    fields.grpcStatus = code
    fields.requestID = fields.requestID ?? requestID
    fields.traceParent = traceParent
    fields.bytesIn = bytes.request
    fields.bytesOut = bytes.response
    fields.upstreamDuration = upstreamDuration
    log.write(fields, duration: duration)
  }
}
