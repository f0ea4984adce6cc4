public import MeshCore
public import MeshTransport
import Logging
import MeshLogging
import MeshMetrics
import MeshProtos
import MeshStandardServices

/// What every adapter needs to run alone (`mesh serve search`, …): where to listen and the marketplace.
public struct AdapterConfiguration: Sendable {
  /// The numeric host to bind.
  public var host: String
  /// The gRPC port; 0 picks a free one.
  public var port: Int
  /// The marketplace and how to call it.
  public var marketplace: MarketplaceClientConfiguration

  /// Creates a configuration.
  /// - Parameters:
  ///   - host: the host to bind.
  ///   - port: the port.
  ///   - marketplace: the marketplace client's settings.
  public init(host: String = "127.0.0.1", port: Int = 0, marketplace: MarketplaceClientConfiguration) {
    self.host = host
    self.port = port
    self.marketplace = marketplace
  }
}

/// A running adapter: its gRPC server and its marketplace client.
public final class AdapterServer: Sendable {
  /// The gRPC server.
  public let server: GRPCServer
  /// The address it listens on.
  public let address: SocketAddress
  /// The marketplace client (its breaker can be inspected).
  public let client: MarketplaceClient

  /// Starts a gRPC server for services built on one marketplace client.
  /// - Parameters:
  ///   - configuration: where to listen and the marketplace.
  ///   - group: event loops.
  ///   - services: makes the services from the client.
  public init(configuration: AdapterConfiguration, group: EventLoopGroup,
              services: (MarketplaceClient) -> [any RegistrableRPCService]) throws {
    let client = try MarketplaceClient(configuration: configuration.marketplace, group: group)
    // Health and reflection beside the adapters, as every mesh server has them (grpcurl, `mesh status`).
    let own = services(client)
    // The same interceptors as every service's server: metrics (with each generated method's kind), the
    // trace context, the access log.
    let kinds = GRPCMethodKinds(paths: ProtoRegistry.methods.values.map {
      (path: $0.path, clientStreaming: $0.clientStreaming, serverStreaming: $0.serverStreaming)
    })
    let server = GRPCServer(services: own + StandardServices.make(for: own),
                            interceptors: [GRPCServerMetricsInterceptor(metrics: GRPCServerMetrics(registry: .process), kinds: kinds),
                                           TracingServerInterceptor(), RequestLoggingInterceptor(logger: Logger(label: "mesh.adapters.access"))],
                            configuration: .init(host: configuration.host, port: configuration.port), group: group)
    self.address = try server.start()
    self.server = server
    self.client = client
  }

  /// Drains the server and closes the client's connections.
  public func stop() async {
    await server.shutdown(gracePeriod: .seconds(2))
    client.shutdown()
  }
}
