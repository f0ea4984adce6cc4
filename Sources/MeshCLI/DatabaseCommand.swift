import Foundation
import MeshPostgres
import MeshStores

/// `mesh db start|stop|status|migrate [--data DIR] [--url URL]`: the embedded PostgreSQL cluster the mesh
/// uses when it is given no database URL, and the stores' schema migrations.
enum DatabaseCommand {
  static let usage = """
    usage: mesh db <start|stop|status|migrate> [--data DIR] [--url URL]
      start    initialise (first time) and start the embedded cluster, then apply migrations
      stop     stop the embedded cluster
      status   show whether it runs and how to connect
      migrate  apply migrations to --url, or to the embedded cluster
      --data   the cluster's data folder (default: $MESH_DATA_DIR or .mesh/postgres)
      --url    a PostgreSQL URL or conninfo (migrate only; default: $MESH_DATABASE_URL)
    """

  /// Runs the command; returns the process exit status.
  /// - Parameter arguments: the arguments after `db`.
  static func run(_ arguments: [String]) async -> Int32 {
    var data = ProcessInfo.processInfo.environment["MESH_DATA_DIR"] ?? ".mesh/postgres"
    var url = ProcessInfo.processInfo.environment["MESH_DATABASE_URL"]
    var verb: String?
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      switch argument {
      case "--data", "--url":
        guard index + 1 < arguments.count else { return fail("\(argument) needs a value") }
        if argument == "--data" { data = arguments[index + 1] } else { url = arguments[index + 1] }
        index += 2
      case "-h", "--help":
        print(usage)
        return 0
      default:
        guard verb == nil, !argument.hasPrefix("-") else { return fail("unexpected argument \(argument)") }
        verb = argument
        index += 1
      }
    }
    do {
      let cluster = try EmbeddedPostgres(dataDirectory: data)
      switch verb {
      case "start":
        try await cluster.start()
        let applied = try await migrate(cluster.configuration)
        print("PostgreSQL \(try await describe(cluster))")
        print("migrations applied now: \(applied.isEmpty ? "none (schema up to date)" : applied.map(String.init).joined(separator: ", "))")
        print("url: \(cluster.connectionURL)")
      case "stop":
        try await cluster.stop()
        print("PostgreSQL stopped (\(cluster.dataDirectory))")
      case "status":
        print("PostgreSQL \(try await describe(cluster))")
        if case .running = try await cluster.status() { print("url: \(cluster.connectionURL)") }
      case "migrate":
        let applied = try await migrate(url.map { PostgresConfiguration(connectionString: $0) } ?? cluster.configuration)
        print("migrations applied now: \(applied.isEmpty ? "none (schema up to date)" : applied.map(String.init).joined(separator: ", "))")
      default:
        return fail(verb.map { "unknown command \($0)" } ?? "missing command")
      }
      return 0
    } catch {
      FileHandle.standardError.write(Data("mesh db: \(error)\n".utf8))
      return 1
    }
  }

  private static func describe(_ cluster: EmbeddedPostgres) async throws -> String {
    switch try await cluster.status() {
    case .running(let pid): return "running (pid \(pid), data \(cluster.dataDirectory))"
    case .stopped: return "stopped (data \(cluster.dataDirectory))"
    case .notInitialized: return "not initialised (no cluster in \(cluster.dataDirectory); `mesh db start` creates it)"
    }
  }

  private static func migrate(_ configuration: PostgresConfiguration) async throws -> [Int] {
    let pool = PostgresPool(configuration: configuration, maxConnections: 1)
    defer { pool.close() }
    return try await StoreMigrations.migrate(pool)
  }

  private static func fail(_ message: String) -> Int32 {
    FileHandle.standardError.write(Data("mesh db: \(message)\n\(usage)\n".utf8))
    return 64
  }
}
