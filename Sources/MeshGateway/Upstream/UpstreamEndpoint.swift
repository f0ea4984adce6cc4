import MeshProtobuf
import MeshTransport

/// One endpoint of a cluster: its address and the pooled HTTP/2 connections to it (each a one-target
/// `GRPCChannel`, which reconnects with backoff on its own), spread over the gateway's event loops.
final class UpstreamEndpoint: Sendable {
  let target: GRPCChannel.Target
  /// Empty when the cluster's `maxConnections` left none for it: it never enters the rotation.
  let channels: [GRPCChannel]
  /// The loop each channel's connection lives on, in the order of `channels`.
  let loops: [EventLoop]
  /// `host:port`, for stats, messages and the access log (made once: the log names it on every call).
  let address: String
  /// Its part of a relayed call's access line, `,"endpoint":"ADDRESS"`, quoted once here (per call, the
  /// quoting cost ~290 instructions for the same text every time).
  let accessLineText: [UInt8]

  init(target: GRPCChannel.Target, channels: [(channel: GRPCChannel, loop: EventLoop)]) {
    self.target = target
    self.channels = channels.map(\.channel)
    loops = channels.map(\.loop)
    address = target.host.contains(":") ? "[\(target.host)]:\(target.port)" : "\(target.host):\(target.port)"
    accessLineText = Array(",\"endpoint\":\(JSONText.quoted(address))".utf8)
  }

  /// Whether any of its connections can take a call now.
  var isReady: Bool { channels.contains { $0.hasReadyConnection } }

  /// Connections to it whose server answered (HTTP/2 SETTINGS) since the cluster started, over all its
  /// channels: one more than when it was ejected means its server was reached again (after its
  /// connections were lost).
  var connectionsEstablished: Int { channels.reduce(0) { $0 + $1.connectionsEstablished } }

  /// Its server was seen serving: the channels that have no connection ready connect now, with their
  /// backoff forgotten, instead of waiting out delays that grew while it was down.
  func resetConnectBackoff() {
    for channel in channels where !channel.hasReadyConnection { channel.resetConnectBackoff() }
  }

  /// The connection for the `turn`-th call: a ready one on the caller's loop when there is one (the call
  /// then never leaves its thread, as in a thread-per-core proxy), else the ready ones in turn, or the
  /// first while none is ready.
  /// - Parameters:
  ///   - turn: the call's turn on this endpoint.
  ///   - loop: the loop the call runs on; nil when it runs on none.
  ///   - readyOnLoop: the caller saw a ready connection of this endpoint on `loop` with no turn of that loop
  ///     since (a relayed call: `UpstreamCluster.canRelayNow`); the loop's connections change state only in
  ///     its turns, so with one channel on `loop` (the usual spread) that one is the pick, and no lock is asked
  ///     (a channel closed from another thread meanwhile is caught by `openRelay`'s own pick, as before).
  func channel(turn: Int, preferring loop: EventLoop?, readyOnLoop: Bool = false) -> GRPCChannel? {
    if let loop {
      if readyOnLoop, let only = onlyChannel(on: loop) { return only }
      // The caller's loop first: with a ready connection there, the other loops' channels are not asked
      // (each question takes the channel's lock).
      if let local = readyChannel(turn: turn, onlyOn: loop) { return local }
    }
    return readyChannel(turn: turn, onlyOn: nil) ?? channels.first
  }

  /// The channel on `loop` when it is the only one there; nil when there are none or several.
  private func onlyChannel(on loop: EventLoop) -> GRPCChannel? {
    var found = -1
    for index in loops.indices where loops[index] === loop {
      guard found < 0 else { return nil }
      found = index
    }
    return found < 0 ? nil : channels[found]
  }

  /// The `turn`-th of the ready channels (on `loop`, when given); nil when none is ready. Counted, then
  /// picked, in place (no arrays of indices): with one ready (a gateway spreads an endpoint's channels one
  /// per loop) it is the pick, without a second pass that asked each channel's lock again.
  private func readyChannel(turn: Int, onlyOn loop: EventLoop?) -> GRPCChannel? {
    var ready = 0, first = -1
    for index in channels.indices where (loop == nil || loops[index] === loop) && channels[index].hasReadyConnection {
      if ready == 0 { first = index }
      ready += 1
    }
    if ready == 1 { return channels[first] }
    return ready > 1 ? nthReady(turn % ready, onlyOn: loop) : nil
  }

  /// The n-th ready channel (on `loop`, when given); nil when fewer are ready now than were counted.
  private func nthReady(_ n: Int, onlyOn loop: EventLoop?) -> GRPCChannel? {
    var seen = 0
    for index in channels.indices where (loop == nil || loops[index] === loop) && channels[index].hasReadyConnection {
      if seen == n { return channels[index] }
      seen += 1
    }
    return nil
  }

  func close() { channels.forEach { $0.close() } }
}
