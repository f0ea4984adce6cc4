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
    let upstream = try InteropUpstream(tls: tls)
    let gateway: GatewayHarness
    do {
      gateway = try GatewayHarness(upstreamPort: upstream.port, tls: tls)
    } catch {
      await upstream.stop()
      throw error
    }
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
    await gateway.stop()
    await upstream.stop()
    #expect(status == 0, "\(text)")
    #expect(text.contains("18 passed, 0 failed"), "\(text)")
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
    let group = EventLoopGroup(threads: 1)
    var failures: [String] = []
    do {
      var configuration = GRPCChannel.Configuration()
      if tls {
        configuration.tls = .client(trustRoots: .certificates(.pem(TestCertificates.caPEM)),
                                    serverHostnameOverride: "foo.test.google.fr")
      }
      let channel = try GRPCChannel(host: "127.0.0.1", port: gateway.port, configuration: configuration, group: group)
      let client = GRPCClient(transport: channel)
      for testCase in InteropTestCase.allCases {
        do {
          try await testCase.run(with: client)
        } catch {
          failures.append("\(testCase.rawValue): \(error)")
        }
      }
      channel.close()
    } catch {
      failures.append("setup: \(error)")
    }
    await gateway.stop()
    group.shutdown()
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
  }
}
