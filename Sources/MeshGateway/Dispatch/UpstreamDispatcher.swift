public import MeshCore
import Synchronization

/// The gateway's dispatcher: runs its interceptors (authentication, rate limits), picks the route of a
/// call, opens the call on the route's cluster and pumps it both ways.
///
/// Its routes and clusters are one snapshot replaced whole on reload; calls in flight keep the one
/// they started with.
public final class UpstreamDispatcher: GatewayDispatcher {
  /// Routes, clusters and the interceptor chain of one configuration.
  public final class Snapshot: Sendable {
    /// The routes.
    public let routes: RouteTable
    /// The clusters by name.
    public let clusters: [String: any ClientTransport]
    fileprivate let body: RPCRouter.CallBody
    /// The interceptors as plain calls, when every one of them can answer at once (nothing to verify
    /// remotely, no cache, no global limit): a call they all admit may be relayed as bytes (`GRPCRelay`).
    /// Nil when some interceptor must wait.
    let relayAdmissions: [any ImmediateAdmission]?
    /// Told of every forwarded call.
    let observer: (any UpstreamCallObserver)?
    /// Each route's cluster when it is an `UpstreamCluster` (what the relay takes), by the route's place in
    /// `routes`: found once here, not by a dictionary lookup (a hash of the name) and a cast per relayed call.
    let relayClusters: [UpstreamCluster?]

    /// Creates a snapshot.
    /// - Parameters:
    ///   - routes: the route table.
    ///   - clusters: the clusters by name.
    ///   - interceptors: what every call goes through before its route, the first outermost.
    ///   - observer: told of every forwarded call (access log, metrics).
    public init(routes: RouteTable, clusters: [String: any ClientTransport],
                interceptors: [any ServerInterceptor] = [], observer: (any UpstreamCallObserver)? = nil) {
      self.routes = routes
      self.clusters = clusters
      self.observer = observer
      relayClusters = routes.routes.map { clusters[$0.cluster] as? UpstreamCluster }
      var body: RPCRouter.CallBody = { [routes, clusters] stream, context in
        try await UpstreamCall.forward(stream: stream, context: context, routes: routes, clusters: clusters,
                                       observer: observer)
      }
      // The chain is built once here, not per call; `chains[k]` runs the interceptors from the k-th on.
      var chains = [body]
      for interceptor in interceptors.reversed() {
        let next = body
        body = { stream, context in try await interceptor.intercept(stream: stream, context: context, next: next) }
        chains.insert(body, at: 0)
      }
      // The leading interceptors that can answer at once (a cached token, the local rate limit) run as
      // plain calls; the first one that must wait, and all after it, run as the chain.
      var immediate: [any ImmediateAdmission] = []
      for interceptor in interceptors {
        guard let admission = interceptor as? any ImmediateAdmission else { break }
        immediate.append(admission)
      }
      relayAdmissions = immediate.count == interceptors.count ? immediate : nil
      if immediate.isEmpty {
        self.body = body
      } else {
        self.body = { [immediate, chains] stream, context in
          var index = 0
          while index < immediate.count, try immediate[index].admitNow(context) { index += 1 }
          try await chains[index](stream, context)
        }
      }
    }
  }

  private let current: Mutex<Snapshot>

  /// Creates a dispatcher.
  /// - Parameter snapshot: the first configuration.
  public init(_ snapshot: Snapshot) { current = Mutex(snapshot) }

  /// The configuration new calls use.
  public var snapshot: Snapshot {
    get { current.withLock { $0 } }
    set { current.withLock { $0 = newValue } }
  }

  public func dispatch(head: ServerCallHead, stream: any ServerCallStream) async {
    await handle(stream: stream, context: ServerContext(head: head))
  }

  /// Runs a call whose context the transport already made (native gRPC through the server's
  /// fallback route), and ends its stream.
  /// - Parameters:
  ///   - stream: the call's stream.
  ///   - context: its context.
  @inline(__always)  // into the native gRPC front: one async frame and executor check less per call
  public func handle(stream: any ServerCallStream, context: ServerContext) async {
    let body = current.withLock { $0.body }
    await ServerRPCExecutor.finishing(stream: stream, context: context) { try await body(stream, context) }
  }
}

/// Told of every call the dispatcher forwards, when it ends: the access log and the metrics.
public protocol UpstreamCallObserver: Sendable {
  /// A call ended.
  /// - Parameter record: what happened.
  func callEnded(_ record: UpstreamCallRecord)
  /// Whether `callEnded` reads the record's `requestID` and `traceParent`: a relayed call makes those
  /// strings only for an observer that does (true unless the observer says otherwise).
  var readsCallIdentifiers: Bool { get }
  /// A relayed call ended: an observer that needs only its route, cluster, status and upstream time (the
  /// metrics) reads them as given and never makes the record (a copy of the method's, route's and peer's
  /// strings per call); the default makes it and calls `callEnded`.
  /// - Parameters:
  ///   - route: the route's name.
  ///   - cluster: the cluster's name.
  ///   - status: the status the call ended with.
  ///   - upstreamDuration: from opening the upstream call to its end.
  ///   - record: makes the whole record.
  func relayedCallEnded(route: String?, cluster: String?, status: Status.Code, upstreamDuration: Duration?,
                        record: () -> UpstreamCallRecord)
}

extension UpstreamCallObserver {
  /// True: the record's ids are made for any observer that does not say it ignores them.
  public var readsCallIdentifiers: Bool { true }

  /// Makes the record and calls `callEnded`.
  public func relayedCallEnded(route: String?, cluster: String?, status: Status.Code, upstreamDuration: Duration?,
                               record: () -> UpstreamCallRecord) {
    callEnded(record())
  }
}

/// What one forwarded call did.
public struct UpstreamCallRecord: Sendable {
  /// The method called.
  public var method: MethodDescriptor
  /// The route's name; nil when none matched.
  public var route: String?
  /// The cluster's name.
  public var cluster: String?
  /// The upstream endpoint, when the cluster tells it.
  public var endpoint: String?
  /// The edge protocol that carried the call (`grpc` for native gRPC).
  public var protocolName = "grpc"
  /// The call's status.
  public var status: Status.Code
  /// Request message bytes.
  public var requestBytes: Int
  /// Response message bytes.
  public var responseBytes: Int
  /// From the gateway's start of the call to its end.
  public var duration: Duration
  /// From opening the upstream call to its status.
  public var upstreamDuration: Duration?
  /// The client's address.
  public var peer: String
  /// `x-request-id`, when the call has one.
  public var requestID: String?
  /// The `traceparent` sent upstream (the edge sets one on every request), when the call has one.
  public var traceParent: String? = nil
}
