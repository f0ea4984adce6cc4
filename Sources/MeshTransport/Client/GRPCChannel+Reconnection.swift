extension GRPCChannel {
  /// Connections whose server answered (its first SETTINGS frame arrived) since the channel started,
  /// reconnections included; any thread. A gateway cluster tells by it that an endpoint it ejected was
  /// reconnected (its server came back). Counted at the server's SETTINGS, not at the TCP connect: a
  /// server being killed can still complete a handshake from its listen queue before its listener
  /// closes, and such a connect proves nothing (CI saw an endpoint let back, then ejected again, so).
  public var connectionsEstablished: Int { state.withLock { $0.connectionsEstablished } }

  /// A subchannel's new connection got its server's first SETTINGS frame; any thread.
  func subchannelServerAnswered() { state.withLock { $0.connectionsEstablished += 1 } }

  /// Forgets the subchannels' connection failures, and connects at once those that wait out a backoff
  /// delay (gRPC's `ResetConnectBackoff`): for a caller that knows the server is back (a gateway whose
  /// health check passed on another connection to it). Any thread.
  public func resetConnectBackoff() {
    let subchannels = state.withLock { $0.closed ? [] : $0.subchannels }
    for subchannel in subchannels { subchannel.loop.execute { subchannel.resetBackoff() } }
  }

  /// Connects on demand without a call: the subchannels that wait out a backoff delay try now, at most
  /// once per `backoff.initial` (the limit calls' demands share). For a caller that refuses a call
  /// because nothing is ready (a gateway cluster with every endpoint out) but wants the next to find a
  /// server that came back. Any thread.
  public func requestConnection() {
    guard let subchannels = state.withLock({ subchannelsToConnectOnDemand(&$0) }) else { return }
    Self.connectNow(subchannels)
  }
}
