public import MeshCore
public import MeshPostgres
public import MeshTransport
import MeshStandardServices

/// A started service: its server, its address, and what it must release when it stops.
public final class RunningService: Sendable {
  /// The service's name (`session`, `context`, ...).
  public let name: String
  /// Where it listens.
  public let address: SocketAddress
  /// Its database, when it has one.
  public let pool: PostgresPool?
  private let server: GRPCServer
  private let group: EventLoopGroup
  private let cleanup: @Sendable () async -> Void

  /// Serves `services` (plus health and reflection) and returns once the port is bound.
  /// - Parameters:
  ///   - name: the service's name.
  ///   - services: the implementations to serve.
  ///   - configuration: where to listen.
  ///   - pool: the database to close on shutdown.
  ///   - cleanup: more to release on shutdown (workers, channels), run after the server drained.
  public static func start(name: String, services: [any RegistrableRPCService], configuration: ServiceConfiguration,
                           pool: PostgresPool? = nil, cleanup: @escaping @Sendable () async -> Void = {}) throws -> RunningService {
    let group = EventLoopGroup(threads: configuration.threads)
    let server = GRPCServer(services: services + StandardServices.make(for: services, health: HealthStatusStore()),
                            configuration: .init(host: configuration.host, port: configuration.port), group: group)
    do {
      let address = try server.start()
      return RunningService(name: name, address: address, pool: pool, server: server, group: group, cleanup: cleanup)
    } catch {
      group.shutdown()
      throw error
    }
  }

  private init(name: String, address: SocketAddress, pool: PostgresPool?, server: GRPCServer, group: EventLoopGroup,
               cleanup: @escaping @Sendable () async -> Void) {
    self.name = name
    self.address = address
    self.pool = pool
    self.server = server
    self.group = group
    self.cleanup = cleanup
  }

  /// `host:port`, as other services' configurations name it.
  public var target: String { "\(address.host):\(address.port)" }

  /// Drains the server, then releases workers and the database.
  /// - Parameter gracePeriod: how long calls in flight may take.
  public func shutdown(gracePeriod: Duration = .seconds(5)) async {
    await server.shutdown(gracePeriod: gracePeriod)
    await cleanup()
    pool?.close()
    group.shutdown()
  }
}
