import MeshCore
import MeshGateway
import MeshHTTP
import MeshTransport

/// An edge front served over real sockets as the gateway serves it: h2c (the transport's server, every
/// content type to the front) and HTTP/1.1 (MeshHTTP's server), on one event loop group. How the front,
/// gRPC-Web, Connect, REST and static-file socket tests reach their protocols without a whole gateway.
final class FrontServers: Sendable {
  let group: EventLoopGroup
  private let h2: GRPCServer
  private let http1: HTTPServer
  /// The h2c port.
  let h2Port: Int
  /// The HTTP/1.1 port.
  let http1Port: Int

  /// Starts both servers.
  /// - Parameters:
  ///   - front: the front both serve.
  ///   - threads: the event loops.
  init(front: EdgeFront, threads: Int = 1) throws {
    let group = EventLoopGroup(threads: threads)
    self.group = group
    var configuration = GRPCServer.Configuration()
    configuration.httpHandlers.register(contentTypePrefix: "", handler: HTTP2FrontHandler { front })
    h2 = GRPCServer(services: [], configuration: configuration, group: group)
    http1 = HTTPServer(handler: HTTP1FrontHandler(front: { front }, group: group), group: group)
    do {
      h2Port = try h2.start().port
      http1Port = try http1.start().port
    } catch {
      group.shutdown()
      throw error
    }
  }

  /// Stops both servers and the group.
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

  /// Runs `body` against both servers: curl's arguments for h2c, then for HTTP/1.1.
  func both(_ body: (_ base: String, _ flags: [String], _ version: String) async throws -> Void) async throws {
    for (base, flags, version) in versions { try await body(base, flags, version) }
  }
}
