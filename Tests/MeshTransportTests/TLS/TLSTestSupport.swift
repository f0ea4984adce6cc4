import MeshInterop
@testable import MeshTransport

/// The test credentials: the main pair through `TestCertificates` (PEM text), the untrusted CA's
/// through files under mesh/certs/test (the file path of `PEMSource`).
enum TestCredentials {
  static let directory: String = {
    var components = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    components.removeLast(4)  // TLS/, MeshTransportTests/, Tests/, and the file name
    return components.joined(separator: "/") + "/mesh/certs/test"
  }()

  static func file(_ name: String) -> TLSConfiguration.PEMSource { .file(path: directory + "/" + name) }

  static let ca = TLSConfiguration.PEMSource.pem(TestCertificates.caPEM)
  static let untrustedCA = file("untrusted-ca.pem")

  static func server(
    verification: TLSConfiguration.ClientCertificateVerification = .none, untrusted: Bool = false
  ) -> TLSConfiguration {
    untrusted
      ? .server(certificateChain: file("untrusted-server.pem"), privateKey: file("untrusted-server.key"),
                clientCertificateVerification: verification, clientCertificateTrustRoots: .certificates(ca))
      : .server(certificateChain: .pem(TestCertificates.serverCertificatePEM), privateKey: .pem(TestCertificates.serverKeyPEM),
                clientCertificateVerification: verification, clientCertificateTrustRoots: .certificates(ca))
  }

  static func client(
    trusting roots: TLSConfiguration.PEMSource = ca, override: String? = nil, withCertificate: Bool = false
  ) -> TLSConfiguration {
    .client(
      trustRoots: .certificates(roots), serverHostnameOverride: override,
      certificateChain: withCertificate ? .pem(TestCertificates.clientCertificatePEM) : nil,
      privateKey: withCertificate ? .pem(TestCertificates.clientKeyPEM) : nil)
  }
}

/// A client engine and a server engine wired to each other through memory.
struct TLSPair {
  let client: TLSEngine
  let server: TLSEngine

  init(client: TLSConfiguration, server: TLSConfiguration, host: String? = "localhost") throws {
    self.client = try TLSEngine(context: TLSContext(configuration: client), serverHostname: host)
    self.server = try TLSEngine(context: TLSContext(configuration: server))
  }

  /// Moves pending ciphertext both ways; returns the number of bytes moved.
  @discardableResult
  func transfer() -> Int {
    var toServer: [UInt8] = []
    var toClient: [UInt8] = []
    client.drainCiphertext(appendingTo: &toServer)
    server.drainCiphertext(appendingTo: &toClient)
    server.feedCiphertext(toServer)
    client.feedCiphertext(toClient)
    return toServer.count + toClient.count
  }

  /// Runs both handshakes until both finish or neither side can make progress; failures are returned,
  /// not thrown, so that a test sees both sides.
  func handshake() -> (client: Result<Bool, TLSError>, server: Result<Bool, TLSError>) {
    var clientState: Result<Bool, TLSError> = .success(false)
    var serverState: Result<Bool, TLSError> = .success(false)
    for _ in 0..<20 {
      if case .success(false) = clientState { clientState = Result { () throws(TLSError) in try client.handshake() } }
      if case .success(false) = serverState { serverState = Result { () throws(TLSError) in try server.handshake() } }
      if transfer() == 0 { break }
    }
    return (clientState, serverState)
  }

  /// Sends `bytes` from one engine and reads them out of the other.
  static func send(_ bytes: [UInt8], from sender: TLSEngine, to receiver: TLSEngine) throws -> [UInt8] {
    try sender.writePlaintext(bytes)
    var wire: [UInt8] = []
    sender.drainCiphertext(appendingTo: &wire)
    var received: [UInt8] = []
    // Feed in uneven pieces, as a socket would deliver them.
    var index = 0
    var piece = 1
    while index < wire.count {
      let end = min(wire.count, index + piece)
      receiver.feedCiphertext(Array(wire[index..<end]))
      _ = try receiver.readPlaintext(appendingTo: &received)
      index = end
      piece = piece * 3 + 7
    }
    return received
  }
}

extension Result where Success == Bool, Failure == TLSError {
  var failure: TLSError? {
    switch self {
    case .failure(let error): error
    case .success: nil
    }
  }
  var succeeded: Bool {
    switch self {
    case .success(let done): done
    case .failure: false
    }
  }
}
