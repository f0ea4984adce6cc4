import ArgumentParser
import Foundation
import MeshAdmin
import MeshConfig
import MeshGateway
import MeshHTTP
import MeshLogging
import MeshMetrics
import MeshTransport

/// `mesh serve gateway [--file mesh/mesh.yaml]`: the edge gateway of the mesh file's `gateway:` part,
/// until SIGINT/SIGTERM (then it drains); SIGHUP reloads routes, clusters, call filters and the cache
/// from the file (unchanged parts keep their connections and caches).
extension ServeCommand {
  func runGateway() async throws {
    let path = meshFile.file ?? MeshFileOptions.defaultPath
    var options = meshFile
    options.file = path
    guard let (mesh, folder) = try options.load() else {
      ProcessLines.error("mesh serve gateway: needs a mesh file with a 'gateway:' section (--file)")
      throw ExitCode.validationFailure
    }
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
      throw ExitCode.failure
    }
    let reloads = GatewayReloadSignal { Self.reloadGateway(gateway, path: path) }
    await UpCommand.waitForInterrupt()
    reloads.cancel()
    readiness.markNotReady("draining")
    ProcessLines.info("mesh serve: gateway draining")
    await gateway.shutdown(gracePeriod: .seconds(10))
    await adminServer?.shutdown(gracePeriod: .seconds(1))
    group.shutdown()
    ProcessLines.info("mesh serve: gateway stopped")
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

/// Runs `reload` on every SIGHUP until cancelled.
final class GatewayReloadSignal {
  private let source: any DispatchSourceSignal

  init(reload: @escaping @Sendable () -> Void) {
    signal(SIGHUP, SIG_IGN)
    let source = DispatchSource.makeSignalSource(signal: SIGHUP, queue: DispatchQueue(label: "mesh.gateway.reload"))
    source.setEventHandler(handler: reload)
    source.resume()
    self.source = source
  }

  func cancel() { source.cancel() }
}
