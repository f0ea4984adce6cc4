public import MeshCore
import MeshAdmin
import MeshHTTP
import MeshMetrics
public import MeshPostgres
public import MeshTransport
import MeshStandardServices

/// A started service: its server, its address, its admin endpoint, and what it must release when it stops.
public final class RunningService: Sendable {
  /// The service's name (`session`, `context`, ...).
  public let name: String
  /// Where it listens.
  public let address: SocketAddress
  /// Where its admin endpoint (/metrics, /healthz, /readyz) listens, when it has one.
  public let adminAddress: SocketAddress?
  /// Its database, when it has one.
  public let pool: PostgresPool?
  private let server: GRPCServer
  private let admin: HTTPServer?
  private let readiness: Readiness
  private let health: HealthStatusStore
  private let group: EventLoopGroup
  private let cleanup: @Sendable () async -> Void

  /// Serves `services` (plus health and reflection), with the gRPC server metrics on the admin endpoint
  /// when the configuration names one, the trace context and an access log line for every call
  /// (`ServiceInterceptors`), and returns once both ports are bound.
  /// - Parameters:
  ///   - name: the service's name.
  ///   - services: the implementations to serve.
  ///   - configuration: where to listen.
  ///   - pool: the database to close on shutdown.
  ///   - cleanup: more to release on shutdown (workers, channels), run after the server drained.
  public static func start(name: String, services: [any RegistrableRPCService], configuration: ServiceConfiguration,
                           pool: PostgresPool? = nil, cleanup: @escaping @Sendable () async -> Void = {}) throws -> RunningService {
    let adminTarget = try configuration.adminAddress()
    let group = EventLoopGroup(threads: configuration.threads)
    let registry = configuration.metrics
    let readiness = Readiness()
    readiness.markNotReady("starting")
    let health = HealthStatusStore()
    let server = GRPCServer(services: services + StandardServices.make(for: services, health: health),
                            interceptors: ServiceInterceptors.server(name: name, registry: registry),
                            configuration: .init(host: configuration.host, port: configuration.port), group: group)
    var admin: HTTPServer?
    do {
      var adminAddress: SocketAddress?
      if let adminTarget {
        let endpoint = AdminEndpoint(registry: registry, readiness: readiness)
        let started = HTTPServer(handler: endpoint.router, configuration: HTTPServerConfiguration(host: adminTarget.host, port: adminTarget.port),
                                 group: group)
        adminAddress = try started.start()
        admin = started
      }
      let address = try server.start()
      readiness.markReady()
      return RunningService(name: name, address: address, adminAddress: adminAddress, pool: pool, server: server, admin: admin,
                            readiness: readiness, health: health, group: group, cleanup: cleanup)
    } catch {
      // The admin endpoint closes on the loops, so they stop after it (it has no connection yet: quick).
      if let admin {
        Task {
          await admin.shutdown(gracePeriod: .zero)
          group.shutdown()
        }
      } else {
        group.shutdown()
      }
      throw error
    }
  }

  private init(name: String, address: SocketAddress, adminAddress: SocketAddress?, pool: PostgresPool?, server: GRPCServer,
               admin: HTTPServer?, readiness: Readiness, health: HealthStatusStore, group: EventLoopGroup,
               cleanup: @escaping @Sendable () async -> Void) {
    self.name = name
    self.address = address
    self.adminAddress = adminAddress
    self.pool = pool
    self.server = server
    self.admin = admin
    self.readiness = readiness
    self.health = health
    self.group = group
    self.cleanup = cleanup
  }

  /// `host:port`, as other services' configurations name it.
  public var target: String { "\(address.host):\(address.port)" }

  /// Drains the server (readiness and health say so first, so balancers stop sending), then releases
  /// workers, the database and the admin endpoint.
  /// - Parameter gracePeriod: how long calls in flight may take.
  public func shutdown(gracePeriod: Duration = .seconds(5)) async {
    readiness.markNotReady("draining")
    health.enterShutdown()
    await server.shutdown(gracePeriod: gracePeriod)
    await cleanup()
    pool?.close()
    await admin?.shutdown(gracePeriod: .seconds(1))
    group.shutdown()
  }
}
