public import MeshCore

extension GRPCChannel {
  /// Starts the resolution loop: a lookup now, then one every `refreshInterval`, or after a backoff
  /// delay while lookups fail. The loop holds the channel's link (as a weak reference would, without its
  /// side table: `GRPCChannelLink`), so a dropped channel ends it.
  func startResolving() {
    let resolution = configuration.nameResolution
    // Numeric addresses need no lookup: the channel connects at once, as it always did, and there is
    // nothing to look up again.
    if resolution.resolver is SystemNameResolver,
       let addresses = try? targets.flatMap({ target in
         guard target.isNumeric else { throw SystemCallError(call: "numeric", errno: 22) }
         return try SocketAddress.resolve(host: target.host, port: target.port).map { ($0, target.host) }
       }) {
      apply(found: addresses, errors: [])
      return
    }
    let task = Task { [link] in
      var delay: Duration = .zero
      while !Task.isCancelled {
        if delay > .zero { try? await Task.sleep(for: delay) }
        guard !Task.isCancelled, let channel = link.channel else { return }
        let failures = await channel.resolveOnce()
        if failures > 0 {
          delay = resolution.backoff.delay(attempt: failures - 1)
        } else if let refresh = resolution.refreshInterval {
          delay = refresh
        } else {
          return
        }
      }
    }
    let closed = state.withLock { state -> Bool in
      state.resolutionTask = task
      return state.closed
    }
    if closed { task.cancel() }
  }

  /// A connection was lost or could not be made: the service may have moved, so look its name up again
  /// (no sooner than `minimumInterval` after the last lookup).
  func connectionsLost() {
    if targets.allSatisfy(\.isNumeric) && configuration.nameResolution.resolver is SystemNameResolver { return }
    let minimum = configuration.nameResolution.minimumInterval
    let wait = state.withLock { state -> Duration? in
      guard !state.closed, !state.resolutionRequested, !state.resolving else { return nil }
      state.resolutionRequested = true
      guard let last = state.lastResolution else { return .zero }
      return max(.zero, minimum - (ContinuousClock.now - last))
    }
    guard let wait else { return }
    Task { [link] in
      if wait > .zero { try? await Task.sleep(for: wait) }
      guard let channel = link.channel else { return }
      channel.state.withLock { $0.resolutionRequested = false }
      _ = await channel.resolveOnce()
    }
  }

  /// Resolves every target once and applies the result; returns how many lookups in a row have failed.
  func resolveOnce() async -> Int {
    if targets.allSatisfy(\.isNumeric) && configuration.nameResolution.resolver is SystemNameResolver { return 0 }
    let resolver = configuration.nameResolution.resolver
    var found: [(SocketAddress, String)] = []
    var errors: [String] = []
    for target in targets {
      do {
        for address in try await resolver.resolve(target) where !found.contains(where: { $0.0 == address }) {
          found.append((address, target.host))
        }
      } catch {
        errors.append("cannot resolve \(target.host): \(error)")
      }
    }
    return apply(found: found, errors: errors)
  }

  /// Applies a lookup's result; returns how many lookups in a row have failed.
  @discardableResult
  private func apply(found: [(SocketAddress, String)], errors: [String]) -> Int {
    let (added, removed, waiters, failures) = state.withLock { state in
      state.lastResolution = .now
      state.resolving = false
      state.generation += 1
      let waiters = Array(state.waiters.values)
      state.waiters.removeAll()
      guard !state.closed else { return ([Subchannel](), [Subchannel](), waiters, 0) }
      guard !found.isEmpty else {
        // Keep the addresses we have: a failed lookup is no proof that they are gone.
        state.resolutionFailures += 1
        if state.subchannels.isEmpty {
          state.resolutionError = errors.isEmpty ? "no address to connect to" : errors.joined(separator: "; ")
        }
        return ([], [], waiters, state.resolutionFailures)
      }
      state.resolutionFailures = 0
      state.resolutionError = nil
      let (added, removed) = replaceSubchannels(&state, with: found)
      return (added, removed, waiters, 0)
    }
    waiters.forEach { $0.resume() }
    for subchannel in added { subchannel.loop.execute { subchannel.connect() } }
    for subchannel in removed { subchannel.loop.execute { subchannel.shutdown() } }
    return failures
  }

  /// Keeps the subchannels of addresses still listed (in the new order), makes new ones, and returns the
  /// ones to start and the ones to drain.
  private func replaceSubchannels(_ state: inout State, with addresses: [(SocketAddress, String)])
    -> (added: [Subchannel], removed: [Subchannel])
  {
    var existing: [SocketAddress: Subchannel] = [:]
    for subchannel in state.subchannels { existing[subchannel.address] = subchannel }
    var next: [Subchannel] = []
    var added: [Subchannel] = []
    for (address, hostname) in addresses {
      if let subchannel = existing.removeValue(forKey: address) {
        next.append(subchannel)
      } else {
        let subchannel = Subchannel(address: address, hostname: hostname, loop: group.next(), link: link,
                                    configuration: configuration)
        state.states[ObjectIdentifier(subchannel)] = .idle
        next.append(subchannel)
        added.append(subchannel)
      }
    }
    let removed = Array(existing.values)
    for subchannel in removed {
      state.states[ObjectIdentifier(subchannel)] = nil
      state.ready[ObjectIdentifier(subchannel)] = nil
    }
    state.subchannels = next
    state.orderReady()
    return (added, removed)
  }

  /// The addresses the channel connects to now, in the resolver's order.
  public var addresses: [SocketAddress] { state.withLock { $0.subchannels.map(\.address) } }
}

extension GRPCChannel.Target {
  /// Whether the host is an IPv4 or IPv6 literal, which needs no lookup.
  var isNumeric: Bool {
    if host.contains(":") { return host.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." } }
    let parts = host.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 4 && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) }
  }
}

extension GRPCChannel: ServiceConfigProviding {
  /// The service config of `configuration`.
  public var serviceConfig: ServiceConfig { configuration.serviceConfig }
}
