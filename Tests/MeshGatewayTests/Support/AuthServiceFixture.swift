import MeshAuthService
import MeshCrypto
import MeshPostgres
import MeshPostgresTestSupport
import MeshServiceKit
import MeshTransport

/// The real auth service, started in this process on the suite's throwaway PostgreSQL (`.postgresCluster`),
/// and a channel to it: what the auth filter's tests against the service share. It signs with a fresh P-256
/// key, so it issues ES256 tokens (its default is EdDSA); each user signs in with `password`.
enum AuthServiceFixture {
  /// Every user's password.
  static let password = "correct horse battery"

  /// Runs `body` with a channel to a started auth service and its database, then stops both, also when
  /// `body` fails.
  /// - Parameters:
  ///   - keyID: the signing key's id.
  ///   - users: the password users to create, by username and subject.
  ///   - body: the test's work.
  static func withService(keyID: String, users: [(username: String, subject: String)],
                          _ body: (GRPCChannel, PostgresPool) async throws -> Void) async throws {
    var configuration = ServiceConfiguration(port: 0)
    configuration.threads = 1
    configuration.databaseURL = try TestCluster.shared.connectionURL
    let (provider, pool) = try await AuthServer.makeProvider(configuration, signingKey: try JWTKey.generateP256(keyID: keyID),
                                                             pepper: Array(repeating: 9, count: 32))
    for user in users { try await provider.setPassword(username: user.username, password: password, subject: user.subject) }
    let service = try RunningService.start(name: "auth", services: [provider], configuration: configuration, pool: pool)
    let group = EventLoopGroup(threads: 1)
    let channel: GRPCChannel
    do { channel = try GRPCChannel(host: service.address.host, port: service.address.port, group: group) } catch {
      await service.shutdown()
      group.shutdown()
      throw error
    }
    try await withStarted(channel, stop: { channel in
      channel.close()
      await service.shutdown()
      group.shutdown()
    }) { channel in try await body(channel, pool) }
  }
}
