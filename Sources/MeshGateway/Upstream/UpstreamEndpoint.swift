import MeshTransport

/// One endpoint of a cluster: its address and the pooled HTTP/2 connections to it (each a one-target
/// `GRPCChannel`, which reconnects with backoff on its own), spread over the gateway's event loops.
final class UpstreamEndpoint: Sendable {
  let target: GRPCChannel.Target
  /// Empty when the cluster's `maxConnections` left none for it: it never enters the rotation.
  let channels: [GRPCChannel]
  /// The loop each channel's connection lives on, in the order of `channels`.
  let loops: [EventLoop]

  init(target: GRPCChannel.Target, channels: [(channel: GRPCChannel, loop: EventLoop)]) {
    self.target = target
    self.channels = channels.map(\.channel)
    loops = channels.map(\.loop)
  }

  /// `host:port`, for stats and messages.
  var address: String { target.host.contains(":") ? "[\(target.host)]:\(target.port)" : "\(target.host):\(target.port)" }

  /// Whether any of its connections can take a call now.
  var isReady: Bool { channels.contains { $0.hasReadyConnection } }

  /// The connection for the `turn`-th call: a ready one on the caller's loop when there is one (the call
  /// then never leaves its thread, as in a thread-per-core proxy), else the ready ones in turn, or the
  /// first while none is ready.
  /// - Parameters:
  ///   - turn: the call's turn on this endpoint.
  ///   - loop: the loop the call runs on; nil when it runs on none.
  func channel(turn: Int, preferring loop: EventLoop?) -> GRPCChannel? {
    let ready = channels.indices.filter { channels[$0].hasReadyConnection }
    if let loop {
      let local = ready.filter { loops[$0] === loop }
      if !local.isEmpty { return channels[local[turn % local.count]] }
    }
    if !ready.isEmpty { return channels[ready[turn % ready.count]] }
    return channels.first
  }

  func close() { channels.forEach { $0.close() } }
}
