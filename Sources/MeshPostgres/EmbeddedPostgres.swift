import Foundation

/// A private PostgreSQL cluster in a data folder: `initdb` on first start, then `pg_ctl` start and stop,
/// listening on a Unix socket inside the folder only (`listen_addresses = ''`), with trust authentication
/// (the socket's folder is private to the server's user). Used when the mesh is given no database URL.
public struct EmbeddedPostgres: Sendable {
  /// Whether the cluster is running.
  public enum Status: Sendable, Equatable {
    /// The server runs, with this process id.
    case running(pid: Int32)
    /// The data folder is initialised but no server runs.
    case stopped
    /// The data folder holds no cluster yet.
    case notInitialized
  }

  /// The cluster's data folder.
  public let dataDirectory: String
  /// The folder of the server binaries (`initdb`, `pg_ctl`, `postgres`).
  public let binDirectory: String
  /// The database role that owns the cluster.
  public let user: String
  /// Extra server settings written to `postgresql.conf` at initdb (e.g. `["fsync": "off"]` in tests).
  public let settings: [String: String]

  /// Describes a cluster; nothing runs until `start()`.
  /// - Parameters:
  ///   - dataDirectory: the data folder (created on first start).
  ///   - binDirectory: the server binaries; found under `/usr/lib/postgresql/*/bin` when nil.
  ///   - user: the database superuser to create.
  ///   - settings: extra `postgresql.conf` settings; they come after the mesh's own, so they win (a test
  ///     can turn on TCP and TLS with `listen_addresses`, `port`, `ssl`, `ssl_cert_file`, `ssl_key_file`).
  public init(dataDirectory: String, binDirectory: String? = nil, user: String = "mesh",
              settings: [String: String] = [:]) throws {
    self.dataDirectory = URL(fileURLWithPath: dataDirectory).standardizedFileURL.path
    guard let bin = binDirectory ?? Self.findBinDirectory() else {
      throw PostgresError.invalidArgument("PostgreSQL server binaries not found: install Debian's postgresql package")
    }
    self.binDirectory = bin
    self.user = user
    self.settings = settings
    // A Unix socket path is limited to 107 bytes, and the socket file is `.s.PGSQL.5432`.
    guard self.dataDirectory.utf8.count + 14 < 107 else {
      throw PostgresError.invalidArgument("data folder path too long for a Unix socket: \(self.dataDirectory)")
    }
  }

  /// The libpq URL of the cluster (Unix socket in the data folder).
  public var connectionURL: String {
    let host = dataDirectory.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? dataDirectory
    // A `port` setting also names the socket file (`.s.PGSQL.<port>`), so the URL must carry it.
    let port = settings["port"].map { "&port=\($0)" } ?? ""
    return "postgresql://\(user)@/postgres?host=\(host)\(port)"
  }

  /// A configuration connecting to the cluster.
  public var configuration: PostgresConfiguration { PostgresConfiguration(connectionString: connectionURL) }

  /// Initialises the cluster if needed and starts it; returns when it accepts connections.
  public func start() async throws {
    if case .running = try await status() { return }
    if !FileManager.default.fileExists(atPath: dataDirectory + "/PG_VERSION") { try await initialize() }
    // A server killed without cleanup leaves its pid file behind; pg_ctl handles a stale one itself.
    try await ProcessRunner.check(binDirectory + "/pg_ctl",
                                  ["-D", dataDirectory, "-l", dataDirectory + "/server.log", "-w", "-t", "60", "start"])
  }

  /// Stops the server.
  /// - Parameter mode: `fast` (roll back sessions, checkpoint), `smart`, or `immediate` (like a crash).
  public func stop(mode: String = "fast") async throws {
    guard case .running = try await status() else { return }
    try await ProcessRunner.check(binDirectory + "/pg_ctl", ["-D", dataDirectory, "-m", mode, "-w", "-t", "60", "stop"])
  }

  /// Reports whether the cluster runs.
  public func status() async throws -> Status {
    guard FileManager.default.fileExists(atPath: dataDirectory + "/PG_VERSION") else { return .notInitialized }
    let (code, output) = try await ProcessRunner.run(binDirectory + "/pg_ctl", ["-D", dataDirectory, "status"])
    guard code == 0 else { return .stopped }
    // "pg_ctl: server is running (PID: 1234)"
    if let range = output.range(of: "PID: ") {
      let digits = output[range.upperBound...].prefix { $0.isNumber }
      return .running(pid: Int32(digits) ?? 0)
    }
    return .running(pid: 0)
  }

  private func initialize() async throws {
    // Folders made above the data folder stay enterable (as root the server runs as another user);
    // only the data folder itself is private. One call with 0700 would give every folder it makes 0700.
    let parent = URL(fileURLWithPath: dataDirectory).deletingLastPathComponent().path
    try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true,
                                            attributes: [.posixPermissions: 0o755])
    try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true,
                                            attributes: [.posixPermissions: 0o700])
    try ProcessRunner.handToServiceUser(dataDirectory)
    try checkServiceUserCanReach()
    try await ProcessRunner.check(binDirectory + "/initdb",
                                  ["-D", dataDirectory, "-U", user, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8",
                                   "--no-instructions"])
    var conf = """

      # Written by the mesh: a private cluster reached only through the Unix socket in its data folder.
      listen_addresses = ''
      unix_socket_directories = '\(dataDirectory)'
      unix_socket_permissions = 0700
      max_connections = 100
      """
    for (key, value) in settings.sorted(by: { $0.key < $1.key }) { conf += "\n\(key) = '\(value)'" }
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: dataDirectory + "/postgresql.conf"))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data((conf + "\n").utf8))
    try handle.close()
  }

  /// As root the server runs as `postgres`, which must be able to walk every folder above the data folder.
  private func checkServiceUserCanReach() throws {
    guard ProcessRunner.isRoot else { return }
    var folder = URL(fileURLWithPath: dataDirectory).deletingLastPathComponent()
    while folder.path != "/" {
      let attributes = try FileManager.default.attributesOfItem(atPath: folder.path)
      let mode = (attributes[.posixPermissions] as? Int) ?? 0
      let owner = attributes[.ownerAccountName] as? String
      if mode & 0o001 == 0 && owner != ProcessRunner.serviceUser {
        throw PostgresError.invalidArgument(
          "the server runs as user \(ProcessRunner.serviceUser), which cannot enter \(folder.path) (mode \(String(mode, radix: 8))); "
            + "choose a data folder elsewhere or `chmod o+x \(folder.path)`")
      }
      folder = folder.deletingLastPathComponent()
    }
  }

  /// The newest `/usr/lib/postgresql/N/bin`, or the folder of `pg_ctl` on `PATH`.
  static func findBinDirectory() -> String? {
    let root = "/usr/lib/postgresql"
    let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).compactMap(Int.init).sorted()
    for version in versions.reversed() where FileManager.default.isExecutableFile(atPath: "\(root)/\(version)/bin/initdb") {
      return "\(root)/\(version)/bin"
    }
    for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    where FileManager.default.isExecutableFile(atPath: "\(folder)/initdb") {
      return String(folder)
    }
    return nil
  }
}
