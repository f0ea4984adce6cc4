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

/// `mesh serve NAME [--port N] [--host H] [--database_url URL] [--data DIR] [--deps name=host:port,...]
/// [--set key=value,...]`: runs one service of the assistant alone until interrupted. NAME is one of
/// chat, nlu, context, session, processor, auth, ratelimit, analytics.
enum ServeCommand {
  static let starters: [String: @Sendable (ServiceConfiguration) async throws -> RunningService] = [
    "session": SessionServer.start, "context": ContextServer.start, "nlu": NLUServer.start, "ratelimit": RateLimitServer.start,
    "auth": AuthServer.start, "analytics": AnalyticsServer.start, "chat": ChatServer.start,
    "processor": { try await ProcessorServer.start($0) },
  ]

  static func run(_ arguments: [String]) async -> Int32 {
    guard let name = arguments.first, let start = starters[name] else {
      Console.error("usage: mesh serve {\(starters.keys.sorted().joined(separator: "|"))} [--port N] [--host H] "
                    + "[--database_url URL] [--data DIR] [--deps name=host:port,...] [--set key=value,...]")
      return 2
    }
    do {
      let flags = try CommandLineFlags(Array(arguments.dropFirst()), known: ["port", "host", "database_url", "data", "deps", "set"])
      let environment = ProcessInfo.processInfo.environment
      var configuration = ServiceConfiguration(host: flags["host"] ?? "127.0.0.1", port: try flags.int("port") ?? 0,
                                               databaseURL: flags["database_url"] ?? environment["MESH_DATABASE_URL"],
                                               dataDirectory: flags["data"] ?? environment["MESH_DATA_DIR"] ?? ".mesh/postgres")
      configuration.dependencies = pairs(flags["deps"])
      configuration.settings = pairs(flags["set"])
      let service = try await start(configuration)
      Console.out("mesh serve: \(name) on \(service.target)")
      await UpCommand.waitForInterrupt()
      Console.out("mesh serve: \(name) draining")
      await service.shutdown(gracePeriod: .seconds(10))
      return 0
    } catch {
      Console.error("mesh serve \(name): \(error)")
      return 1
    }
  }

  /// `a=b,c=d` as a dictionary (values may hold `=` and `:`).
  static func pairs(_ text: String?) -> [String: String] {
    guard let text else { return [:] }
    return text.split(separator: ",").reduce(into: [:]) { result, pair in
      let parts = pair.split(separator: "=", maxSplits: 1)
      if parts.count == 2 { result[String(parts[0])] = String(parts[1]) }
    }
  }
}
