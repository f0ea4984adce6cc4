import AdapterSupport
import ArgumentParser
import Foundation
import Marketplace
import MarketplaceAdapters
import MeshConfig
import MeshInterop
import MeshLogging
import MeshPostgres
import MeshTransport

/// `mesh serve marketplace` and `mesh serve adapters|search|order|user|listing|shipping|payment`: the bundled
/// marketplace (HTTP/1.1 REST/JSON on its own tables) and the gRPC adapters that call it. They are not
/// `RunningService`s (the marketplace speaks HTTP, the adapters need its base URL), so they start here.
extension ServeCommand {
  /// The names this file serves: the marketplace, all adapters on one port, or one adapter alone.
  static let marketplaceRoles = ["marketplace", "adapters"] + MarketplaceAdapters.names

  /// Starts the marketplace or adapters named `name`; returns what stops it.
  /// - Parameter name: one of `marketplaceRoles`.
  func startMarketplaceRole(_ name: String) async throws -> (target: String, stop: @Sendable () async -> Void) {
    if name == "marketplace" {
      // Checked before anything starts: a bad retention is refused without touching the database.
      let retention = try marketplaceRetention()
      let database: PostgresConfiguration
      if let url = databaseURL ?? ProcessInfo.processInfo.environment["MESH_DATABASE_URL"] {
        database = PostgresConfiguration(connectionString: url)
      } else {
        let cluster = try EmbeddedPostgres(dataDirectory: data)
        try await cluster.start()
        database = cluster.configuration
      }
      var configuration = MarketplaceConfiguration(host: host, port: port, database: database)
      configuration.idempotencyRetention = retention
      let marketplace = try await Marketplace.start(configuration)
      if let took = marketplace.seedingTime { ProcessLines.info("mesh serve: marketplace seeded in \(took)") }
      return ("http://\(marketplace.address.host):\(marketplace.address.port)", { await marketplace.stop() })
    }
    guard let baseURL = Self.pairs(deps)["marketplace"] else {
      throw ValidationError("the adapters need --deps marketplace=http://HOST:PORT")
    }
    let group = EventLoopGroup()
    do {
      let adapters = try MarketplaceAdapters.start(
        AdapterConfiguration(host: host, port: port, marketplace: MarketplaceClientConfiguration(baseURL: baseURL)),
        names: name == "adapters" ? nil : [name], group: group)
      return ("\(adapters.address.host):\(adapters.address.port)", {
        await adapters.stop()
        group.shutdown()
      })
    } catch {
      group.shutdown()
      throw error
    }
  }

  /// `--idempotency-retention` (a duration such as 36h or 90m), else the default, refused when shorter than
  /// `IdempotencyKeyRetention.minimum`.
  func marketplaceRetention() throws -> Duration {
    guard let text = idempotencyRetention else { return IdempotencyKeyRetention.standard }
    guard let parsed = MeshDuration(meshText: text) else {
      throw ValidationError("--idempotency-retention takes \(MeshDuration.expectedText), not '\(text)'")
    }
    guard (try? IdempotencyKeyRetention.check(parsed.duration)) != nil else {
      let minimum = MeshDuration(milliseconds: IdempotencyKeyRetention.minimum.components.seconds * 1000)
      throw ValidationError("--idempotency-retention \(parsed) is shorter than the minimum \(minimum): "
                            + "a retry could come after its key was forgotten")
    }
    return parsed.duration
  }
}
