import MeshCore
import MeshTransport

extension UpstreamCluster {
  /// Where an attempt goes.
  enum Selection {
    case endpoint(Int, GRPCChannel, waitsForConnection: Bool)
    case none(String)
  }

  /// Opens one attempt of a call: picks an endpoint (a different one from those the call tried, when
  /// there is one), takes the breaker's counts, and opens a stream on the endpoint's connection. A connect
  /// failure counts against the endpoint and moves on to another, within the retry budget.
  func openAttempt(_ head: ClientCallHead, call: UpstreamCallContext) async throws -> any ClientCallStream {
    var isRetry = call.attemptStarting() > 0
    var reason: UpstreamClusterMetrics.RetryReason = call.hedged ? .hedge : .status
    // Each endpoint gets one connect attempt per call attempt: with every endpoint down, the call fails
    // instead of going round (the budget alone would not stop it: each failed connect gives its retry back).
    var connectAttempts = 0
    while true {
      connectAttempts += 1
      let loop = loops.current
      let (endpoint, channel, waits) = try admit(isRetry: isRetry, hedge: isRetry && call.hedged, excluding: call.tried,
                                                 loop: loop, reservation: call)
      call.tried(endpoint)
      if isRetry { metrics.retried(route: call.route, reason: reason) }
      AccessLogEntry.current?.endpointUsed(address: endpoints[endpoint].address)
      do {
        let stream = try await channel.openCall(method: head.method, metadata: head.metadata, options: head.options)
        if waits { connectionWaitEnded() }
        // Holds the cluster strongly until the attempt ends: the cluster owns no stream, so there is no
        // cycle, and the attempt's counts must go back to it even when it was dropped by a reload
        // meanwhile. A weak reference would also give the cluster a side table, and every retain and
        // release of it (several per relayed call) would take the slow path through that table.
        let onEnd: @Sendable (Status.Code) -> Void = { [self, isRetry] code in
          attemptEnded(endpoint, code: code, isRetry: isRetry)
        }
        // The transport's stream reports its outcome and tells its end by a callback, to its observers in
        // the order they came: registered first, the cluster hears of the end before the call does, as
        // `UpstreamAttemptStream` guarantees, and no wrapper sits in each operation's way.
        if stream is any AttemptReportingCallStream, let observing = stream as? any CallEndObserving {
          observing.whenEnded { callEnd in onEnd(callEnd.status.code) }
          return stream
        }
        return UpstreamAttemptStream(base: stream, loop: loop ?? loops.next(), onEnd: onEnd)
      } catch {
        if waits { connectionWaitEnded() }
        let rpcError = RPCError(from: error)
        attemptEnded(endpoint, code: rpcError.code, isRetry: isRetry, connectFailed: rpcError.code == .unavailable)
        // Nothing was sent: another endpoint is safe to try, if the budget allows one more retry.
        guard rpcError.code == .unavailable, connectAttempts < endpoints.count, reserveRetry(for: call) else {
          throw rpcError
        }
        isRetry = true
        reason = .connectFailure
      }
    }
  }

  /// Picks an endpoint and takes the attempt's counts; throws UNAVAILABLE when none is in rotation or a
  /// limit is reached. A limit's error carries a pushback that says "do not retry", so the call ends at once.
  /// A retry of a call that holds room in the budget (`reserveRetry`) opens on that room: the budget
  /// already let it go, and is not asked again.
  /// - Parameter readyOnLoop: the caller saw every endpoint with a ready connection on `loop`, with no turn of
  ///   that loop since (a relayed call's first attempt, `canRelayNow`): they are not asked again.
  func admit(isRetry: Bool, hedge: Bool, excluding tried: Set<Int>, loop: EventLoop?,
             reservation: UpstreamCallContext? = nil, readyOnLoop: Bool = false) throws -> (Int, GRPCChannel, Bool)
  {
    let result = state.withLock { state -> Result<(Int, GRPCChannel, Bool), RPCError> in
      // Taken under the lock, so the call's end (which gives back what is left) cannot race it.
      let reserved = isRetry && reservation?.takeReservedRetry() == true
      if state.closed {
        if reserved { state.breaker.release(.retries) }
        return .failure(RPCError(code: .unavailable, message: "Upstream cluster \(name) is closed."))
      }
      let selection = select(&state, excluding: tried, loop: loop, readyOnLoop: readyOnLoop)
      guard case .endpoint(let endpoint, let channel, let waits) = selection else {
        if reserved { state.breaker.release(.retries) }
        if case .none(let reason) = selection { return .failure(RPCError(code: .unavailable, message: reason)) }
        return .failure(RPCError(code: .unavailable, message: "Upstream cluster \(name) has no endpoint."))
      }
      if isRetry, !reserved, !state.breaker.acquire(.retries, maximum: retryLimit(state)) {
        return .failure(overflow(.retries, state))
      }
      guard state.breaker.acquire(.requests) else {
        if isRetry { state.breaker.release(.retries) }
        return .failure(overflow(.requests, state))
      }
      if waits, !state.breaker.acquire(.pendingRequests) {
        state.breaker.release(.requests)
        if isRetry { state.breaker.release(.retries) }
        return .failure(overflow(.pendingRequests, state))
      }
      state.stats.endpoints[endpoint].requests += 1
      state.stats.endpoints[endpoint].active += 1
      if isRetry { state.stats.retries += 1 }
      if hedge { state.stats.hedges += 1 }
      return .success((endpoint, channel, waits))
    }
    return try result.get()
  }

  private func overflow(_ limit: CircuitBreaker.Limit, _ state: State) -> RPCError {
    let maximum = limit == .retries ? retryLimit(state) : state.breaker.maximum(of: limit)
    return RPCError(code: .unavailable,
                    message: "Upstream cluster \(name): circuit breaker \(limit.rawValue) (\(maximum)) reached.",
                    metadata: [(ServerPushback.metadataKey, "-1")])
  }

  /// The retries that may be in flight now: the budget's share of active requests, or `maxRetries`.
  func retryLimit(_ state: State) -> Int {
    guard let budget = configuration.retryBudget else { return state.breaker.limits.maxRetries }
    return budget.allowedRetries(activeRequests: state.breaker.count(.requests))
  }

  /// Takes room for one retry of `call` when it fits the budget now (in the breaker's count of retries,
  /// held by the call until its retry opens on it or the call ends); otherwise counts the refusal.
  func reserveRetry(for call: UpstreamCallContext) -> Bool {
    state.withLock { state in
      let limit = retryLimit(state)
      // Checked first: a refusal of the budget is counted as one, not as the breaker's overflow.
      guard state.breaker.count(.retries) < limit, state.breaker.acquire(.retries, maximum: limit) else {
        state.stats.retriesRefusedByBudget += 1
        return false
      }
      // Under this lock, as the call's end: room is never left held by a call that ended.
      if !call.retryReserved() { state.breaker.release(.retries) }
      return true
    }
  }

  /// Whether one more retry fits the budget now; a refusal is counted when asked.
  func retryAllowed(countRefusal: Bool) -> Bool {
    state.withLock { state in
      let allowed = state.breaker.count(.retries) < retryLimit(state)
      if !allowed && countRefusal { state.stats.retriesRefusedByBudget += 1 }
      return allowed
    }
  }

  /// The endpoint for the next attempt: among the connected endpoints in rotation, one not yet tried if
  /// any; while none is connected, one in rotation that is connecting (the attempt waits for it).
  private func select(_ state: inout State, excluding tried: Set<Int>, loop: EventLoop?, readyOnLoop: Bool) -> Selection {
    // Only while some endpoint is ejected: the usual call reads no clock and walks no endpoint here.
    if state.outliers.ejectedCount > 0 {
      for released in state.outliers.releaseExpired(now: .now) { metrics.ejected[released].set(0) }
      returnReconnected(&state)
    }
    let candidates: [Int]
    let waits: Bool
    // The usual first attempt: every endpoint in rotation and connected, so all are candidates, without
    // the arrays the general case below builds on every call. A relayed call's router has just seen each one
    // ready on the call's loop (`readyOnLoop`): each channel's lock is not asked again.
    if tried.isEmpty, !endpoints.isEmpty,
       endpoints.indices.allSatisfy({ inRotation($0, state) && (readyOnLoop || endpoints[$0].isReady) }) {
      candidates = allEndpoints
      waits = false
    } else {
      let rotation = endpoints.indices.filter { inRotation($0, state) }
      let ready = rotation.filter { endpoints[$0].isReady }
      let pool = ready.isEmpty ? rotation : ready
      guard !pool.isEmpty else {
        // Every endpoint is out, and the call is refused; but it asks the endpoints' connections that
        // wait out a backoff delay to try now (each at most once per first backoff step): a one-endpoint
        // cluster whose server restarted would otherwise wait for a delay that grew while it was down
        // (up to 2 min) before `returnReconnected` sees it back, though calls keep coming.
        for endpoint in endpoints { endpoint.channels.forEach { $0.requestConnection() } }
        let ejected = state.outliers.ejectedCount
        let unhealthy = state.health.filter { !$0.isHealthy }.count
        return .none("Upstream cluster \(name) has no endpoint in rotation (\(endpoints.count) endpoints, \(ejected) ejected, \(unhealthy) unhealthy).")
      }
      let untried = pool.filter { !tried.contains($0) }
      candidates = untried.isEmpty ? pool : untried
      waits = ready.isEmpty
    }
    // The picker is taken out for the pick, so the load is read from the state in place: a copy of the
    // stats for the closure retained their strings, dictionary and array on every call.
    var picker = state.picker
    let endpoint = picker.pick(from: candidates, load: { state.stats.endpoints[$0].active },
                               random: { Int.random(in: 0..<$0) })
    state.picker = picker
    let turn = state.turns[endpoint]
    state.turns[endpoint] = turn == Int.max ? 0 : turn + 1
    guard let channel = endpoints[endpoint].channel(turn: turn, preferring: loop, readyOnLoop: readyOnLoop) else {
      return .none("Upstream cluster \(name): endpoint \(endpoints[endpoint].address) has no connection.")
    }
    return .endpoint(endpoint, channel, waitsForConnection: waits)
  }

  /// Returns to service the ejected endpoints that were connected again since their ejection: their
  /// connections were lost (the server went away; the failures that ejected it were most likely those
  /// losses) and a new one was made, so the server is back; a new connection whose server sent its
  /// SETTINGS is the health check of a cluster without active ones (a TCP connect alone is not: a server
  /// being killed can still complete one from its listen queue). An endpoint that failed calls over connections that stayed up
  /// makes no new connection and stays out for its time. Only ejected endpoints are looked at.
  private func returnReconnected(_ state: inout State) {
    for endpoint in endpoints.indices where state.outliers.isEjected(endpoint) {
      guard endpoints[endpoint].connectionsEstablished > state.connectionsAtEjection[endpoint],
            state.outliers.returnToService(endpoint, now: .now) else { continue }
      metrics.ejected[endpoint].set(0)
      // Its other connections (one per loop) may still wait out delays that grew while it was down.
      endpoints[endpoint].resetConnectBackoff()
    }
  }

  /// Whether an endpoint may take calls: it has a connection, is not ejected, and passes its health checks.
  private func inRotation(_ endpoint: Int, _ state: State) -> Bool {
    !endpoints[endpoint].channels.isEmpty && !state.outliers.isEjected(endpoint) && state.health[endpoint].isHealthy
  }

  /// The stream is open (or failed to): a call that waited for a connection no longer does.
  private func connectionWaitEnded() {
    state.withLock { $0.breaker.release(.pendingRequests) }
  }

  /// An attempt ended: gives back its counts and tells the outlier detector.
  func attemptEnded(_ endpoint: Int, code: Status.Code, isRetry: Bool, connectFailed: Bool = false) {
    state.withLock { state in
      state.breaker.release(.requests)
      if isRetry { state.breaker.release(.retries) }
      state.stats.endpoints[endpoint].active -= 1
      let failed = connectFailed || state.outliers.isFailure(code)
      if failed {
        state.stats.endpoints[endpoint].failures += 1
        switch state.outliers.recordFailure(endpoint, now: .now) {
        case .ejected:
          state.connectionsAtEjection[endpoint] = endpoints[endpoint].connectionsEstablished
          state.stats.ejections += 1
          metrics.ejections[endpoint].increment()
          metrics.ejected[endpoint].set(1)
        case .capped: state.stats.ejectionsCapped += 1
        case .none: break
        }
      } else if code != .cancelled {
        state.outliers.recordSuccess(endpoint)
      }
    }
  }
}
