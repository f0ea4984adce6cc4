import MeshAdmin
import MeshHTTP
import MeshMetrics
import MeshTransport

/// An admin endpoint (/metrics, /healthz, /readyz) for a process that is not a `RunningService` (the
/// marketplace and the adapters), on loops of its own.
struct AdminServer {
  /// Where it listens.
  let address: SocketAddress
  /// Its readiness, which the process marks.
  let readiness: Readiness
  private let server: HTTPServer
  private let group: EventLoopGroup

  /// Starts serving on `target` (`host:port`).
  /// - Parameters:
  ///   - target: the address.
  ///   - registry: the metrics to expose.
  static func start(_ target: String, registry: MetricsRegistry = .process) throws -> AdminServer {
    guard let colon = target.lastIndex(of: ":"), let port = Int(target[target.index(after: colon)...]), (0...65535).contains(port) else {
      throw AdminAddressError(description: "--admin takes host:port, not \(target)")
    }
    var host = String(target[..<colon])
    if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
    let readiness = Readiness()
    readiness.markNotReady("starting")
    let group = EventLoopGroup(threads: 1)
    let server = HTTPServer(handler: AdminEndpoint(registry: registry, readiness: readiness).router,
                            configuration: HTTPServerConfiguration(host: host, port: port), group: group)
    do {
      return AdminServer(address: try server.start(), readiness: readiness, server: server, group: group)
    } catch {
      group.shutdown()
      throw error
    }
  }

  /// Says not ready, then closes.
  func stop() async {
    readiness.markNotReady("draining")
    await server.shutdown(gracePeriod: .seconds(1))
    group.shutdown()
  }
}

/// A malformed `--admin`.
struct AdminAddressError: Error, CustomStringConvertible {
  let description: String
}
