import Foundation
import MeshConfig
import MeshGateway
import MeshTestSupport
import MeshTransport
import Testing

/// The gateway's TLS listener speaks HTTP/1.1 to a client that chooses `http/1.1` by ALPN (or offers no
/// ALPN), through the same HTTP/1.1 front the cleartext port uses, and still HTTP/2 to one that offers h2.
@Suite("TLS listener: ALPN h2 and http/1.1", .serialized)
struct TLSListenerALPNTests {
  /// A gateway with one TLS listener (the test certificates), a route to our interop server and a web folder.
  final class TLSGateway {
    let upstream: InteropUpstream
    let group = EventLoopGroup(threads: 1)
    let folder: String
    var server: GatewayServer?
    var port = 0

    init() async throws {
      upstream = try InteropUpstream()
      folder = NSTemporaryDirectory() + "gateway-alpn-\(UUID().uuidString)"
      do {
        try FileManager.default.createDirectory(atPath: folder + "/web", withIntermediateDirectories: true)
        try "hello over tls\n".write(toFile: folder + "/web/index.html", atomically: true, encoding: .utf8)
        let yaml = """
          version: 1
          gateway:
            web: \(folder)/web
            listeners:
              - name: tls
                address: 127.0.0.1:0
                tls: { certificate: \(Repository.serverCertificate), key: \(Repository.serverKey) }
            routes:
              - match: { prefix: /grpc.testing.TestService/ }
                cluster: interop
                # Generous: the whole test target runs at once on a loaded machine, and the first call
                # also connects the cluster; what is checked here is the protocol, not the latency.
                timeout: 20s
            clusters:
              - { name: interop, endpoints: ["127.0.0.1:\(upstream.port)"] }
          """
        let check = MeshFileLoader.parse(yaml)
        let file = try #require(check.file, "\(check.problems)")
        let configuration = try GatewayConfiguration(file: file, folder: folder)
        let server = try GatewayServer(configuration: configuration, group: group)
        self.server = server
        port = try #require(try await server.start()["tls"]).port
      } catch {
        await stop()
        throw error
      }
    }

    var base: String { "https://127.0.0.1:\(port)" }

    func stop() async {
      await server?.shutdown(gracePeriod: .seconds(1))
      group.shutdown()
      await upstream.stop()
      try? FileManager.default.removeItem(atPath: folder)
    }
  }

  static let connect = ["-X", "POST", "-H", "content-type: application/json", "-H", "connect-protocol-version: 1",
                        "--data", "{\"responseSize\": 3}"]

  @Test("curl: --http1.1 gets HTTP/1.1 (Connect unary and a static file), the default gets HTTP/2, no ALPN gets HTTP/1.1")
  func curlChoosesByALPN() async throws {
    let gateway = try await TLSGateway()
    do {
      let tls = ["--cacert", Repository.testCA, "-i"]
      let page = try await curl(tls + ["--http1.1", gateway.base + "/index.html"])
      #expect(page.hasPrefix("HTTP/1.1 200"), "\(page)")
      #expect(page.contains("hello over tls"))
      // The HTTP/1.1 side knows the connection is secure: static files carry HSTS only then.
      #expect(page.lowercased().contains("strict-transport-security:"), "\(page)")

      let unary = try await curl(tls + ["--http1.1"] + Self.connect + [gateway.base + "/grpc.testing.TestService/UnaryCall"])
      #expect(unary.hasPrefix("HTTP/1.1 200"), "\(unary)")
      #expect(unary.contains("\"body\":\"AAAA\""), "\(unary)")

      // Two requests on one kept-alive TLS connection.
      let twice = try await curl(tls + ["--http1.1", gateway.base + "/index.html", gateway.base + "/index.html"])
      #expect(twice.components(separatedBy: "hello over tls").count == 3, "\(twice)")

      let viaH2 = try await curl(tls + Self.connect + [gateway.base + "/grpc.testing.TestService/UnaryCall"])
      #expect(viaH2.hasPrefix("HTTP/2 200"), "\(viaH2)")
      #expect(viaH2.contains("\"body\":\"AAAA\""), "\(viaH2)")

      let noALPN = try await curl(tls + ["--http1.1", "--no-alpn", gateway.base + "/index.html"])
      #expect(noALPN.hasPrefix("HTTP/1.1 200"), "\(noALPN)")
    } catch {
      await gateway.stop()
      throw error
    }
    await gateway.stop()
  }

  @Test("Python over TLS: a socket offering only http/1.1 gets it; requests calls Connect, urllib gets a static file")
  func pythonClients() async throws {
    let gateway = try await TLSGateway()
    do {
      let script = Repository.root.appendingPathComponent("Tests/MeshGatewayTests/Peers/tls_http1_client.py").path
      let client = try PeerProcess(try Repository.python, [script, gateway.base, Repository.testCA])
      defer { client.stop() }
      let status = try await client.waitForExit(seconds: 60)
      let output = client.text
      #expect(status == 0, "\(output)")
      #expect(output.contains("ALPN http/1.1"), "\(output)")
      #expect(output.contains("RAW HTTP/1.1 200"), "\(output)")
      #expect(output.contains("REQUESTS CONNECT 200 HTTP/1.1"), "\(output)")
      #expect(output.contains("AAAA"), "\(output)")
      #expect(output.contains("URLLIB STATIC 200 hello over tls HSTS"), "\(output)")
    } catch {
      await gateway.stop()
      throw error
    }
    await gateway.stop()
  }

  @Test("A TLS client offering only a protocol the gateway does not speak is refused")
  func unknownProtocolRefused() async throws {
    let gateway = try await TLSGateway()
    do {
      let process = try PeerProcess("/usr/bin/openssl", ["s_client", "-connect", "127.0.0.1:\(gateway.port)",
                                                          "-alpn", "spdy/3", "-CAfile", Repository.testCA])
      let status = try await process.waitForExit(seconds: 30)
      #expect(status != 0, "\(process.text)")
      #expect(process.text.contains("no application protocol"), "\(process.text)")
    } catch {
      await gateway.stop()
      throw error
    }
    await gateway.stop()
  }
}
