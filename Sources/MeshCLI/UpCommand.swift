import Foundation
import MeshCore
import MeshInterop
import MeshPostgres
import MeshStandardServices
import MeshStores
import MeshTransport

/// `mesh up [--port N] [--host H] [--tls true] [--database_url URL | --data DIR | --database false]`:
/// runs the mesh on this machine until it is interrupted. With no database URL it starts its own
/// PostgreSQL (the embedded default: a cluster in `.mesh/postgres`, Unix socket only) and migrates it.
/// Today the RPC server serves grpc.testing.TestService with health and reflection; the reference
/// application's services join it as they are built.
enum UpCommand {
  static func run(_ arguments: [String]) async -> Int32 {
    do {
      let flags = try CommandLineFlags(arguments, known: ["port", "host", "tls", "database_url", "data", "database"])
      let environment = ProcessInfo.processInfo.environment
      let url = flags["database_url"] ?? environment["MESH_DATABASE_URL"]
      var cluster: EmbeddedPostgres?
      var pool: PostgresPool?
      if flags.bool("database", default: true) {
        if url == nil {
          let data = flags["data"] ?? environment["MESH_DATA_DIR"] ?? ".mesh/postgres"
          Console.out("mesh: starting the embedded PostgreSQL in \(data)")
          cluster = try EmbeddedPostgres(dataDirectory: data)
          try await cluster!.start()
        }
        let opened = PostgresPool(configuration: url.map { PostgresConfiguration(connectionString: $0) } ?? cluster!.configuration,
                                  maxConnections: 8)
        try await StoreMigrations.migrate(opened)
        pool = opened
        Console.out("mesh: database ready (\(url == nil ? "embedded, " + cluster!.connectionURL : "at the given URL")), migrated")
      }
      var configuration = GRPCServer.Configuration(host: flags["host"] ?? "127.0.0.1", port: try flags.int("port") ?? 50051)
      if flags.bool("tls") {
        configuration.tls = .server(certificateChain: .pem(TestCertificates.serverCertificatePEM),
                                    privateKey: .pem(TestCertificates.serverKeyPEM))
      }
      let own: [any RegistrableRPCService] = [TestServiceProvider()]
      let health = HealthStatusStore()
      let server = GRPCServer(services: own + StandardServices.make(for: own, health: health), configuration: configuration)
      let address = try server.start()
      let scheme = configuration.tls == nil ? "h2c" : "TLS (test certificate for *.test.google.fr)"
      Console.out("""
        mesh: serving on \(address) over \(scheme)
          services: grpc.testing.TestService, grpc.health.v1.Health, grpc.reflection.v1(alpha).ServerReflection
          try it:   swift run interop-client --server_port \(address.port) --test_case all
                    grpcurl -plaintext \(address) list            (reflection)
                    grpcurl -plaintext \(address) grpc.health.v1.Health/Check
          stop:     Ctrl-C (in-flight calls finish: graceful drain)
        """)
      await waitForInterrupt()
      Console.out("mesh: draining")
      health.enterShutdown()
      await server.shutdown(gracePeriod: .seconds(10))
      pool?.close()
      if let cluster { try await cluster.stop() }
      return 0
    } catch {
      Console.error("mesh up: \(error)")
      return 1
    }
  }

  /// Waits for SIGINT or SIGTERM (through Dispatch signal sources: the loops' threads exist already,
  /// so a per-thread signal mask could not catch them).
  static func waitForInterrupt() async {
    await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
      let resumed = NSLock()
      var done = false
      var sources: [any DispatchSourceSignal] = []
      for number in [SIGINT, SIGTERM] {
        signal(number, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
        source.setEventHandler {
          resumed.lock()
          defer { resumed.unlock() }
          guard !done else { return }
          done = true
          continuation.resume()
        }
        source.resume()
        sources.append(source)
      }
      // The sources must outlive this scope: they are kept until the process exits.
      UpCommand.signalSources = sources
    }
  }

  nonisolated(unsafe) static var signalSources: [any DispatchSourceSignal] = []
}
