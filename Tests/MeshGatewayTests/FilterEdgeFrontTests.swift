import MeshConfig
import MeshCore
import MeshGateway
import MeshHTTP
import MeshTransport
import Testing

/// The edge filters as the mesh file configures them, installed in gwcore's front, over real sockets: curl
/// over h2c and HTTP/1.1, with the front tests' echo protocol behind them.
@Suite("Edge filters in the front, over h2c and HTTP/1.1")
struct FilterEdgeFrontTests {
  static let limits = """
    version: 1
    gateway:
      listeners: [{ name: a, address: 127.0.0.1:8080 }]
      limits:
        max_url_bytes: 200
        allowed_methods: [GET, POST, OPTIONS]
        deny:
          - { path_prefix: /echo/admin }
          - { header: { name: user-agent, contains: sqlmap } }
        cors: { allowed_origins: [https://app.example] }
    """

  @Test("Normalisation, deny rules, limits, request id and CORS answer as configured on both HTTP versions")
  func filters() async throws {
    let spec = try #require(MeshFileLoader.parse(Self.limits).file?.gateway?.limits)
    let edge = try EdgeFilterConfiguration(spec: spec)
    let front = EdgeFront(protocols: [EchoEdgeProtocol()], filters: edge.makeFilters(), dispatcher: RouterDispatcher(services: []))
    let group = EventLoopGroup(threads: 1)
    var configuration = GRPCServer.Configuration()
    configuration.httpHandlers.register(contentTypePrefix: "", handler: HTTP2FrontHandler { front })
    let h2 = GRPCServer(services: [], configuration: configuration, group: group)
    let http1 = HTTPServer(handler: HTTP1FrontHandler(front: { front }, group: group), group: group)
    do {
      let bases = [("http://127.0.0.1:\(try h2.start().port)", "--http2-prior-knowledge"),
                   ("http://127.0.0.1:\(try http1.start().port)", "--http1.1")]
      for (base, flag) in bases {
        func status(_ arguments: [String]) async throws -> (Int, String) {
          let out = try await curl([flag, "-i", "--path-as-is"] + arguments)
          let code = out.split(separator: " ", maxSplits: 2).dropFirst().first.flatMap { Int($0) } ?? 0
          return (code, out.lowercased())
        }
        // Normalised before the protocol sees it; the request id is made, seen and echoed.
        let (ok, echoed) = try await status(["\(base)/x/..//echo/%61bc"])
        #expect(ok == 200 && echoed.contains("x-path: /echo/abc"), "\(flag): \(echoed)")
        let id = echoed.split(whereSeparator: \.isNewline).first { $0.hasPrefix("x-request-id: ") }?.dropFirst(14)
          .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(id?.count == 36 && echoed.contains("x-saw-request-id: \(id ?? "-")"), "\(flag): \(echoed)")
        let (_, kept) = try await status(["-H", "x-request-id: trace-7", "\(base)/echo/x"])
        // A valid id the client sent reaches the protocol and is not echoed (the client has it).
        #expect(!kept.contains("\nx-request-id:") && kept.contains("x-saw-request-id: trace-7"), "\(flag): \(kept)")
        // Refusals, rendered by the protocol.
        #expect(try await status(["\(base)/echo/x/../admin/users"]).0 == 403)
        #expect(try await status(["-A", "sqlmap/1.7", "\(base)/echo/x"]).0 == 403)
        #expect(try await status(["\(base)/echo/a%2Fb"]).0 == 400)
        #expect(try await status(["\(base)/echo/../../etc/passwd"]).0 == 400)
        #expect(try await status(["\(base)/echo/" + String(repeating: "a", count: 200)]).0 == 400)
        #expect(try await status(["-X", "DELETE", "\(base)/echo/x"]).0 == 501)
        // CORS: a preflight answered by the filter, allow/expose headers on the actual response.
        let (preflight, answer) = try await status(["-X", "OPTIONS", "-H", "origin: https://app.example",
                                                    "-H", "access-control-request-method: POST", "\(base)/echo/x"])
        #expect(preflight == 204 && answer.contains("access-control-allow-origin: https://app.example"), "\(flag): \(answer)")
        let (_, actual) = try await status(["-H", "origin: https://app.example", "\(base)/echo/x"])
        #expect(actual.contains("access-control-expose-headers: grpc-status, grpc-message"), "\(flag): \(actual)")
      }
    } catch {
      await h2.shutdown(gracePeriod: .seconds(1))
      await http1.shutdown(gracePeriod: .seconds(1))
      group.shutdown()
      throw error
    }
    await h2.shutdown(gracePeriod: .seconds(1))
    await http1.shutdown(gracePeriod: .seconds(1))
    group.shutdown()
  }
}
