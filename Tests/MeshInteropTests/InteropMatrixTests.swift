import MeshCore
import MeshInterop
import MeshStandardServices
import MeshTestSupport
import MeshTransport
import Testing

/// The 18 interop cases both ways against Python grpcio, in h2c and TLS (issue 2's "done" matrix).
@Suite("Interop with grpcio", .serialized)
struct InteropMatrixTests {
  static let caseList = InteropTestCase.allCases.map(\.rawValue).joined(separator: ",")

  @Test("grpcio client → our server", arguments: [false, true])
  func grpcioClientAgainstOurServer(tls: Bool) async throws {
    let group = EventLoopGroup(threads: 2)
    defer { group.shutdown() }
    var configuration = GRPCServer.Configuration(host: "127.0.0.1", port: 0)
    if tls {
      configuration.tls = .server(certificateChain: .pem(TestCertificates.serverCertificatePEM),
                                  privateKey: .pem(TestCertificates.serverKeyPEM))
    }
    let own: [any RegistrableRPCService] = [TestServiceProvider()]
    let server = GRPCServer(services: own + StandardServices.make(for: own), configuration: configuration, group: group)
    let address = try server.start()
    var arguments = [Repository.grpcioPeer, "client", "--server_port", "\(address.port)", "--test_case", Self.caseList]
    if tls {
      arguments += ["--use_tls", "true", "--ca_file", Repository.testCA, "--server_host_override", "foo.test.google.fr"]
    }
    let client = try PeerProcess(try Repository.python, arguments)
    let status = try await client.waitForExit()
    await server.shutdown(gracePeriod: .seconds(1))
    #expect(status == 0, "\(client.text)")
    #expect(client.text.contains("18 passed, 0 failed"), "\(client.text)")
  }

  @Test("our client → grpcio server", arguments: [false, true])
  func ourClientAgainstGrpcioServer(tls: Bool) async throws {
    var arguments = [Repository.grpcioPeer, "server", "--port", "0"]
    if tls {
      arguments += ["--use_tls", "true", "--tls_cert_file", Repository.serverCertificate,
                    "--tls_key_file", Repository.serverKey]
    }
    let peer = try PeerProcess(try Repository.python, arguments)
    defer { peer.stop() }
    let port = try PeerProcess.port(of: try await peer.waitForLine(startingWith: "listening on"))
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    var configuration = GRPCChannel.Configuration()
    if tls {
      configuration.tls = .client(trustRoots: .certificates(.pem(TestCertificates.caPEM)),
                                  serverHostnameOverride: "foo.test.google.fr")
    }
    let channel = try GRPCChannel(host: "127.0.0.1", port: port, configuration: configuration, group: group)
    defer { channel.close() }
    let client = GRPCClient(transport: channel)
    var failures: [String] = []
    for testCase in InteropTestCase.allCases {
      do {
        try await testCase.run(with: client)
      } catch {
        failures.append("\(testCase.rawValue): \(error)")
      }
    }
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
  }

  @Test("interop-server and interop-client executables, with their flags, over TLS")
  func executablesWithFlags() async throws {
    let server = try PeerProcess(Repository.product("interop-server"), ["--port", "0", "--host", "127.0.0.1", "--use_tls", "true",
      "--tls_cert_file", Repository.serverCertificate, "--tls_key_file", Repository.serverKey])
    defer { server.stop() }
    let port = try PeerProcess.port(of: try await server.waitForLine(startingWith: "listening on"))
    let python = try PeerProcess(try Repository.python, [Repository.grpcioPeer, "client", "--server_port", "\(port)",
      "--test_case", Self.caseList, "--use_tls", "true", "--ca_file", Repository.testCA,
      "--server_host_override", "foo.test.google.fr"])
    #expect(try await python.waitForExit() == 0, "\(python.text)")

    let peer = try PeerProcess(try Repository.python, [Repository.grpcioPeer, "server", "--port", "0", "--use_tls", "true",
      "--tls_cert_file", Repository.serverCertificate, "--tls_key_file", Repository.serverKey])
    defer { peer.stop() }
    let peerPort = try PeerProcess.port(of: try await peer.waitForLine(startingWith: "listening on"))
    let client = try PeerProcess(Repository.product("interop-client"), ["--server_host", "127.0.0.1",
      "--server_port", "\(peerPort)", "--test_case", "all", "--use_tls", "true", "--use_test_ca", "true",
      "--server_host_override", "foo.test.google.fr"])
    #expect(try await client.waitForExit() == 0, "\(client.text)")
    #expect(client.text.contains("18 passed, 0 failed"), "\(client.text)")
  }

  @Test func interopClientFailsOnAFailingCaseAndSaysSo() async throws {
    // Against a port where nothing listens every case fails: the exit status and summary must say so.
    let client = try PeerProcess(Repository.product("interop-client"), ["--server_port", "1", "--test_case", "empty_unary"])
    #expect(try await client.waitForExit() == 1)
    #expect(client.text.contains("0 passed, 1 failed"), "\(client.text)")
  }
}
