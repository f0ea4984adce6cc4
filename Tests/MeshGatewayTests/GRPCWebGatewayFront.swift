import MeshCore
import MeshGateway
import MeshHTTP
import MeshInterop
import MeshTransport

/// The gateway's front serving the gRPC-Web and Connect protocols over real sockets, on h2c (the
/// transport's server) and HTTP/1.1 (MeshHTTP's), with MeshInterop's TestService in process behind them.
/// Shared by the gRPC-Web and Connect socket tests.
final class GRPCWebGatewayFront: Sendable {
  private let group = EventLoopGroup(threads: 2)
  private let h2: GRPCServer
  private let http1: HTTPServer
  /// The h2c port.
  let h2Port: Int
  /// The HTTP/1.1 port.
  let http1Port: Int

  /// The origin the tests' CORS policy allows.
  static let origin = "http://localhost:8080"

  init() throws {
    let cors = EdgeCORSPolicy(allowedOrigins: [Self.origin])
    let catalog = ConnectMethodCatalog(extraGetMethods: ["/grpc.testing.TestService/CacheableUnaryCall"])
    let front = EdgeFront(protocols: [GRPCWebProtocol(configuration: GRPCWebConfiguration(cors: cors)),
                                      ConnectProtocol(configuration: ConnectConfiguration(cors: cors, catalog: catalog))],
                          dispatcher: RouterDispatcher(services: [TestServiceProvider()]))
    var configuration = GRPCServer.Configuration()
    configuration.httpHandlers.register(contentTypePrefix: "", handler: HTTP2FrontHandler { front })
    h2 = GRPCServer(services: [], configuration: configuration, group: group)
    http1 = HTTPServer(handler: HTTP1FrontHandler(front: { front }, group: group), group: group)
    h2Port = try h2.start().port
    http1Port = try http1.start().port
  }

  func stop() async {
    await h2.shutdown(gracePeriod: .seconds(1))
    await http1.shutdown(gracePeriod: .seconds(1))
    group.shutdown()
  }

  /// Base URLs with curl's flags for each HTTP version.
  var versions: [(base: String, flags: [String], version: String)] {
    [("http://127.0.0.1:\(h2Port)", ["--http2-prior-knowledge"], "HTTP/2"),
     ("http://127.0.0.1:\(http1Port)", ["--http1.1"], "HTTP/1.1")]
  }
}
