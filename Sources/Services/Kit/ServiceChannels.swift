public import MeshCore
import MeshTransport
import Synchronization

/// The channels a service opens to its dependencies, closed together when it stops. Their clients pass
/// the trace on and record the gRPC client metrics (`ServiceInterceptors.client`).
public final class ServiceChannels: Sendable {
  private let group: EventLoopGroup
  private let channels = Mutex<[String: GRPCChannel]>([:])
  private let configuration: ServiceConfiguration

  /// Channels for the dependencies named in `configuration`.
  /// - Parameter configuration: where the dependencies are.
  public init(_ configuration: ServiceConfiguration) {
    self.configuration = configuration
    group = EventLoopGroup(threads: 1)
  }

  /// A client of the dependency `name` (one channel per dependency, opened on first use).
  /// - Parameter name: the dependency.
  public func client(_ name: String) throws -> GRPCClient {
    let (host, port) = try configuration.dependency(name)
    let channel = try channels.withLock { channels -> GRPCChannel in
      if let channel = channels[name] { return channel }
      let channel = try GRPCChannel(host: host, port: port, group: group)
      channels[name] = channel
      return channel
    }
    return GRPCClient(transport: channel, interceptors: ServiceInterceptors.client(registry: configuration.metrics))
  }

  /// Whether the configuration names the dependency.
  /// - Parameter name: the dependency.
  public func has(_ name: String) -> Bool { configuration.dependencies[name] != nil }

  /// Closes every channel and the event loop.
  public func close() {
    channels.withLock { channels in
      channels.values.forEach { $0.close() }
      channels.removeAll()
    }
    group.shutdown()
  }
}
