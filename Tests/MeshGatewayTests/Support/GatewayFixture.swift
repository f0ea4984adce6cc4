import Foundation
import MeshAuthTestSupport
import MeshConfig
import MeshCore
import MeshCrypto
import MeshGateway
import MeshInterop
import MeshLogging
import MeshTransport
import Testing

/// The whole gateway in this process, made from mesh-file text as `mesh serve gateway` makes it
/// (`GatewayConfiguration` → `GatewayServer`), with its access log kept in memory.
final class GatewayFixture: Sendable {
  let group = EventLoopGroup(threads: 2)
  let gateway: GatewayServer
  let log = MemoryLogSink()
  /// The bound port of each listener, by name.
  let ports: [String: Int]

  /// The first listener's port.
  var port: Int { ports.values.sorted()[0] }

  private init(_ yaml: String) async throws {
    let configuration = try Self.configuration(yaml)
    gateway = try GatewayServer(configuration: configuration, accessLog: AccessLog(sink: log), group: group)
    do {
      ports = try await gateway.start().mapValues(\.port)
    } catch {
      await gateway.shutdown(gracePeriod: .zero)
      group.shutdown()
      throw error
    }
  }

  /// A checked configuration of a mesh file's text.
  static func configuration(_ yaml: String) throws -> GatewayConfiguration {
    let check = MeshFileLoader.parse(yaml)
    let file = try #require(check.file, "\(check.problems)")
    return try GatewayConfiguration(file: file, folder: NSTemporaryDirectory())
  }

  /// Replaces the configuration, as SIGHUP does.
  func reload(_ yaml: String) throws { try gateway.reload(try Self.configuration(yaml)) }

  /// A channel to the gateway (h2c), closed with the fixture.
  func channel() throws -> GRPCChannel { try GRPCChannel(host: "127.0.0.1", port: port, group: group) }

  /// The access log's lines, parsed.
  var accessLines: [[String: Any]] {
    log.lines.compactMap { line in
      (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
    }
  }

  private func stop() async {
    await gateway.shutdown(gracePeriod: .seconds(1))
    group.shutdown()
  }

  /// Runs `body` with a started gateway, and stops it afterwards, also when `body` fails.
  static func with(_ yaml: String, _ body: (GatewayFixture) async throws -> Void) async throws {
    try await withStarted(try await GatewayFixture(yaml), stop: { await $0.stop() }, body)
  }
}

/// A mesh file with one cleartext listener, routes and clusters, and optional further `gateway:` keys.
/// - Parameters:
///   - routes: route entries as YAML flow mappings.
///   - clusters: name → `host:port` endpoints.
///   - extra: more keys of `gateway:`, indented two spaces.
///   - listener: more keys of the listener, as a flow mapping's fields.
func gatewayMeshFile(routes: [String], clusters: [String: [String]], extra: String = "", listener: String = "") -> String {
  let listenerFields = listener.isEmpty ? "" : ", " + listener
  var text = """
    version: 1
    gateway:
      listeners:
        - { name: edge, address: "127.0.0.1:0"\(listenerFields) }
      routes:

    """
  for route in routes { text += "    - \(route)\n" }
  text += "  clusters:\n"
  for (name, endpoints) in clusters.sorted(by: { $0.key < $1.key }) {
    text += "    - { name: \(name), endpoints: [\(endpoints.map { "\"\($0)\"" }.joined(separator: ", "))] }\n"
  }
  return text + extra
}

/// A signing key and a real gRPC server that publishes its JWKS (`JWKSPublisher`), beside other services.
struct SignedCallers {
  let key: JWTKey
  let publisher = JWKSPublisher()

  init() throws {
    key = try JWTKey.generateEd25519(keyID: "fixture-1")
    publisher.publish([key])
  }

  /// A valid token of `user` for the audience `mesh`.
  func token(_ user: String) throws -> String { try JWTSigner(key: key).sign(claims(sub: user)) }

  /// The `gateway.auth` section that checks these tokens through the cluster `auth`.
  static let authSection = """
      auth:
        cluster: auth
        required: true
        jwt: { issuer: mesh-auth, audience: mesh }

    """
}

extension InteropUpstream {
  /// Runs `body` with our interop server started, and stops it afterwards, also when `body` fails.
  static func with(tls: Bool = false, _ body: (InteropUpstream) async throws -> Void) async throws {
    try await withStarted(try InteropUpstream(tls: tls), stop: { await $0.stop() }, body)
  }
}
