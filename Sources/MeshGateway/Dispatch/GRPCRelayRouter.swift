import MeshCore
import MeshTransport

/// The gateway's passthrough for native gRPC (issue 9): a call that the edge filters and every call
/// interceptor decide at once (a cached token, the identity strip, the local limit), on a route that needs
/// nothing at the message level (gRPC to gRPC, no retry or hedging policy, no cache), with a ready upstream
/// connection on the call's own loop, is relayed as bytes by a `RelayedCall`, with callbacks and no task,
/// as Envoy's router relays a codec's frames. Every other call takes the usual path (`NativeGRPCFront`).
///
/// The checks that cost nothing and change nothing come first; a call they let through runs the filters
/// and the interceptors once, here. Only an interceptor that cannot decide at once sends it back to the
/// usual path, and the first of them (authentication, which leaves the call untouched then) is the only
/// one that says so today.
struct GatewayRelayRouter: GRPCRelayRouter {
  let front: NativeGRPCFront
  /// Where each call's line goes; nil logs nothing.
  let accessLog: AccessLog?
  /// Told of every relayed call's end besides the access log (metrics); the relay writes its log line itself.
  let observer: (any UpstreamCallObserver)?
  let maxBodyBytes: Int

  func relay(_ request: RelayRequest, stream: ServerRelayStream) -> (any ServerRelayHandler)? {
    let started = ContinuousClock.now
    let snapshot = front.upstream.snapshot
    guard let admissions = snapshot.relayAdmissions,
          let route = snapshot.routes.route(for: request.method, authority: request.authority, metadata: request.metadata),
          let cluster = snapshot.clusters[route.cluster] as? UpstreamCluster,
          cluster.relayAllowed(method: request.method, retries: route.retries),
          cluster.canRelayNow(on: request.loop)
    else { return nil }
    let context = ServerContext(head: ServerCallHead(method: request.method, metadata: request.metadata,
                                                     deadline: request.deadline, peer: request.peer,
                                                     authority: request.authority))
    if let (status, trailers) = front.runFilters(on: context) {
      return RelayedCall.ended(stream, status: status, trailers: trailers, request: request, context: context,
                               started: started, accessLog: accessLog)
    }
    var admitted = 0
    do {
      while admitted < admissions.count, try admissions[admitted].admitNow(context) { admitted += 1 }
    } catch {
      let error = RPCError(from: error)
      return RelayedCall.ended(stream, status: error.status, trailers: error.metadata, request: request, context: context,
                               started: started, accessLog: accessLog)
    }
    // An interceptor must wait (a token to verify): the usual path runs the call from the start.
    guard admitted == admissions.count else { return nil }
    // The interceptors may have changed the metadata routes match on: the route is matched again (when a
    // route matches on metadata at all).
    if snapshot.routes.matchesOnMetadata,
       snapshot.routes.route(for: request.method, authority: request.authority, metadata: context.requestMetadata) != route {
      let error = RPCError(code: .unavailable, message: "The route of \(request.method.path) changed while the call was admitted.")
      return RelayedCall.ended(stream, status: error.status, trailers: error.metadata, request: request, context: context,
                               started: started, accessLog: accessLog)
    }
    let call = RelayedCall(stream: stream, request: request, context: context, route: route, cluster: cluster,
                           observer: observer, accessLog: accessLog, maxBodyBytes: maxBodyBytes)
    call.start()
    return call
  }
}
