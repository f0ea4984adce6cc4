import ArgumentParser
import Foundation
import MeshAnalyticsService
import MeshAuthService
import MeshChatService
import MeshContextService
import MeshInterop
import MeshNLUService
import MeshProcessorService
import MeshRateLimitService
import MeshServiceKit
import MeshSessionService

/// `mesh serve NAME`: runs one service of the assistant alone until interrupted (what a supervisor
/// starts once per process).
struct ServeCommand: AsyncParsableCommand {
  static let starters: [String: @Sendable (ServiceConfiguration) async throws -> RunningService] = [
    "session": SessionServer.start, "context": ContextServer.start, "nlu": NLUServer.start, "ratelimit": RateLimitServer.start,
    "auth": AuthServer.start, "analytics": AnalyticsServer.start, "chat": ChatServer.start,
    "processor": { try await ProcessorServer.start($0) },
    // grpc.testing.TestService (with health and reflection), what the interop tests call.
    "interop": { try RunningService.start(name: "interop", services: [TestServiceProvider()], configuration: $0) },
  ]

  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Run one service of the assistant alone (chat, nlu, context, session, processor, auth, ratelimit, analytics, marketplace, adapters or one adapter).")

  @Argument(help: "The service: chat, nlu, context, session, processor, auth, ratelimit, analytics, marketplace, adapters (all six on one port) or one adapter (search, order, user, listing, shipping, payment).")
  var name: String
  @Option(help: "The port; 0 picks a free one.")
  var port = 0
  @Option(help: "The numeric host to bind.")
  var host = "127.0.0.1"
  @Option(name: .customLong("database-url"), help: "A PostgreSQL URL (default: $MESH_DATABASE_URL, else the embedded cluster).")
  var databaseURL: String?
  @Option(help: "The embedded cluster's data folder.")
  var data = ".mesh/postgres"
  @Option(help: "Dependencies as name=host:port, comma-separated (nlu=127.0.0.1:7001,order=...).")
  var deps = ""
  @Option(name: .customLong("set"), help: "Service settings as key=value, comma-separated (workers=4, limits=...).")
  var settings = ""
  @Option(help: ArgumentHelp("The admin endpoint (/metrics, /healthz, /readyz) to serve, as host:port.", valueName: "host:port"))
  var admin: String?
  @OptionGroup var meshFile: MeshFileOptions

  func run() async throws {
    SupervisorLink.exitIfOrphaned()
    ServeLogging.bootstrap(service: name)
    if Self.marketplaceRoles.contains(name) { return try await runMarketplaceRole() }
    if name == "gateway" { return try await runGateway() }
    guard let start = Self.starters[name] else {
      let known = (Array(Self.starters.keys) + Self.marketplaceRoles).sorted()
      throw ValidationError("unknown service '\(name)'; one of \(known.joined(separator: ", "))")
    }
    var configuration = ServiceConfiguration(host: host, port: port,
                                             databaseURL: databaseURL ?? ProcessInfo.processInfo.environment["MESH_DATABASE_URL"],
                                             dataDirectory: data)
    configuration.dependencies = Self.pairs(deps)
    configuration.settings = Self.pairs(settings)
    configuration.admin = admin
    do {
      let service = try await start(configuration)
      Console.out("mesh serve: \(name) on \(service.target)" + (service.adminAddress.map { ", admin on \($0.host):\($0.port)" } ?? ""))
      await UpCommand.waitForInterrupt()
      Console.out("mesh serve: \(name) draining")
      await service.shutdown(gracePeriod: .seconds(10))
    } catch {
      Console.error("mesh serve \(name): \(error)")
      throw ExitCode.failure
    }
  }

  /// Runs the marketplace or an adapter until interrupted.
  private func runMarketplaceRole() async throws {
    do {
      let adminServer = try admin.map { try AdminServer.start($0) }
      let running: (target: String, stop: @Sendable () async -> Void)
      do {
        running = try await startMarketplaceRole(name)
      } catch {
        await adminServer?.stop()
        throw error
      }
      adminServer?.readiness.markReady()
      Console.out("mesh serve: \(name) on \(running.target)" + (adminServer.map { ", admin on \($0.address.host):\($0.address.port)" } ?? ""))
      await UpCommand.waitForInterrupt()
      Console.out("mesh serve: \(name) draining")
      adminServer?.readiness.markNotReady("draining")
      await running.stop()
      await adminServer?.stop()
    } catch let error as ValidationError {
      throw error
    } catch {
      Console.error("mesh serve \(name): \(error)")
      throw ExitCode.failure
    }
  }

  /// `a=b,c=d` as a dictionary (values may hold `=` and `:`).
  static func pairs(_ text: String) -> [String: String] {
    text.split(separator: ",").reduce(into: [:]) { result, pair in
      let parts = pair.split(separator: "=", maxSplits: 1)
      if parts.count == 2 { result[String(parts[0])] = String(parts[1]) }
    }
  }
}
