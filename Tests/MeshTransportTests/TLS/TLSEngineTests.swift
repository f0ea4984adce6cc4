import Testing
@testable import MeshTransport

@Suite struct TLSEngineTests {
  static func randomBytes(_ count: Int) -> [UInt8] {
    var generator = SystemRandomNumberGenerator()
    var bytes = [UInt8](repeating: 0, count: count)
    for index in stride(from: 0, to: count, by: 8) {
      let word = generator.next()
      for offset in 0..<min(8, count - index) { bytes[index + offset] = UInt8(truncatingIfNeeded: word >> (offset * 8)) }
    }
    return bytes
  }

  @Test func handshakesAndCarriesDataBothWays() throws {
    let pair = try TLSPair(client: TestCredentials.client(), server: TestCredentials.server())
    let (client, server) = pair.handshake()
    #expect(client.succeeded)
    #expect(server.succeeded)
    #expect(pair.client.negotiatedApplicationProtocol == "h2")
    #expect(pair.server.negotiatedApplicationProtocol == "h2")
    #expect(pair.client.negotiatedVersion == "TLSv1.3")
    let certificate = try #require(pair.client.peerCertificate)
    #expect(certificate.subject.contains("CN=*.test.google.fr"))
    #expect(certificate.dnsNames == ["*.test.google.fr", "localhost"])
    #expect(certificate.ipAddresses == ["127.0.0.1", "::1"])
    #expect(pair.server.peerCertificate == nil)

    let request = Self.randomBytes(1 << 20)
    #expect(try TLSPair.send(request, from: pair.client, to: pair.server) == request)
    let response = Self.randomBytes(300_001)
    #expect(try TLSPair.send(response, from: pair.server, to: pair.client) == response)
    #expect(try TLSPair.send([42], from: pair.client, to: pair.server) == [42])
  }

  @Test func negotiatesTLS12WhenTheClientStopsThere() throws {
    var client = TestCredentials.client()
    client.maximumVersion = .tls12
    let pair = try TLSPair(client: client, server: TestCredentials.server())
    let (clientState, serverState) = pair.handshake()
    #expect(clientState.succeeded && serverState.succeeded)
    #expect(pair.server.negotiatedVersion == "TLSv1.2")
    #expect(pair.server.negotiatedApplicationProtocol == "h2")
    #expect(try TLSPair.send([1, 2, 3], from: pair.client, to: pair.server) == [1, 2, 3])
  }

  @Test(arguments: [("localhost", nil), ("127.0.0.1", nil), ("[::1]", nil), ("::1", nil), ("foo.test.google.fr", nil),
                    ("10.9.8.7", "foo.test.google.fr"), ("example.com", "x.test.google.fr")] as [(String, String?)])
  func acceptsNamesTheCertificateCovers(host: String, override: String?) throws {
    let pair = try TLSPair(client: TestCredentials.client(override: override), server: TestCredentials.server(), host: host)
    let (client, server) = pair.handshake()
    #expect(client.succeeded, "\(String(describing: client.failure))")
    #expect(server.succeeded)
  }

  @Test(arguments: [("wrong.example.com", nil), ("a.b.test.google.fr", nil), ("test.google.fr", nil), ("10.1.2.3", nil),
                    ("localhost", "foo.example.com")] as [(String, String?)])
  func refusesTheWrongHostname(host: String, override: String?) throws {
    let pair = try TLSPair(client: TestCredentials.client(override: override), server: TestCredentials.server(), host: host)
    let (client, server) = pair.handshake()
    #expect(client.failure?.kind == .certificateVerification)
    #expect(client.failure?.message.contains("mismatch") == true)
    #expect(server.failure != nil)  // the client's alert reached it
  }

  @Test func refusesAServerFromAnUntrustedCA() throws {
    let pair = try TLSPair(client: TestCredentials.client(), server: TestCredentials.server(untrusted: true))
    let (client, _) = pair.handshake()
    #expect(client.failure?.kind == .certificateVerification)
  }

  @Test func refusesWhenTheClientTrustsAnotherCA() throws {
    let pair = try TLSPair(client: TestCredentials.client(trusting: TestCredentials.untrustedCA), server: TestCredentials.server())
    let (client, _) = pair.handshake()
    #expect(client.failure?.kind == .certificateVerification)
  }

  @Test func acceptsAClientCertificateWhenRequired() throws {
    let pair = try TLSPair(client: TestCredentials.client(withCertificate: true), server: TestCredentials.server(verification: .required))
    let (client, server) = pair.handshake()
    #expect(client.succeeded && server.succeeded)
    let peer = try #require(pair.server.peerCertificate)
    #expect(peer.subject.contains("CN=mesh-test-client"))
    #expect(peer.dnsNames == ["client.test.google.fr"])
    #expect(try TLSPair.send([7, 7], from: pair.client, to: pair.server) == [7, 7])
  }

  @Test func refusesAClientWithoutCertificateWhenRequired() throws {
    let pair = try TLSPair(client: TestCredentials.client(), server: TestCredentials.server(verification: .required))
    let (client, server) = pair.handshake()
    #expect(server.failure?.kind == .certificateVerification)
    #expect(server.failure?.openSSLErrors.contains { $0.contains("peer did not return a certificate") } == true)
    // In TLS 1.3 the client finishes first and learns of the refusal from the alert that follows.
    if client.succeeded {
      var sink: [UInt8] = []
      #expect(throws: TLSError.self) { try pair.client.readPlaintext(appendingTo: &sink) }
    }
  }

  @Test func acceptsAClientWithoutCertificateWhenOptional() throws {
    let pair = try TLSPair(client: TestCredentials.client(), server: TestCredentials.server(verification: .optional))
    let (client, server) = pair.handshake()
    #expect(client.succeeded && server.succeeded)
    #expect(pair.server.peerCertificate == nil)
  }

  @Test func refusesAClientCertificateFromAnUntrustedCA() throws {
    var client = TestCredentials.client()
    client.certificateChain = TestCredentials.file("untrusted-client.pem")
    client.privateKey = TestCredentials.file("untrusted-client.key")
    let pair = try TLSPair(client: client, server: TestCredentials.server(verification: .optional))
    let (_, server) = pair.handshake()
    #expect(server.failure?.kind == .certificateVerification)
  }

  @Test func refusesTLS11() throws {
    var client = TestCredentials.client()
    client.testingMinimumVersion = .tls11
    client.maximumVersion = .tls11
    client.testingCipherList = "DEFAULT@SECLEVEL=0"
    let pair = try TLSPair(client: client, server: TestCredentials.server())
    let (clientState, server) = pair.handshake()
    #expect(server.failure?.kind == .handshake)
    #expect(server.failure?.openSSLErrors.contains { $0.contains("unsupported protocol") } == true)
    #expect(clientState.failure != nil)
  }

  @Test func refusesAClientThatDoesNotOfferH2() throws {
    var client = TestCredentials.client()
    client.applicationProtocols = ["http/1.1"]
    let pair = try TLSPair(client: client, server: TestCredentials.server())
    let (clientState, server) = pair.handshake()
    #expect(server.failure?.kind == .applicationProtocol)
    #expect(clientState.failure != nil)
  }

  @Test func refusesAClientThatOffersNoALPN() throws {
    var client = TestCredentials.client()
    client.applicationProtocols = []
    let pair = try TLSPair(client: client, server: TestCredentials.server())
    let (_, server) = pair.handshake()
    #expect(server.failure?.kind == .applicationProtocol)
  }

  @Test func survivesGarbage() throws {
    let server = try TLSEngine(context: TLSContext(configuration: TestCredentials.server()))
    server.feedCiphertext(Array("GET / HTTP/1.1\r\nHost: x\r\n\r\n".utf8) + Self.randomBytes(4096))
    let error = try #require(throws: TLSError.self) { try server.handshake() }
    #expect(error.kind == .handshake)
    #expect(!error.openSSLErrors.isEmpty)

    let pair = try TLSPair(client: TestCredentials.client(), server: TestCredentials.server())
    _ = pair.handshake()
    pair.client.feedCiphertext([0x17, 0x03, 0x03, 0x00, 0x20] + Self.randomBytes(32))
    var sink: [UInt8] = []
    let readError = try #require(throws: TLSError.self) { try pair.client.readPlaintext(appendingTo: &sink) }
    #expect(readError.kind == .connection)
  }

  @Test func closeNotifyEndsTheStream() throws {
    let pair = try TLSPair(client: TestCredentials.client(), server: TestCredentials.server())
    _ = pair.handshake()
    #expect(pair.client.close() == false)
    pair.transfer()
    var sink: [UInt8] = []
    #expect(try pair.server.readPlaintext(appendingTo: &sink) == .closed)
    #expect(pair.server.receivedCloseNotify)
    #expect(pair.server.close())
  }

  @Test func holdsPlaintextWrittenBeforeTheHandshake() throws {
    let pair = try TLSPair(client: TestCredentials.client(), server: TestCredentials.server())
    let preface = Array("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".utf8)
    try pair.client.writePlaintext(preface)
    try pair.server.writePlaintext([9, 9])
    let (client, server) = pair.handshake()
    #expect(client.succeeded && server.succeeded)
    pair.transfer()
    var atServer: [UInt8] = []
    var atClient: [UInt8] = []
    _ = try pair.server.readPlaintext(appendingTo: &atServer)
    _ = try pair.client.readPlaintext(appendingTo: &atClient)
    #expect(atServer == preface)
    #expect(atClient == [9, 9])
  }

  @Test func writingAfterCloseIsAnError() throws {
    let pair = try TLSPair(client: TestCredentials.client(), server: TestCredentials.server())
    _ = pair.handshake()
    pair.client.close()
    #expect(throws: TLSError.self) { try pair.client.writePlaintext([1]) }
  }
}

@Suite struct TLSConfigurationTests {
  @Test func reportsAMissingFile() {
    let configuration = TLSConfiguration.server(
      certificateChain: .file(path: "/nonexistent/server.pem"), privateKey: TestCredentials.file("server.key"))
    let error = #expect(throws: TLSError.self) { try TLSContext(configuration: configuration) }
    #expect(error?.kind == .configuration)
    #expect(error?.message.contains("/nonexistent/server.pem") == true)
  }

  @Test func reportsAKeyThatDoesNotMatch() {
    let configuration = TLSConfiguration.server(
      certificateChain: TestCredentials.file("server.pem"), privateKey: TestCredentials.file("client.key"))
    let error = #expect(throws: TLSError.self) { try TLSContext(configuration: configuration) }
    #expect(error?.kind == .configuration)
    #expect(error?.openSSLErrors.isEmpty == false)
  }

  @Test func reportsPEMWithoutCertificates() {
    let configuration = TLSConfiguration.client(trustRoots: .certificates(.pem("not a certificate")))
    let error = #expect(throws: TLSError.self) { try TLSContext(configuration: configuration) }
    #expect(error?.message.contains("No certificate") == true)
  }

  @Test func aServerNeedsACertificate() {
    var configuration = TestCredentials.server()
    configuration.certificateChain = nil
    #expect(throws: TLSError.self) { try TLSContext(configuration: configuration) }
  }

  @Test func aVerifyingClientNeedsAServerName() throws {
    let context = try TLSContext(configuration: TestCredentials.client())
    #expect(throws: TLSError.self) { try TLSEngine(context: context, serverHostname: nil) }
  }

  @Test func theMinimumVersionStaysAtLeastTLS12() {
    var configuration = TestCredentials.client()
    configuration.minimumVersion = .tls11
    #expect(configuration.minimumVersion == .tls12)
  }

  @Test func loadsTheSystemTrustStore() throws {
    _ = try TLSContext(configuration: .client())
  }
}
