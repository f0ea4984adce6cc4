public import MeshCore
public import MeshTransport
import Synchronization

/// What the access log learns of one request while it runs: the edge (protocol, bytes, HTTP status), the
/// dispatcher (gRPC status), the route and cluster (`UpstreamCallRecord`) and the cluster (the endpoint it
/// picked). The request's task carries it as `AccessLogEntry.current`, so each part adds what it knows
/// without being handed the entry. It holds no header, token, key, query string or message.
public final class AccessLogEntry: Sendable {
  /// The entry of the request the current task serves; nil outside a logged request.
  @TaskLocal public static var current: AccessLogEntry?

  struct Fields {
    var requestID: String?
    var traceParent: String?
    var path: String
    var protocolName: String
    var peer: String
    var route: String?
    var cluster: String?
    var endpoint: String?
    var httpStatus: Int?
    var grpcStatus: Status.Code?
    var bytesIn = 0
    var bytesOut = 0
    var upstreamDuration: Duration?
  }

  let started = ContinuousClock.now
  private let fields: Mutex<Fields>

  init(path: String, protocolName: String, peer: String, requestID: String?, traceParent: String? = nil) {
    fields = Mutex(Fields(requestID: requestID, traceParent: traceParent, path: path, protocolName: protocolName, peer: peer))
  }

  /// Records the upstream endpoint a cluster sent the call to (the last one, when a call is retried).
  /// - Parameter endpoint: its address.
  public func endpointUsed(_ endpoint: GRPCChannel.Target) {
    endpointUsed(address: endpoint.host.contains(":") ? "[\(endpoint.host)]:\(endpoint.port)" : "\(endpoint.host):\(endpoint.port)")
  }

  /// Records the upstream endpoint by its `host:port` already written out (a cluster keeps each one's).
  /// - Parameter address: `host:port`, `[v6]:port` for IPv6.
  public func endpointUsed(address: String) {
    fields.withLock { $0.endpoint = address }
  }

  var snapshot: Fields { fields.withLock { $0 } }

  func update(_ change: (inout Fields) -> Void) { fields.withLock { change(&$0) } }

  /// Takes what the dispatcher recorded of the forwarded call.
  func merge(_ record: UpstreamCallRecord) {
    fields.withLock { fields in
      fields.route = record.route ?? fields.route
      fields.cluster = record.cluster ?? fields.cluster
      fields.endpoint = record.endpoint ?? fields.endpoint
      fields.upstreamDuration = record.upstreamDuration ?? fields.upstreamDuration
      if fields.requestID == nil { fields.requestID = record.requestID }
      if fields.traceParent == nil { fields.traceParent = record.traceParent }
    }
  }

  /// Records the status a call ended with (the first one: a stream ends once).
  func callFinished(_ code: Status.Code) {
    fields.withLock { if $0.grpcStatus == nil { $0.grpcStatus = code } }
  }
}
