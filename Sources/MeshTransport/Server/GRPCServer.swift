public import MeshCore

/// A gRPC server over HTTP/2: the shorthand of an `RPCServer` on an `HTTP2ServerTransport` (h2c with
/// prior knowledge, or TLS with ALPN h2; see the transport for HTTP/1.1 hand-off, fallback and relay).
public final class GRPCServer: Sendable {
  /// Where and how the server listens.
  public typealias Configuration = HTTP2ServerTransport.Configuration

  private let server: RPCServer<HTTP2ServerTransport>

  /// Creates a server.
  /// - Parameters:
  ///   - services: the services to serve.
  ///   - interceptors: what every call goes through before its handler, the first outermost.
  ///   - configuration: where and how to listen.
  ///   - group: the event loops; by default one per core.
  public init(services: [any RegistrableRPCService], interceptors: [any ServerInterceptor] = [],
              configuration: Configuration = Configuration(), group: EventLoopGroup = EventLoopGroup()) {
    server = RPCServer(transport: HTTP2ServerTransport(configuration: configuration, group: group), services: services,
                       interceptors: interceptors)
  }

  /// Binds and starts accepting; returns the address it listens on.
  /// - Throws: `ServerLimits.InvalidLimit` when a limit does not fit HTTP/2 (checked before binding),
  ///   `SystemCallError` when the address cannot be bound, `RPCError` when it started before.
  @discardableResult
  public func start() throws -> SocketAddress { try server.start() }

  /// Stops accepting, drains every connection (GOAWAY; calls in flight finish, new ones are refused),
  /// and closes what is still open after `gracePeriod`.
  /// - Parameter gracePeriod: how long calls in flight may take to finish.
  public func shutdown(gracePeriod: Duration = .seconds(5)) async { await server.shutdown(gracePeriod: gracePeriod) }
}
