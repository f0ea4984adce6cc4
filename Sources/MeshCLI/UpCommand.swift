import ArgumentParser
import Foundation
import Logging
import MeshAdmin
import MeshConfig
import MeshCore
import MeshHTTP
import MeshInterop
import MeshLogging
import MeshMetrics
import MeshProtos
import MeshPostgres
import MeshStandardServices
import MeshStores
import MeshTransport

/// `mesh up [--file mesh/mesh.yaml]`: runs the mesh the mesh file describes on this machine until it is
/// interrupted. With no database URL it starts its own PostgreSQL (the embedded default: a cluster in
/// `.mesh/postgres`, Unix socket only) and migrates it. Today it serves the `interop` service
/// (grpc.testing.TestService with health and reflection); the reference application's services join it
/// as they are built. A failure at any step stops what was started. Flags override the file.
struct UpCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "up",
    abstract: "Run the mesh on this machine (embedded PostgreSQL unless a URL is given).",
    discussion: "Ctrl-C or SIGTERM drains the servers, then stops PostgreSQL.")

  @OptionGroup var meshFile: MeshFileOptions

  @Option(help: "The address the RPC server listens on (default: the interop service's in the mesh file, else 127.0.0.1).")
  var host: String?

  @Option(help: "The RPC server's port, 0 for any free port (default: the mesh file's, else 50051).")
  var port: Int?

  @Flag(help: "Serve TLS with the bundled test certificate (*.test.google.fr, localhost, 127.0.0.1).")
  var tls = false

  @Option(help: ArgumentHelp("A PostgreSQL URL or conninfo (default: $MESH_DATABASE_URL, else the embedded cluster).",
                             valueName: "url"))
  var databaseURL: String?

  @Option(help: ArgumentHelp("The embedded cluster's data folder (default: $MESH_DATA_DIR or .mesh/postgres).",
                             valueName: "dir"))
  var data: String?

  @Flag(help: "Run without a database.")
  var noDatabase = false

  func validate() throws {
    if let port, !(0...65535).contains(port) { throw ValidationError("--port takes 0...65535, not \(port)") }
    if noDatabase && (databaseURL != nil || data != nil) {
      throw ValidationError("--no-database cannot be combined with --database-url or --data")
    }
  }

  func run() async throws {
    let mesh = try meshFile.load()
    let started = StartedParts()
    do {
      try await start(mesh?.file, into: started)
      await Self.waitForInterrupt()
      Console.out("mesh: draining")
    } catch {
      Console.error("mesh up: \(error)")
      await started.stopAll { Console.error("mesh up: stopping \($0)") }
      throw ExitCode.failure
    }
    await started.stopAll { Console.out("mesh: stopping \($0)") }
  }

  /// Starts the database (when wanted) and the RPC server, recording each in `started`.
  private func start(_ mesh: MeshFile?, into started: StartedParts) async throws {
    let environment = ProcessInfo.processInfo.environment
    let database = mesh?.databaseOrDefault ?? DatabaseSpec()
    if !noDatabase {
      let url = try databaseURL ?? environment["MESH_DATABASE_URL"] ?? database.url.map(SecretReader.read)
      let configuration: PostgresConfiguration
      if let url {
        configuration = PostgresConfiguration(connectionString: url)
      } else {
        let folder = data ?? environment["MESH_DATA_DIR"] ?? database.embedded?.data ?? ".mesh/postgres"
        Console.out("mesh: starting the embedded PostgreSQL in \(folder)")
        let cluster = try EmbeddedPostgres(dataDirectory: folder)
        try await cluster.start()
        await started.add("PostgreSQL (\(folder))") { try? await cluster.stop() }
        configuration = cluster.configuration
      }
      let pool = PostgresPool(configuration: configuration, maxConnections: database.maxConnections ?? 8)
      await started.add("the database pool") { pool.close() }
      try await StoreMigrations.migrate(pool)
      Console.out("mesh: database ready (\(url == nil ? "embedded, " + configuration.connectionString : "at the given URL")), migrated")
    }
    let interop = mesh?.allServices.first { $0.resolvedRole == .interop }
    var configuration = GRPCServer.Configuration(host: host ?? interop?.listen.host ?? "127.0.0.1",
                                                 port: port ?? interop?.listen.port ?? 50051)
    if tls {
      configuration.tls = .server(certificateChain: .pem(TestCertificates.serverCertificatePEM),
                                  privateKey: .pem(TestCertificates.serverKeyPEM))
    }
    let own: [any RegistrableRPCService] = [TestServiceProvider()]
    let health = HealthStatusStore()
    let group = EventLoopGroup()
    await started.add("the event loops") { group.shutdown() }
    let metricsSettings = mesh?.metricsOrDefault ?? MetricsSpec()
    let registry = MetricsRegistry()
    let metrics = GRPCServerMetrics(registry: registry, latencyBuckets: metricsSettings.latencyBuckets ?? Histogram.latencyBounds)
    let readiness = Readiness()
    if let admin = interop?.admin, metricsSettings.enabled != false {
      let endpoint = AdminEndpoint(registry: registry, readiness: readiness, metricsPath: metricsSettings.path ?? "/metrics")
      let adminServer = HTTPServer(handler: endpoint.router, configuration: HTTPServerConfiguration(host: admin.host, port: admin.port),
                                   group: group)
      let adminAddress = try adminServer.start()
      await started.add("the admin endpoint on \(adminAddress)") { await adminServer.shutdown(gracePeriod: .seconds(2)) }
      Console.out("mesh: admin on \(adminAddress): \(endpoint.metricsPath), /healthz, /readyz")
    }
    let interceptor = GRPCServerMetricsInterceptor(metrics: metrics, kinds: Self.testServiceKinds)
    // The access log: JSON lines (or text) on standard error, at the mesh file's level; the banner stays on stdout.
    let logging = mesh?.loggingOrDefault ?? LoggingSpec()
    let level = Logger.Level(rawValue: (logging.level ?? .info).rawValue) ?? .info
    if logging.format == .text {
      MeshLoggingSystem.bootstrapText(level: level)
    } else {
      MeshLoggingSystem.bootstrap(service: interop?.name ?? "interop", level: level, sink: StandardOutputSink(descriptor: 2))
    }
    let server = GRPCServer(services: own + StandardServices.make(for: own, health: health),
                            interceptors: [interceptor, TracingServerInterceptor(),
                                           RequestLoggingInterceptor(logger: Logger(label: "mesh.access"))],
                            configuration: configuration, group: group)
    let address = try server.start()
    readiness.markReady()
    await started.add("the RPC server on \(address)") {
      readiness.markNotReady("draining")
      health.enterShutdown()
      await server.shutdown(gracePeriod: .seconds(10))
    }
    let scheme = configuration.tls == nil ? "h2c" : "TLS (test certificate for *.test.google.fr)"
    let plaintext = configuration.tls == nil ? "-plaintext " : ""
    Console.out("""
      mesh: serving on \(address) over \(scheme)
        services: grpc.testing.TestService, grpc.health.v1.Health, grpc.reflection.v1(alpha).ServerReflection
        try it:   swift run interop-client --server_port \(address.port) --test_case all
                  grpcurl \(plaintext)\(address) list            (reflection)
                  grpcurl \(plaintext)\(address) grpc.health.v1.Health/Check
        stop:     Ctrl-C (in-flight calls finish: graceful drain)
      """)
    let waiting = (mesh?.allServices ?? []).filter { $0.resolvedRole != .interop }
      .map { $0.replicaCount == 1 ? $0.name : "\($0.name) ×\($0.replicaCount)" }
    if !waiting.isEmpty || mesh?.gateway != nil {
      Console.out("  not run by mesh up yet: \((waiting + (mesh?.gateway == nil ? [] : ["gateway"])).joined(separator: ", "))")
    }
  }

  /// grpc.testing.TestService's methods by kind, for the metrics' grpc_type label.
  static let testServiceKinds: [MethodDescriptor: RPCKind] = {
    typealias Test = Grpc_Testing_TestService.Method
    let unary = [Test.emptyCall, Test.unimplementedCall].map(GRPCServerMetricsInterceptor.entry)
      + [Test.unaryCall, Test.cacheableUnaryCall].map(GRPCServerMetricsInterceptor.entry)
    let streams = [GRPCServerMetricsInterceptor.entry(Test.streamingOutputCall), GRPCServerMetricsInterceptor.entry(Test.streamingInputCall),
                   GRPCServerMetricsInterceptor.entry(Test.fullDuplexCall), GRPCServerMetricsInterceptor.entry(Test.halfDuplexCall)]
    return Dictionary(unary + streams, uniquingKeysWith: { first, _ in first })
  }()

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

  /// Written once, by `waitForInterrupt`, before anything else can read it.
  nonisolated(unsafe) static var signalSources: [any DispatchSourceSignal] = []
}
