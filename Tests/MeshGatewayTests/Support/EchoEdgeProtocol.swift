import MeshCore
import MeshGateway

/// A small edge protocol for tests of the front: it echoes the body and tells what it saw in headers.
/// `/echo/stream` answers in three writes with no length, so HTTP/1.1 must stream it chunked.
struct EchoEdgeProtocol: EdgeProtocol {
  var name: String { "echo" }

  func accepts(_ request: EdgeRequestHead) -> Bool {
    request.contentType == "text/plain" || request.path.hasPrefix("/echo")
  }

  func handle(_ exchange: any EdgeExchange, dispatcher: any GatewayDispatcher) async {
    let request = exchange.request
    do {
      if request.path == "/echo/stream" {
        try await exchange.writeHead(status: 200, headers: [("content-type", "text/plain")])
        for part in ["one,", "two,", "three"] {
          try await exchange.write(Array(part.utf8))
        }
        return exchange.finish(trailers: [("x-trailer", "done")])
      }
      let body = try await exchange.readBody(limit: 1 << 20)
      try await exchange.respond(status: 200, headers: [
        ("content-type", "text/plain"),
        ("x-version", request.httpVersion),
        ("x-path", request.path),
        ("x-saw-request-id", request.header("x-request-id") ?? "none"),
        ("x-peer-known", request.peer.hasPrefix("ipv4:127.0.0.1:") ? "yes" : request.peer),
      ], body: body)
    } catch {
      exchange.finish(trailers: [])
    }
  }

  func reject(_ error: RPCError, on exchange: any EdgeExchange) async {
    try? await exchange.respond(status: StatusMapping.httpStatus(for: error.code),
                                headers: [("content-type", "text/plain"), ("x-rejected-by", name)],
                                body: Array("rejected: \(error.message)".utf8))
  }
}

/// A filter for tests of the front: adds a request id and a response header, refuses `/denied`, and
/// answers `OPTIONS` itself.
struct TaggingFilter: EdgeRequestFilter {
  func filter(_ request: EdgeRequestHead) -> EdgeFilterResult {
    if request.path.hasPrefix("/denied") {
      return .reject(RPCError(code: .permissionDenied, message: "denied by rule"))
    }
    if request.method == "OPTIONS" {
      return .respond(status: 204, headers: [("access-control-allow-origin", "*")], body: [])
    }
    var head = request
    head.headers.append((name: "x-request-id", value: "req-42"))
    return .proceed(head, responseHeaders: [("x-filtered", "yes")])
  }
}
