import MeshCore
import MeshTransport

extension UpstreamCluster {
  /// One attempt of a relayed call: the endpoint it went to and its stream.
  struct RelayAttempt {
    /// The endpoint's index.
    let endpoint: Int
    /// The stream on the endpoint's connection.
    let stream: ClientRelayStream
    /// Whether it retries an attempt the upstream refused.
    let isRetry: Bool
  }

  /// Whether a call to `method` on a route with `retries` may be relayed: a call with a retry or hedging
  /// policy needs its messages held for a later attempt, so it takes the usual path.
  func relayAllowed(method: MethodDescriptor, retries: Int?) -> Bool {
    // A cluster that lists no idempotent method gives no method a policy (the usual one): asked of its
    // configuration, the question copied the configuration (a retain of each of its references) per call.
    guard listsIdempotentMethods else { return true }
    return configuration.executionPolicy(for: method, retries: retries) == nil
  }

  /// Whether every endpoint has a ready connection on this loop, so an attempt opens at once whichever
  /// endpoint the balancing picks (else the call takes the usual path, which may wait or hop loops).
  func canRelayNow(on loop: EventLoop) -> Bool {
    !endpoints.isEmpty && endpoints.allSatisfy { endpoint in
      endpoint.channels.indices.contains { endpoint.loops[$0] === loop && endpoint.channels[$0].hasReadyConnection }
    }
  }

  /// A relayed call starts: counted as `openCall` counts a call.
  func relayedCallStarted() {
    state.withLock { state in
      state.stats.requests += 1
      state.stats.active += 1
      state.stats.relayed += 1
    }
  }

  /// Opens one attempt of a relayed call at once, with the counts, breaker and endpoint choice of
  /// `openAttempt`; a retry (of a refused stream) goes to an endpoint not tried yet when there is one.
  /// - Parameter head: the call's head, whose path and fields go upstream; inout only so that they are lent
  ///   from the call's property without a copy (it is not changed).
  /// - Returns: the attempt, or the error the call ends with (the breaker's, no endpoint, no connection
  ///   ready on this loop).
  func openRelayAttempt(head: inout RelayHead, timeout: Duration?, handler: any ClientRelayHandler, tried: Set<Int>,
                        isRetry: Bool, route: String?, loop: EventLoop) -> Result<RelayAttempt, RPCError> {
    let admitted: (Int, GRPCChannel, Bool)
    do {
      // A first attempt opens in the router's turn, right after `canRelayNow` saw every endpoint ready on
      // this loop; a retry (of a refused stream) comes in a later turn, and asks again.
      admitted = try admit(isRetry: isRetry, hedge: false, excluding: tried, loop: loop, readyOnLoop: !isRetry)
    } catch {
      return .failure(RPCError(from: error))
    }
    let (endpoint, channel, waits) = admitted
    if waits { state.withLock { $0.breaker.release(.pendingRequests) } }
    guard !waits, let stream = channel.openRelay(path: head.method.path, fields: head.fields, timeout: timeout, handler: handler) else {
      // Nothing was sent: the counts go back without a mark against the endpoint.
      attemptEnded(endpoint, code: .cancelled, isRetry: isRetry)
      return .failure(RPCError(code: .unavailable,
                               message: "Upstream cluster \(name): no connection ready for endpoint \(endpoints[endpoint].address)."))
    }
    if isRetry { metrics.retried(route: route, reason: .connectFailure) }
    return .success(RelayAttempt(endpoint: endpoint, stream: stream, isRetry: isRetry))
  }

  /// An endpoint's part of a relayed call's access line (`UpstreamEndpoint.accessLineText`).
  func accessLineText(ofEndpoint endpoint: Int) -> [UInt8] { endpoints[endpoint].accessLineText }
}
