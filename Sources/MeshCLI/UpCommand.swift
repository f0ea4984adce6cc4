import ArgumentParser
import Foundation
import MeshConfig
import MeshInterop
import MeshPostgres
import MeshProcessSupport
import MeshStores
import MeshSupervision
import MeshTransport

/// `mesh up [--file mesh/mesh.yaml]`: the supervisor of the whole mesh on this machine. It starts the
/// embedded PostgreSQL (unless a URL is given) and migrates it, then every service of the mesh file as a
/// child process of its own (`mesh serve ROLE` of this binary, one per replica, each on its port), wave by
/// wave in dependency order (the gateway last), each wave once the previous one is healthy. It shows a live
/// status table on a terminal (plain lines otherwise), restarts a crashed service with backoff and gives up
/// on one that keeps crashing, and on Ctrl-C or SIGTERM stops the gateway, then the services in reverse
/// order, then PostgreSQL. A failure at any step stops what was started. Children die with it
/// (parent-death signal), so even a SIGKILLed supervisor leaves no service running.
struct UpCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "up",
    abstract: "Run every service of the mesh file on this machine, supervised (embedded PostgreSQL unless a URL is given).",
    discussion: """
      Keys the services need (message keyring, PII key, API-key pepper, JWT signing key) come from where the mesh \
      file's keys: say; when absent, development keys are generated into STATE/keys/ and announced. Each child's \
      output goes to STATE/logs/SERVICE-REPLICA.log. Ctrl-C, SIGTERM or SIGHUP (the terminal closing) drains: gateway, \
      services, PostgreSQL.
      """)

  @OptionGroup var meshFile: MeshFileOptions

  @Option(help: ArgumentHelp("A PostgreSQL URL or conninfo (default: $MESH_DATABASE_URL, the mesh file's, else the embedded cluster).",
                             valueName: "url"))
  var databaseURL: String?

  @Option(help: ArgumentHelp("The embedded cluster's data folder (default: $MESH_DATA_DIR, the mesh file's, else STATE/postgres).",
                             valueName: "dir"))
  var data: String?

  @Flag(help: "Run without a database (only for services that need none: interop, nlu, ratelimit).")
  var noDatabase = false

  @Option(help: ArgumentHelp("The folder for generated development keys and the services' logs.", valueName: "dir"))
  var state = ".mesh"

  @Option(help: ArgumentHelp("How long each wave of services may take to become healthy, in seconds (the marketplace's five times more: it seeds its data; nlu's three times: it fits its intent heads on a first start).",
                             valueName: "seconds"))
  var startupTimeout = 60

  @Option(help: ArgumentHelp("How long a service may take to drain after SIGTERM before SIGKILL, in seconds.", valueName: "seconds"))
  var grace = 10

  func validate() throws {
    if noDatabase && (databaseURL != nil || data != nil) {
      throw ValidationError("--no-database cannot be combined with --database-url or --data")
    }
    guard (1...3600).contains(startupTimeout) else { throw ValidationError("--startup-timeout takes 1...3600 seconds, not \(startupTimeout)") }
    guard (0...600).contains(grace) else { throw ValidationError("--grace takes 0...600 seconds, not \(grace)") }
  }

  /// Roles that keep state in PostgreSQL.
  static let statefulRoles: Set<ServiceRole> = [.chat, .context, .session, .processor, .marketplace, .auth, .analytics]

  func run() async throws {
    // SIGHUP too: when the terminal that runs `mesh up` closes, the services die of the hangup, but PostgreSQL
    // takes SIGHUP as "reload its configuration" and stayed running, orphaned; caught, it drains as Ctrl-C does.
    let interrupt = InterruptSignal(signals: [SIGINT, SIGTERM, SIGHUP])
    guard let (mesh, folder) = try meshFile.load() else {
      Console.error("mesh up: no mesh file (give --file, or run where mesh/mesh.yaml is)")
      throw ExitCode.failure
    }
    let path = meshFile.file ?? MeshFileOptions.defaultPath
    let began = ContinuousClock.now
    let started = StartedParts()
    let display = StatusDisplay(footer: "logs: \(state)/logs/   stop: Ctrl-C (gateway, services" + (noDatabase ? ")" : ", then PostgreSQL)"))
    var supervisor: Supervisor?
    let group = EventLoopGroup(threads: 1)
    let probe = HealthProbe(group: group, timeout: .seconds(2))
    defer {
      probe.close()
      group.shutdown()
    }
    do {
      let needsDatabase = mesh.allServices.contains { $0.resolvedRole.map(Self.statefulRoles.contains) ?? false }
      if noDatabase && needsDatabase {
        throw ValidationError("--no-database: the mesh file has services that keep state in PostgreSQL")
      }
      try FileManager.default.createDirectory(atPath: state + "/logs", withIntermediateDirectories: true)
      let keys = try DevelopmentKeys.resolve(mesh: mesh, folder: folder, state: state) { Console.out($0) }
      var environment = keys.environment
      // Every process logs as the file's `logging:` says (`mesh serve` reads these).
      environment[ServeLogging.formatVariable] = (mesh.loggingOrDefault.format ?? .json).rawValue
      environment[ServeLogging.levelVariable] = (mesh.loggingOrDefault.level ?? .info).rawValue
      if !noDatabase { environment["MESH_DATABASE_URL"] = try await startDatabase(mesh, into: started) }
      if interrupt.isInterrupted { throw Supervisor.StartFailure(description: "interrupted during start-up") }
      let hasGateway = mesh.gateway != nil
      let plan = try StartPlan.make(mesh: mesh, meshFilePath: URL(fileURLWithPath: path).path, includeGateway: hasGateway,
                                    freePort: FreePort.find)
      let replicas = plan.replicas.map { replica -> PlannedReplica in
        guard replica.role == .auth else { return replica }
        let settings = keys.authSettings.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: ",")
        return PlannedReplica(service: replica.service, role: replica.role, index: replica.index, listen: replica.listen,
                              admin: replica.admin, arguments: replica.arguments + ["--set", settings], wave: replica.wave)
      }
      let running = Supervisor(plan: StartPlan(replicas: replicas), executable: Self.executablePath, environment: environment,
                               logFolder: state + "/logs", display: display, interrupt: interrupt,
                               policy: RestartPolicy(), startupTimeout: .seconds(startupTimeout), grace: .seconds(grace))
      supervisor = running
      await started.add("the services") { await running.stopAll() }
      Console.out("mesh: starting \(replicas.count) processes in \(plan.waves.count) waves"
        + (hasGateway ? "" : " (the mesh file has no gateway section)"))
      try await running.start(probe: probe)
      let took = ContinuousClock.now - began
      display.message("mesh: all services healthy in \(String(format: "%.1f", Double(took.components.seconds) + Double(took.components.attoseconds) / 1e18)) s")
      await Self.printHowToTalk(replicas, display: display)
    } catch {
      display.message("mesh up: \(error)")
      await started.stopAll { name in display.message("mesh: stopping \(name)") }
      display.finish()
      if error is ValidationError { throw error }
      throw ExitCode.failure
    }
    await interrupt.wait()
    display.message("mesh: draining")
    await started.stopAll { name in display.message("mesh: stopping \(name)") }
    display.finish()
    _ = supervisor
  }

  /// Starts (or reaches) the database, migrates it, and returns the connection string children use.
  private func startDatabase(_ mesh: MeshFile, into started: StartedParts) async throws -> String {
    let environment = ProcessInfo.processInfo.environment
    let database = mesh.databaseOrDefault
    let url = try databaseURL ?? environment["MESH_DATABASE_URL"] ?? database.url.map(SecretReader.read)
    let configuration: PostgresConfiguration
    if let url {
      configuration = PostgresConfiguration(connectionString: url)
    } else {
      let folder = data ?? environment["MESH_DATA_DIR"] ?? database.embedded?.data ?? state + "/postgres"
      Console.out("mesh: starting the embedded PostgreSQL in \(folder)")
      // Every service keeps a pool (lazily filled), and chat and the processor listen: more than the default 100.
      let cluster = try EmbeddedPostgres(dataDirectory: folder, settings: ["max_connections": "200"])
      await started.add("PostgreSQL (\(folder))") { try? await cluster.stop() }
      try await cluster.start()
      // pg_ctl detaches the server: without a watchdog it would outlive a `mesh up` killed by SIGKILL (the services
      // die with it by their parent-death signal), holding its memory and its data folder until someone stops it.
      try cluster.stopWhenProcessDies(.stopServer)
      configuration = cluster.configuration
    }
    let pool = PostgresPool(configuration: configuration, maxConnections: 2)
    defer { pool.close() }
    try await StoreMigrations.migrate(pool)
    Console.out("mesh: database ready (\(url == nil ? "embedded" : "at the given URL")), migrated")
    return configuration.connectionString
  }

  /// The lines that say how to talk to the mesh that now runs.
  static func printHowToTalk(_ replicas: [PlannedReplica], display: StatusDisplay) async {
    if let chat = replicas.first(where: { $0.role == .chat }) {
      display.message("mesh: talk to the assistant: mesh chat --target \(StartPlan.dialable(chat.listen.host)):\(chat.listen.port)")
    }
    // The services of `mesh up` listen in cleartext (the gateway is the TLS edge), and `mesh call`
    // defaults to TLS like grpcurl, so the hint carries --plaintext.
    if let any = replicas.first(where: { $0.speaksGRPC && $0.role != .gateway }) {
      display.message("mesh: call any service: mesh call --plaintext \(StartPlan.dialable(any.listen.host)):\(any.listen.port) list")
    }
  }

  /// This binary, which the children run as `mesh serve ROLE`.
  static var executablePath: String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
  }

  /// Waits for SIGINT or SIGTERM (what `mesh serve` and other long-running commands stop on).
  static func waitForInterrupt() async {
    await InterruptSignal().wait()
  }
}
