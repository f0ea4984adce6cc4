import MeshCore
import MeshGateway
import MeshInterop
import MeshTestSupport
import MeshTransport
import Testing

/// The 18 interop cases through the gateway with grpcio at one end: grpcio's client → gateway → our
/// server, and our client → gateway → grpcio's server, in h2c and TLS (TLS on both legs).
@Suite("Interop with grpcio through the gateway", .serialized)
struct GatewayInteropTests {
  static let caseList = InteropTestCase.allCases.map(\.rawValue).joined(separator: ",")

  @Test("grpcio client → gateway → our server", arguments: [false, true])
  func grpcioClientThroughGateway(tls: Bool) async throws {
    try await GatewayHarness.withInteropUpstream(tls: tls) { gateway in
      var arguments = [Repository.grpcioPeer, "client", "--server_port", "\(gateway.port)", "--test_case", Self.caseList]
      if tls {
        arguments += ["--use_tls", "true", "--ca_file", Repository.testCA, "--server_host_override", "foo.test.google.fr"]
      }
      var status: Int32 = -1
      var text = ""
      do {
        let client = try PeerProcess(try Repository.python, arguments)
        defer { client.stop() }
        status = try await client.waitForExit()
        text = client.text
      } catch {
        text = "\(error)"
      }
      #expect(status == 0, "\(text)")
      #expect(text.contains("18 passed, 0 failed"), "\(text)")
    }
  }

  @Test("our client → gateway → grpcio server", arguments: [false, true])
  func ourClientThroughGatewayToGrpcio(tls: Bool) async throws {
    var arguments = [Repository.grpcioPeer, "server", "--port", "0"]
    if tls {
      arguments += ["--use_tls", "true", "--tls_cert_file", Repository.serverCertificate,
                    "--tls_key_file", Repository.serverKey]
    }
    let peer = try PeerProcess(try Repository.python, arguments)
    defer { peer.stop() }
    let port = try PeerProcess.port(of: try await peer.waitForLine(startingWith: "listening on"))
    let gateway = try GatewayHarness(upstreamPort: port, tls: tls)
    let failures = await interopFailures(gatewayPort: gateway.port, tls: tls)
    await gateway.stop()
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
  }
}
