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
  func channel(turn: Int, preferring loop: EventLoop?) -> GRPCChannel? {
    // On every forwarded call: counted, then picked, in place (no arrays of indices). The first ready
    // channel, and the first on `loop`, are kept from the count: with one of them (a gateway spreads an
    // endpoint's channels one per loop) it is the pick, without a second pass that asked each channel's
    // lock again (`nthReady`).
    var ready = 0, local = 0
    var firstReady = -1, firstLocal = -1
    for index in channels.indices where channels[index].hasReadyConnection {
      if ready == 0 { firstReady = index }
      ready += 1
      if let loop, loops[index] === loop {
        if local == 0 { firstLocal = index }
        local += 1
      }
    }
    if local == 1 { return channels[firstLocal] }
    if local > 0, let picked = nthReady(turn % local, onlyOn: loop) { return picked }
    if ready == 1 { return channels[firstReady] }
    if ready > 0, let picked = nthReady(turn % ready, onlyOn: nil) { return picked }
    return channels.first
  }

  /// The n-th ready channel (on `loop`, when given); nil when fewer are ready now than were counted.
  private func nthReady(_ n: Int, onlyOn loop: EventLoop?) -> GRPCChannel? {
    var seen = 0
    for index in channels.indices where channels[index].hasReadyConnection && (loop.map { loops[index] === $0 } ?? true) {
      if seen == n { return channels[index] }
      seen += 1
    }
    return nil
  }

  func close() { channels.forEach { $0.close() } }
}
