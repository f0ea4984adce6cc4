import Foundation
import MeshCore
import MeshTestSupport
import MeshTransport

/// The grpcio peer of the retry tests (`Peers/retry_peer.py`), started on a free port; stopped when dropped.
struct FlakyPeer {
  static let script = Repository.root.appendingPathComponent("Tests/MeshTransportTests/Peers/retry_peer.py").path
  static let refusingScript = Repository.root.appendingPathComponent("Tests/MeshTransportTests/Peers/refusing_peer.py").path

  static func method(_ name: String, _ kind: RPCKind = .unary) -> RPCMethod<RawMessage, RawMessage> {
    RPCMethod(MethodDescriptor(service: "mesh.test.Flaky", method: name), kind: kind)
  }
  static let unary = method("Unary")
  static let pushback = method("Pushback")
  static let hang = method("Hang")
  static let failFirst = method("FailFirst", .clientStreaming)
  static let slow = method("Slow")
  static let whoami = method("Whoami")
  static let stats = method("Stats")

  let process: PeerProcess
  let port: Int

  /// Starts a peer with the given flags (`--fail-rate`, `--delay-ms`, `--name`, `--host`, `--hang`).
  init(_ arguments: [String] = []) async throws {
    process = try PeerProcess(try Repository.python, [Self.script] + arguments)
    // grpcio takes seconds to import on a loaded machine (the full suite runs beside PostgreSQL clusters).
    port = try PeerProcess.port(of: try await process.waitForLine(startingWith: "listening on", seconds: 180))
  }

  /// The peer's counters, read over a separate plain channel.
  struct Stats: Decodable {
    let calls: Int
    let failed: Int
    let cancelled: Int
    let by_attempt: [String: Int]
    /// Calls of `Unary` and `Hang` by request, the request's bytes in hex.
    let by_request: [String: Int]
  }

  func stats(group: EventLoopGroup, host: String = "127.0.0.1") async throws -> Stats {
    let channel = try GRPCChannel(host: host, port: port, group: group)
    defer { channel.close() }
    let response = try await GRPCClient(transport: channel).unary(Self.stats, request: RawMessage([]))
    return try JSONDecoder().decode(Stats.self, from: Data(response.message.bytes))
  }
}

extension GRPCChannel.Configuration {
  /// Fast reconnects, and a service config from JSON text.
  static func retrying(_ json: String, balancing: GRPCChannel.LoadBalancing = .pickFirst) throws -> Self {
    var configuration = GRPCChannel.Configuration()
    configuration.backoff = ConnectionBackoff(initial: .milliseconds(20), maximum: .milliseconds(100))
    configuration.serviceConfig = try ServiceConfig(json: json)
    configuration.loadBalancing = balancing
    return configuration
  }
}
