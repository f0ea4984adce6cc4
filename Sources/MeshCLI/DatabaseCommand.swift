import ArgumentParser
import Foundation
import MeshInterop
import MeshPostgres
import MeshStores

/// `mesh db start|stop|status|migrate`: the embedded PostgreSQL cluster the mesh uses when it is given no
/// database URL, and the stores' schema migrations.
struct DatabaseCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "db",
    abstract: "Start, stop, migrate or show the embedded PostgreSQL.",
    subcommands: [Start.self, Stop.self, Status.self, Migrate.self])

  /// Where the embedded cluster lives; shared by every `db` subcommand.
  struct ClusterOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp(
      "The cluster's data folder (default: $MESH_DATA_DIR or .mesh/postgres).", valueName: "dir"))
    var data: String?

    /// The cluster at `--data`, `$MESH_DATA_DIR` or `.mesh/postgres`.
    func cluster() throws -> EmbeddedPostgres {
      try EmbeddedPostgres(dataDirectory: data ?? ProcessInfo.processInfo.environment["MESH_DATA_DIR"] ?? ".mesh/postgres")
    }
  }

  struct Start: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Initialise (first time) and start the embedded cluster, then apply migrations.")
    @OptionGroup var cluster: ClusterOptions

    func run() async throws {
      try await DatabaseCommand.reportingFailure {
        let cluster = try cluster.cluster()
        try await cluster.start()
        let applied = try await DatabaseCommand.migrate(cluster.configuration)
        print("PostgreSQL \(try await DatabaseCommand.describe(cluster))")
        print("migrations applied now: \(DatabaseCommand.describe(applied))")
        print("url: \(cluster.connectionURL)")
      }
    }
  }

  struct Stop: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Stop the embedded cluster.")
    @OptionGroup var cluster: ClusterOptions

    func run() async throws {
      try await DatabaseCommand.reportingFailure {
        let cluster = try cluster.cluster()
        try await cluster.stop()
        print("PostgreSQL stopped (\(cluster.dataDirectory))")
      }
    }
  }

  struct Status: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show whether the embedded cluster runs and how to connect.")
    @OptionGroup var cluster: ClusterOptions

    func run() async throws {
      try await DatabaseCommand.reportingFailure {
        let cluster = try cluster.cluster()
        print("PostgreSQL \(try await DatabaseCommand.describe(cluster))")
        if case .running = try await cluster.status() { print("url: \(cluster.connectionURL)") }
      }
    }
  }

  struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Apply the stores' migrations to --database-url, or to the embedded cluster.")
    @OptionGroup var cluster: ClusterOptions
    @Option(help: ArgumentHelp("A PostgreSQL URL or conninfo (default: $MESH_DATABASE_URL, else the embedded cluster).",
                               valueName: "url"))
    var databaseURL: String?

    func run() async throws {
      try await DatabaseCommand.reportingFailure {
        let url = databaseURL ?? ProcessInfo.processInfo.environment["MESH_DATABASE_URL"]
        let configuration = try url.map { PostgresConfiguration(connectionString: $0) } ?? cluster.cluster().configuration
        print("migrations applied now: \(DatabaseCommand.describe(try await DatabaseCommand.migrate(configuration)))")
      }
    }
  }

  /// Runs `body`; a failure is printed as one line and ends the command with status 1.
  static func reportingFailure(_ body: () async throws -> Void) async throws {
    do {
      try await body()
    } catch {
      Console.error("mesh db: \(error)")
      throw ExitCode.failure
    }
  }

  static func describe(_ cluster: EmbeddedPostgres) async throws -> String {
    switch try await cluster.status() {
    case .running(let pid): return "running (pid \(pid), data \(cluster.dataDirectory))"
    case .stopped: return "stopped (data \(cluster.dataDirectory))"
    case .notInitialized: return "not initialised (no cluster in \(cluster.dataDirectory); `mesh db start` creates it)"
    }
  }

  static func describe(_ applied: [Int]) -> String {
    applied.isEmpty ? "none (schema up to date)" : applied.map(String.init).joined(separator: ", ")
  }

  static func migrate(_ configuration: PostgresConfiguration) async throws -> [Int] {
    let pool = PostgresPool(configuration: configuration, maxConnections: 1)
    defer { pool.close() }
    return try await StoreMigrations.migrate(pool)
  }
}
