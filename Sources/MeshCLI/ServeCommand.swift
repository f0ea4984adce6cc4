import ArgumentParser
import Foundation
import MeshAnalyticsService
import MeshAuthService
import MeshChatService
import MeshContextService
import MeshInterop
import MeshLogging
import MeshNLUService
import MeshProcessSupport
import MeshProcessorService
import MeshRateLimitService
import MeshServiceKit
import MeshSessionService

/// `mesh serve NAME`: runs one service of the assistant alone until interrupted (what a supervisor
/// starts once per process).
struct ServeCommand: AsyncParsableCommand {
  static let starters: [String: @Sendable (ServiceConfiguration) async throws -> RunningService] = [
    "session": SessionServer.start, "context": ContextServer.start, "ratelimit": RateLimitServer.start,
    // The line saying which intent engine runs is one of the process's lines (JSON when logs are).
    "nlu": { try await NLUServer.start($0, log: { ProcessLines.info("mesh serve: nlu: \($0)") }) },
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
  @Option(name: .customLong("idempotency-retention"),
          help: ArgumentHelp("marketplace: how long a stored Idempotency-Key and its response are kept before they are purged, "
                             + "at least 2h (a retry after that would repeat the change); default 24h.", valueName: "duration"))
  var idempotencyRetention: String?
  @OptionGroup var meshFile: MeshFileOptions

  func run() async throws {
    // First: from here on, every line the process writes is in its log format (JSON lines by default).
    ServeLogging.bootstrap(service: name)
    SupervisorLink.exitIfOrphaned()
    if idempotencyRetention != nil && name != "marketplace" {
      ProcessLines.error("mesh serve: --idempotency-retention is the marketplace's; \(name) keeps no idempotency keys")
      throw ExitCode.validationFailure
    }
    if Self.marketplaceRoles.contains(name) { return try await runMarketplaceRole() }
    if name == "gateway" { return try await runGateway() }
    guard let start = Self.starters[name] else {
      let known = (Array(Self.starters.keys) + Self.marketplaceRoles + ["gateway"]).sorted()
      // Said as one of the process's lines rather than by the argument parser, whose text is not JSON.
      ProcessLines.error("mesh serve: unknown service '\(name)'; one of \(known.joined(separator: ", "))")
      throw ExitCode.validationFailure
    }
    var configuration = ServiceConfiguration(host: host, port: port,
                                             databaseURL: databaseURL ?? ProcessInfo.processInfo.environment["MESH_DATABASE_URL"],
                                             dataDirectory: data)
    configuration.dependencies = Self.pairs(deps)
    configuration.settings = Self.pairs(settings)
    configuration.admin = admin
    do {
      let service = try await start(configuration)
      ProcessLines.info("mesh serve: \(name) on \(service.target)" + (service.adminAddress.map { ", admin on \($0.host):\($0.port)" } ?? ""))
      await UpCommand.waitForInterrupt()
      ProcessLines.info("mesh serve: \(name) draining")
      await service.shutdown(gracePeriod: .seconds(10))
      ProcessLines.info("mesh serve: \(name) stopped")
    } catch {
      ProcessLines.error("mesh serve \(name): could not start", error: error)
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
      ProcessLines.info("mesh serve: \(name) on \(running.target)" + (adminServer.map { ", admin on \($0.address.host):\($0.address.port)" } ?? ""))
      await UpCommand.waitForInterrupt()
      ProcessLines.info("mesh serve: \(name) draining")
      adminServer?.readiness.markNotReady("draining")
      await running.stop()
      await adminServer?.stop()
      ProcessLines.info("mesh serve: \(name) stopped")
    } catch let error as ValidationError {
      ProcessLines.error("mesh serve \(name): \(error.message)")
      throw ExitCode.validationFailure
    } catch {
      ProcessLines.error("mesh serve \(name): could not start", error: error)
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
