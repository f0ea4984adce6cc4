import MeshCore
import MeshGateway
import MeshHTTP
import MeshTransport
import Synchronization

/// A minimal HTTP/1.1 front for the edge protocols' socket tests until the gateway's own front is on
/// main: MeshHTTP's server, an exchange that collects the protocol's response and hands it over whole.
/// (Streams arrive at the client in one piece; the protocols' streaming is tested in memory.)
final class GRPCWebHTTP1Harness: Sendable {
  private let group: EventLoopGroup
  private let server: HTTPServer
  let port: Int

  init(protocols: [any EdgeProtocol], dispatcher: any GatewayDispatcher) throws {
    group = EventLoopGroup(threads: 2)
    server = HTTPServer(handler: Handler(protocols: protocols, dispatcher: dispatcher), group: group)
    port = try server.start().port
  }

  func stop() async {
    await server.shutdown(gracePeriod: .seconds(1))
    group.shutdown()
  }

  private struct Handler: HTTPHandler {
    let protocols: [any EdgeProtocol]
    let dispatcher: any GatewayDispatcher

    func handle(_ request: HTTPRequest) async throws -> HTTPResponse {
      let exchange = CollectingExchange(request)
      guard let edge = protocols.first(where: { $0.accepts(exchange.request) }) else {
        return .text(415, "no edge protocol takes this request")
      }
      await edge.handle(exchange, dispatcher: dispatcher)
      return exchange.response
    }
  }

  private final class CollectingExchange: EdgeExchange {
    let request: EdgeRequestHead
    private let body: Mutex<[UInt8]?>
    private let out = Mutex<(status: Int, headers: HTTPHeaders, body: [UInt8])>((200, HTTPHeaders(), []))

    init(_ request: HTTPRequest) {
      self.request = EdgeRequestHead(method: request.method, target: request.target,
                                     headers: request.headers.map { (name: $0.name.lowercased(), value: $0.value) },
                                     httpVersion: "HTTP/1.1", isSecure: false, peer: "ipv4:127.0.0.1:0")
      body = Mutex(request.body.isEmpty ? nil : request.body)
    }

    func readBodyChunk() async throws -> [UInt8]? { body.withLock { body in defer { body = nil }; return body } }

    func writeHead(status: Int, headers: [(String, String)]) async throws {
      var fields = HTTPHeaders()
      for (name, value) in headers where name != "content-length" { fields.add(name: name, value: value) }
      out.withLock { $0 = (status, fields, $0.body) }
    }

    func write(_ bytes: [UInt8]) async throws { out.withLock { $0.body += bytes } }

    func finish(trailers: [(String, String)]) {}

    var response: HTTPResponse {
      out.withLock { HTTPResponse(status: $0.status, headers: $0.headers, body: .bytes($0.body)) }
    }
  }
}
