import MeshCore
import MeshGateway
import MeshInterop

/// The gateway's front serving the gRPC-Web and Connect protocols over real sockets, on h2c (the
/// transport's server) and HTTP/1.1 (MeshHTTP's), with MeshInterop's TestService in process behind them.
/// Shared by the gRPC-Web and Connect socket tests.
enum GRPCWebGatewayFront {
  /// The origin the tests' CORS policy allows.
  static let origin = "http://localhost:8080"

  /// Starts the servers.
  static func start() throws -> FrontServers {
    let cors = EdgeCORSPolicy(allowedOrigins: [Self.origin])
    let catalog = ConnectMethodCatalog(extraGetMethods: ["/grpc.testing.TestService/CacheableUnaryCall"])
    let front = EdgeFront(protocols: [GRPCWebProtocol(configuration: GRPCWebConfiguration(cors: cors)),
                                      ConnectProtocol(configuration: ConnectConfiguration(cors: cors, catalog: catalog))],
                          dispatcher: RouterDispatcher(services: [TestServiceProvider()]))
    return try FrontServers(front: front, threads: 2)
  }
}
