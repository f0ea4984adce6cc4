import MeshCore
import MeshGateway
import MeshHTTP
import MeshTransport
import Testing

/// The front over real sockets: curl over h2c (the transport's server) and HTTP/1.1 (MeshHTTP's), with
/// an echoing edge protocol defined in the tests.
@Suite("The edge front over h2c and HTTP/1.1")
struct EdgeFrontTests {
  /// The echoing front over both HTTP versions.
  static func fronted() throws -> FrontServers {
    try FrontServers(front: EdgeFront(protocols: [EchoEdgeProtocol()], filters: [TaggingFilter()],
                                      dispatcher: RouterDispatcher(services: [])))
  }

  @Test("A request is filtered, picked by its protocol and echoed, on both HTTP versions")
  func echoes() async throws {
    let servers = try Self.fronted()
    do {
      try await servers.both { base, flags, version in
        let out = try await curl(flags + ["-i", "-H", "content-type: text/plain", "--data-binary", "hello edge",
                                          "\(base)/any/path?q=1"])
        let lower = out.lowercased()
        #expect(out.contains("hello edge"))
        #expect(lower.contains("x-version: \(version.lowercased())"))
        #expect(lower.contains("x-path: /any/path"))
        #expect(lower.contains("x-saw-request-id: req-42"))
        #expect(lower.contains("x-filtered: yes"))
        #expect(lower.contains("x-peer-known: yes"))
        #expect(lower.contains("content-length: 10"))
      }
    } catch {
      await servers.stop()
      throw error
    }
    await servers.stop()
  }

  @Test("A response without a length streams: chunked over HTTP/1.1, DATA over h2")
  func streams() async throws {
    let servers = try Self.fronted()
    do {
      try await servers.both { base, flags, version in
        let out = try await curl(flags + ["-i", "\(base)/echo/stream"])
        #expect(out.contains("\r\n\r\none,two,three") || out.contains("\n\none,two,three"))
        // Trailers go out on h2 (curl -i prints them after the body); HTTP/1.1 drops them.
        if version == "HTTP/1.1" {
          #expect(out.lowercased().contains("transfer-encoding: chunked"))
          #expect(!out.contains("x-trailer"))
        } else {
          #expect(out.hasSuffix("x-trailer: done\n") || out.hasSuffix("x-trailer: done\r\n"))
        }
        #expect(out.lowercased().contains("x-filtered: yes"))
      }
    } catch {
      await servers.stop()
      throw error
    }
    await servers.stop()
  }

  @Test("Rejections are rendered by the protocol, direct answers written as they are, the rest 404 or 415")
  func rejectsAnswersAndRefuses() async throws {
    let servers = try Self.fronted()
    do {
      try await servers.both { base, flags, _ in
        let denied = try await curl(flags + ["-i", "-H", "content-type: text/plain", "-d", "x", "\(base)/denied"])
        #expect(denied.contains(" 403"))
        #expect(denied.lowercased().contains("x-rejected-by: echo"))
        #expect(denied.hasSuffix("rejected: denied by rule"))
        let preflight = try await curl(flags + ["-i", "-X", "OPTIONS", "\(base)/anything"])
        #expect(preflight.contains(" 204"))
        #expect(preflight.lowercased().contains("access-control-allow-origin: *"))
        let unsupported = try await curl(flags + ["-i", "-H", "content-type: application/xml", "-d", "<a/>",
                                                  "\(base)/upload"])
        #expect(unsupported.contains(" 415"))
        #expect(unsupported.contains("\"code\":415"))
        #expect(unsupported.lowercased().contains("content-type: application/json"))
        let missing = try await curl(flags + ["-i", "\(base)/nothing/here"])
        #expect(missing.contains(" 404"))
        #expect(missing.contains("No route for /nothing/here"))
      }
    } catch {
      await servers.stop()
      throw error
    }
    await servers.stop()
  }
}
