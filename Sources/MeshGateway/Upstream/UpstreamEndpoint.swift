import MeshTransport

/// One endpoint of a cluster: its address and the pooled HTTP/2 connections to it (each a one-target
/// `GRPCChannel`, which reconnects with backoff on its own).
final class UpstreamEndpoint: Sendable {
  let target: GRPCChannel.Target
  /// Empty when the cluster's `maxConnections` left none for it: it never enters the rotation.
  let channels: [GRPCChannel]

  init(target: GRPCChannel.Target, channels: [GRPCChannel]) {
    self.target = target
    self.channels = channels
  }

  /// `host:port`, for stats and messages.
  var address: String { target.host.contains(":") ? "[\(target.host)]:\(target.port)" : "\(target.host):\(target.port)" }

  /// Whether any of its connections can take a call now.
  var isReady: Bool { channels.contains { $0.hasReadyConnection } }

  /// The connection for the `turn`-th call: the ready ones in turn, or the first while none is ready.
  func channel(turn: Int) -> GRPCChannel? {
    let ready = channels.filter(\.hasReadyConnection)
    if !ready.isEmpty { return ready[turn % ready.count] }
    return channels.first
  }

  func close() { channels.forEach { $0.close() } }
}
