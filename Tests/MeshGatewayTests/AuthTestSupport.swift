import Foundation
import MeshAuthTestSupport
import MeshCore
import MeshCrypto
import MeshGateway
import MeshProtos
import MeshTestSupport
import MeshTransport

/// Runs `body` with a channel to a started server of `services` (behind `interceptors`); stops both afterwards,
/// also on failure.
func withServer(_ services: [any RegistrableRPCService], interceptors: [any ServerInterceptor] = [],
                _ body: (GRPCChannel, GRPCServer, SocketAddress) async throws -> Void) async throws {
  let group = EventLoopGroup(threads: 1)
  let server = GRPCServer(services: services, interceptors: interceptors, configuration: .init(host: "127.0.0.1", port: 0),
                          group: group)
  let address: SocketAddress
  do { address = try server.start() } catch {
    group.shutdown()
    throw error
  }
  let channel: GRPCChannel
  do { channel = try GRPCChannel(host: address.host, port: address.port, group: group) } catch {
    await server.shutdown(gracePeriod: .zero)
    group.shutdown()
    throw error
  }
  do {
    try await body(channel, server, address)
  } catch {
    channel.close()
    await server.shutdown(gracePeriod: .zero)
    group.shutdown()
    throw error
  }
  channel.close()
  await server.shutdown(gracePeriod: .zero)
  group.shutdown()
}

/// Runs `body` with a channel to a loopback port where nothing listens (a service that is down).
func withDeadChannel(_ body: (GRPCChannel) async throws -> Void) async throws {
  let group = EventLoopGroup(threads: 1)
  defer { group.shutdown() }
  // A port held without listening: a freed one could be given to another test's server meanwhile.
  let refusing = try RefusingPort()
  defer { refusing.close() }
  let channel = try GRPCChannel(host: "127.0.0.1", port: refusing.port, group: group)
  defer { channel.close() }
  try await body(channel)
}

/// Bearer metadata for a token, plus more entries.
func bearer(_ token: String, _ more: [(String, String)] = []) -> Metadata {
  var metadata = Metadata()
  metadata.addString("Bearer " + token, forKey: "authorization")
  for (key, value) in more { metadata.addString(value, forKey: key) }
  return metadata
}
