import MeshCore
import MeshGateway
import MeshHTTP
import MeshTransport
import Synchronization

/// A minimal HTTP/1.1 front for socket tests until the gateway's own front is on main: MeshHTTP's
/// server, each request given as an `EdgeExchange` to the first edge protocol that accepts it.
/// A response written whole (with `content-length`) goes out whole; any other is streamed chunked.
final class RESTSocketFront: Sendable {
  let group: EventLoopGroup
  let server: HTTPServer
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
      let head = EdgeRequestHead(
        method: request.method, target: request.target,
        headers: request.headers.fields.map { (name: $0.name.lowercased(), value: $0.value) },
        httpVersion: "HTTP/1.1", isSecure: false, peer: "ipv4:127.0.0.1:0")
      guard let edge = protocols.first(where: { $0.accepts(head) }) else { return .text(404, "no edge protocol\n") }
      let exchange = Exchange(request: head, body: request.body)
      Task { [dispatcher] in
        await edge.handle(exchange, dispatcher: dispatcher)
        exchange.finish(trailers: [])
      }
      let (status, headers) = await exchange.head()
      var fields = HTTPHeaders()
      for (name, value) in headers where name != "content-length" { fields.add(name: name, value: value) }
      if headers.contains(where: { $0.0 == "content-length" }) {
        var body: [UInt8] = []
        for await chunk in exchange.chunks { body += chunk }
        return HTTPResponse(status: status, headers: fields, body: .bytes(request.method == "HEAD" ? [] : body))
      }
      return HTTPResponse(status: status, headers: fields, body: .stream { writer in
        for await chunk in exchange.chunks { try await writer.write(chunk) }
      })
    }
  }

  private final class Exchange: EdgeExchange, Sendable {
    let request: EdgeRequestHead
    let chunks: AsyncStream<[UInt8]>
    private let sink: AsyncStream<[UInt8]>.Continuation
    private let body: Mutex<[UInt8]?>
    private let state = Mutex<(head: (Int, [(String, String)])?, waiter: CheckedContinuation<(Int, [(String, String)]), Never>?)>((nil, nil))

    init(request: EdgeRequestHead, body: [UInt8]) {
      self.request = request
      self.body = Mutex(body.isEmpty ? nil : body)
      (chunks, sink) = AsyncStream.makeStream(of: [UInt8].self)
    }

    func head() async -> (Int, [(String, String)]) {
      await withCheckedContinuation { continuation in
        let head = state.withLock { state -> (Int, [(String, String)])? in
          if state.head == nil { state.waiter = continuation }
          return state.head
        }
        if let head { continuation.resume(returning: head) }
      }
    }

    private func setHead(_ status: Int, _ headers: [(String, String)]) {
      let waiter = state.withLock { state -> CheckedContinuation<(Int, [(String, String)]), Never>? in
        guard state.head == nil else { return nil }
        state.head = (status, headers)
        defer { state.waiter = nil }
        return state.waiter
      }
      waiter?.resume(returning: (status, headers))
    }

    func readBodyChunk() async throws -> [UInt8]? {
      body.withLock { body in
        defer { body = nil }
        return body
      }
    }

    func writeHead(status: Int, headers: [(String, String)]) async throws { setHead(status, headers) }

    func write(_ bytes: [UInt8]) async throws {
      setHead(200, [])
      if !bytes.isEmpty { sink.yield(bytes) }
    }

    func finish(trailers: [(String, String)]) {
      setHead(500, [])
      sink.finish()
    }
  }
}
