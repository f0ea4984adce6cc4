import Foundation

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
