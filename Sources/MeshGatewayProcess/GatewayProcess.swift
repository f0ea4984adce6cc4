import Foundation
import MeshAdmin
import MeshConfig
import MeshGateway
import MeshHTTP
import MeshLogging
import MeshMetrics
import MeshProcessSupport
import MeshTransport

/// The gateway process: the edge gateway of a mesh file's `gateway:` part, until SIGINT/SIGTERM (then it
/// drains); SIGHUP reloads routes, clusters, call filters and the cache from the file (unchanged parts keep
/// their connections and caches). What `mesh-gateway` runs, and `mesh serve gateway` when no `mesh-gateway`
/// sits beside `mesh`; a library so that both run the same code.
public enum GatewayProcess {
  /// The exit status of a mesh file that could not be read, or a gateway that could not start.
  public static let failureStatus: Int32 = 1
  /// The exit status of a mesh file with problems (EX_DATAERR, as `mesh check`).
  public static let invalidFileStatus: Int32 = 65
  /// The exit status of a mesh file without a `gateway:` section (EX_USAGE).
  public static let usageStatus: Int32 = 64

  /// Serves the gateway of the mesh file at `path` until interrupted.
  /// - Returns: the process's exit status (0 after a drain).
  public static func run(path: String) async -> Int32 {
    let check: MeshFileCheck
    do {
      check = try MeshFileLoader.load(path: path)
    } catch {
      ProcessLines.error("mesh: cannot read \(path): \(error.localizedDescription)")
      return failureStatus
    }
    guard let mesh = check.file else {
      for problem in check.problems { ProcessLines.error(problem.formatted(file: path)) }
      ProcessLines.error("mesh: \(path) has problems; `mesh check \(path)` lists them")
      return invalidFileStatus
    }
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    let group = EventLoopGroup()
    let registry = MetricsRegistry.process
    let readiness = Readiness()
    let gateway: GatewayServer
    var adminServer: HTTPServer?
    do {
      let configuration = try GatewayConfiguration(file: mesh, folder: folder)
      gateway = try GatewayServer(configuration: configuration, observer: GatewayMetrics(registry: registry),
                                  accessLog: AccessLog(sink: BufferedLogSink(descriptor: 1)), group: group)
      for (name, address) in try await gateway.start().sorted(by: { $0.key < $1.key }) {
        ProcessLines.info("mesh serve: gateway listener \(name) listening on \(address)")
      }
      for listener in configuration.listeners {
        if let tls = listener.tls { CertificateExpiryMetric.record(listener: listener.name, tls: tls, registry: registry) }
      }
      if let admin = configuration.admin {
        let endpoint = AdminEndpoint(registry: registry, readiness: readiness)
        let server = HTTPServer(handler: endpoint.router,
                                configuration: HTTPServerConfiguration(host: admin.host, port: admin.port), group: group)
        ProcessLines.info("mesh serve: gateway admin listening on \(try server.start())")
        adminServer = server
      }
      readiness.markReady()
    } catch {
      ProcessLines.error("mesh serve gateway: could not start", error: error)
      group.shutdown()
      return failureStatus
    }
    let reloads = GatewayReloadSignal { Self.reloadGateway(gateway, path: path) }
    await InterruptSignal().wait()
    reloads.cancel()
    readiness.markNotReady("draining")
    ProcessLines.info("mesh serve: gateway draining")
    await gateway.shutdown(gracePeriod: .seconds(10))
    await adminServer?.shutdown(gracePeriod: .seconds(1))
    group.shutdown()
    ProcessLines.info("mesh serve: gateway stopped")
    return 0
  }

  /// Reads the file again: a valid one replaces routes and clusters, an invalid one is refused with
  /// every problem's line and column, and the running configuration stays.
  static func reloadGateway(_ gateway: GatewayServer, path: String) {
    do {
      let check = try MeshFileLoader.load(path: path)
      guard let mesh = check.file else {
        for problem in check.problems { ProcessLines.error(problem.formatted(file: path)) }
        ProcessLines.error("mesh serve: gateway reload refused: \(path) has problems; the running configuration stays")
        return
      }
      let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
      try gateway.reload(try GatewayConfiguration(file: mesh, folder: folder))
      ProcessLines.info("mesh serve: gateway reloaded \(path)")
    } catch {
      ProcessLines.error("mesh serve: gateway reload refused: \(error); the running configuration stays")
    }
  }
}
