public import MeshMetrics
import MeshTransport

/// How a service of the assistant starts: where it listens, its database, and where its dependencies are.
public struct ServiceConfiguration: Sendable {
  /// The numeric host to bind.
  public var host: String
  /// The port; 0 picks a free one.
  public var port: Int
  /// A PostgreSQL URL or conninfo; nil for the embedded cluster in `dataDirectory`.
  public var databaseURL: String?
  /// The embedded cluster's data folder, used only when `databaseURL` is nil.
  public var dataDirectory: String
  /// Other services by name (`nlu`, `order`, ...) at `host:port`.
  public var dependencies: [String: String]
  /// Free-form settings of one service (`keyring`, `limits`, ...).
  public var settings: [String: String]
  /// The admin endpoint's `host:port` (/metrics, /healthz, /readyz); nil serves none.
  public var admin: String?
  /// Where the service's metrics go (server, client, pool, queue, assistant): the process's registry
  /// by default, which its admin endpoint serves.
  public var metrics: MetricsRegistry = .process
  /// Event-loop threads of the server (one per core by default).
  public var threads: Int = EventLoopGroup.coreCount

  /// Creates a configuration.
  /// - Parameters:
  ///   - host: the host to bind.
  ///   - port: the port; 0 picks one.
  ///   - databaseURL: the database; nil for the embedded one.
  ///   - dataDirectory: the embedded cluster's folder.
  ///   - dependencies: other services' addresses by name.
  ///   - settings: service-specific settings.
  public init(host: String = "127.0.0.1", port: Int = 0, databaseURL: String? = nil,
              dataDirectory: String = ".mesh/postgres", dependencies: [String: String] = [:],
              settings: [String: String] = [:]) {
    self.host = host
    self.port = port
    self.databaseURL = databaseURL
    self.dataDirectory = dataDirectory
    self.dependencies = dependencies
    self.settings = settings
  }

  /// The address of a dependency, split into host and port.
  /// - Parameter name: the dependency's name.
  /// - Throws: `ServiceSetupError` when it is missing or malformed.
  public func dependency(_ name: String) throws -> (host: String, port: Int) {
    guard let address = dependencies[name] else { throw ServiceSetupError("no address for the dependency '\(name)'") }
    let split = try Self.split(address, name: name)
    guard split.port > 0 else { throw ServiceSetupError("the address of '\(name)' has port 0: \(address)") }
    return split
  }

  /// The admin endpoint's address, split; nil when there is none.
  /// - Throws: `ServiceSetupError` when it is malformed.
  public func adminAddress() throws -> (host: String, port: Int)? {
    try admin.map { try Self.split($0, name: "admin") }
  }

  /// `host:port` (or `[v6]:port`) split; port 0 is allowed only for binding.
  static func split(_ address: String, name: String) throws -> (host: String, port: Int) {
    guard let colon = address.lastIndex(of: ":"), let port = Int(address[address.index(after: colon)...]), port >= 0, port <= 65535 else {
      throw ServiceSetupError("the address of '\(name)' is not host:port: \(address)")
    }
    var host = String(address[..<colon])
    if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
    return (host, port)
  }
}

/// A service could not start: a setting is missing or wrong.
public struct ServiceSetupError: Error, Sendable, CustomStringConvertible {
  /// What is wrong.
  public let description: String
  /// Creates the error.
  /// - Parameter description: what is wrong.
  public init(_ description: String) { self.description = description }
}
