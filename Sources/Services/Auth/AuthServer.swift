import Foundation
public import MeshCrypto
public import MeshServiceKit
import MeshStores
public import MeshPostgres

/// Starts the auth service alone (`mesh serve auth`).
///
/// Settings: `signing_key_file` (a PEM Ed25519 or P-256 private key; without it a fresh Ed25519 key is
/// made, so tokens do not survive a restart) and `pepper_file` (32+ bytes for API-key digests; without
/// it the pepper comes from `MESH_AUTH_PEPPER`, else a fixed development pepper that is reported) and
/// `demo_users_file` (lines of `username password subject`: sign-ins set at start, such as the demo shopper
/// `mesh up` makes on a fresh clone; `#` starts a comment).
public enum AuthServer {
  /// Opens and migrates the database, loads the keys, and serves on the configured address.
  /// - Parameter configuration: address, database, settings.
  public static func start(_ configuration: ServiceConfiguration) async throws -> RunningService {
    let signingKey = try configuration.settings["signing_key_file"].map {
      try JWTKey(pem: String(contentsOfFile: $0, encoding: .utf8))
    }
    let pepper: [UInt8]
    if let file = configuration.settings["pepper_file"] {
      pepper = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
    } else if let value = ProcessInfo.processInfo.environment["MESH_AUTH_PEPPER"] {
      pepper = Array(value.utf8)
    } else {
      pepper = Array("mesh-development-pepper-not-for-production-use".utf8)
    }
    let provider = try await makeProvider(configuration, signingKey: signingKey, pepper: pepper)
    if let file = configuration.settings["demo_users_file"] {
      do {
        for user in try DemoUsers.read(path: file) {
          try await provider.provider.setPassword(username: user.username, password: user.password, subject: user.subject)
        }
      } catch {
        provider.pool.close()
        throw error
      }
    }
    return try RunningService.start(name: "auth", services: [provider.provider], configuration: configuration, pool: provider.pool)
  }

  /// The provider over a database, for tests and in-process use.
  /// - Parameters:
  ///   - configuration: the database settings.
  ///   - signingKey: the key; nil makes one.
  ///   - pepper: the API-key pepper.
  public static func makeProvider(_ configuration: ServiceConfiguration, signingKey: JWTKey? = nil, pepper: [UInt8])
    async throws -> (provider: AuthServiceProvider, pool: PostgresPool)
  {
    let pool = try await StoreDatabase.open(url: configuration.databaseURL, dataDirectory: configuration.dataDirectory)
    do {
      let provider = AuthServiceProvider(pool: pool, issuer: try TokenIssuer(key: signingKey), keys: try APIKeyHasher(pepper: pepper),
                                         audit: PostgresAuditLog(pool: pool))
      return (provider, pool)
    } catch {
      pool.close()
      throw error
    }
  }
}
