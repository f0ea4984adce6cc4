import MeshCore
import MeshTransport

/// The gateway's passthrough for native gRPC (issue 9): a call that the edge filters and every call
/// interceptor decide at once (a cached token, the identity strip, the local limit), on a route that needs
/// nothing at the message level (gRPC to gRPC, no retry or hedging policy, no cache), with a ready upstream
/// connection on the call's own loop, is relayed as bytes by a `RelayedCall`, with callbacks and no task,
/// as Envoy's router relays a codec's frames. Every other call takes the usual path (`NativeGRPCFront`).
///
/// The checks that cost nothing and change nothing come first; a call they let through runs the filters
/// and the interceptors once, here, on its header fields as nghttp2 gave them (`RelayHead`), read and
/// edited in place: no `Metadata`, `EdgeRequestHead` or `ServerContext` per call. A filter that would
/// rewrite the call (a path to normalise) or an interceptor that cannot decide at once (a token to verify)
/// sends it back to the usual path, with its fields as received (`RequestHeaderFields.revertEdits`).
struct GatewayRelayRouter: GRPCRelayRouter {
  let front: NativeGRPCFront
  /// The observer, the access log and the body limit, in one object every relayed call shares.
  let settings: RelayedCall.Settings

  /// A router for one listener.
  /// - Parameters:
  ///   - front: the listener's native gRPC front (its filters, dispatcher and whether it is TLS).
  ///   - accessLog: where each call's line goes; nil logs nothing.
  ///   - observer: told of every relayed call's end besides the access log (metrics); the relay writes its
  ///     log line itself.
  ///   - maxBodyBytes: the most request payload bytes a call may send.
  init(front: NativeGRPCFront, accessLog: AccessLog?, observer: (any UpstreamCallObserver)?, maxBodyBytes: Int) {
    self.front = front
    settings = RelayedCall.Settings(observer: observer, accessLog: accessLog, maxBodyBytes: maxBodyBytes)
  }

  func relay(_ request: inout RelayRequest, stream: ServerRelayStream) -> (any ServerRelayHandler)? {
    let started = RelayClock.now()
    // The snapshot (a class) is held once; its route table and routes are read where they lie.
    let snapshot = front.upstream.snapshot
    let matchesOnMetadata = snapshot.routes.matchesOnMetadata
    guard let admissions = snapshot.relayAdmissions,
          let route = snapshot.routes.entry(for: request.method, authority: request.authority,
                                            metadata: matchesOnMetadata ? request.fields.metadata : Metadata()),
          let cluster = snapshot.relayClusters[route.index],
          cluster.relayAllowed(method: request.method, retries: route.route.retries),
          cluster.canRelayNow(on: request.loop)
    else { return nil }
    // The head's parts move into it (the fields not shared, so edits copy nothing), and back, the fields as
    // received, if the call goes to the usual path after all.
    var head = RelayHead(taking: &request, isSecure: front.isSecure)
    // The access log names the id the client sent, as the usual path's line does.
    let sentRequestID = settings.accessLog == nil ? nil : Self.firstString(of: .requestID, in: head.fields)
    switch InPlaceFilterChain.run(front.relayFilters, on: &head) {
    case .proceed: break
    case .end(let status, let trailers):
      return RelayedCall.ended(stream, status: status, trailers: trailers, head: head,
                               sentRequestID: sentRequestID, started: started, accessLog: settings.accessLog)
    case .usualPath:
      return decline(&request, head: &head)
    }
    var admitted = 0
    do {
      while admitted < admissions.count, try admissions[admitted].admitNow(inPlace: &head) { admitted += 1 }
    } catch {
      let error = RPCError(from: error)
      return RelayedCall.ended(stream, status: error.status, trailers: error.metadata, head: head,
                               sentRequestID: sentRequestID, started: started, accessLog: settings.accessLog)
    }
    // An interceptor must wait (a token to verify): the usual path runs the call from the start.
    guard admitted == admissions.count else { return decline(&request, head: &head) }
    // The interceptors may have changed the metadata routes match on: the route is matched again (when a
    // route matches on metadata at all).
    if matchesOnMetadata,
       snapshot.routes.entry(for: head.method, authority: head.authority, metadata: head.fields.metadata) !== route {
      let error = RPCError(code: .unavailable, message: "The route of \(head.method.path) changed while the call was admitted.")
      return RelayedCall.ended(stream, status: error.status, trailers: error.metadata, head: head,
                               sentRequestID: sentRequestID, started: started, accessLog: settings.accessLog)
    }
    // Consumed: the call's edits (`RelayedCall.start`) then find the fields unshared and copy nothing. The
    // request's parts move into the call: the transport drops the request once a handler is returned.
    let call = RelayedCall(stream: stream, request: RelayedRequest(taking: &request), head: consume head,
                           sentRequestID: sentRequestID, route: route, cluster: cluster, settings: settings,
                           started: started)
    call.start()
    return call
  }

  /// The first value of the fields named `name`, as text (`RequestHeaderFields.string(named:)`).
  private static func firstString(of name: HeaderName, in fields: RequestHeaderFields) -> String? {
    var found: String?
    name.withFirstValue(in: fields) { value in found = value.map { String(decoding: $0, as: UTF8.self) } }
    return found
  }

  /// Hands the call to the usual path: its fields go back to the request as the client sent them.
  private func decline(_ request: inout RelayRequest, head: inout RelayHead) -> (any ServerRelayHandler)? {
    head.giveBack(to: &request)
    return nil
  }
}
