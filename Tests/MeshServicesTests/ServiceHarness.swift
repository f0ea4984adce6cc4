import Foundation
import MeshCore
import MeshPostgresTestSupport
import MeshServiceKit
import MeshTransport

/// Starts a service through its public entry on a free port, hands a client to the test, and stops
/// both even when the test fails.
enum ServiceHarness {
  /// A configuration on a free loopback port with one event loop, on the current suite's cluster.
  static func configuration(database: Bool = true, settings: [String: String] = [:]) throws -> ServiceConfiguration {
    var configuration = ServiceConfiguration(port: 0, settings: settings)
    configuration.threads = 1
    if database { configuration.databaseURL = try TestCluster.shared.connectionURL }
    return configuration
  }

  /// Runs `body` with a client of a started service.
  static func with(_ service: RunningService, _ body: (GRPCClient) async throws -> Void) async throws {
    let group = EventLoopGroup(threads: 1)
    let channel: GRPCChannel
    do {
      channel = try GRPCChannel(host: service.address.host, port: service.address.port, group: group)
    } catch {
      await service.shutdown()
      group.shutdown()
      throw error
    }
    do {
      try await body(GRPCClient(transport: channel))
    } catch {
      channel.close()
      await service.shutdown()
      group.shutdown()
      throw error
    }
    channel.close()
    await service.shutdown()
    group.shutdown()
  }

  /// Runs `body` with a client of a running service, without stopping the service afterwards.
  static func withClient(_ service: RunningService, _ body: (GRPCClient) async throws -> Void) async throws {
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let channel = try GRPCChannel(host: service.address.host, port: service.address.port, group: group)
    defer { channel.close() }
    try await body(GRPCClient(transport: channel))
  }

  /// Metadata of a call made for `user`.
  static func user(_ user: String) -> Metadata { CallerIdentity.metadata(for: user) }
}

/// The status code of what `body` throws; nil when it does not throw.
func rpcCode(_ body: () async throws -> Void) async -> Status.Code? {
  do {
    try await body()
    return nil
  } catch let error as RPCError {
    return error.code
  } catch {
    return .unknown
  }
}
