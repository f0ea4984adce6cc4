/// How a server or a client sets up TLS: its certificate and key, whom it trusts, and what it requires
/// of the peer. HTTP/2 rules apply by default: TLS 1.2 or later, ALPN `h2` offered and required.
public struct TLSConfiguration: Sendable {
  /// Which side of the handshake this configuration is for.
  public enum Role: Sendable, Hashable {
    /// Accepts connections.
    case server
    /// Opens connections.
    case client
  }

  /// Where PEM data comes from.
  public enum PEMSource: Sendable, Hashable {
    /// A PEM file on disk.
    case file(path: String)
    /// PEM text in memory.
    case pem(String)
  }

  /// The certificate authorities a side trusts to verify its peer.
  public enum TrustRoots: Sendable, Hashable {
    /// The operating system's CA store (OpenSSL's default verify paths).
    case systemDefault
    /// The CA certificates of a PEM file or text.
    case certificates(PEMSource)
  }

  /// What a server asks of a client's certificate (mutual TLS).
  public enum ClientCertificateVerification: Sendable, Hashable {
    /// The server does not ask for one.
    case none
    /// The server asks; a client without one is accepted, a client with an untrusted one is refused.
    case optional
    /// The server refuses clients without a certificate issued by a trusted CA.
    case required
  }

  /// A TLS protocol version.
  public struct Version: Sendable, Hashable, Comparable, CustomStringConvertible {
    let rank: Int
    /// TLS 1.2 (RFC 5246), the minimum HTTP/2 allows.
    public static let tls12 = Version(rank: 12)
    /// TLS 1.3 (RFC 8446).
    public static let tls13 = Version(rank: 13)
    /// TLS 1.1, which HTTP/2 forbids: only tests use it, to check that it is refused.
    static let tls11 = Version(rank: 11)

    /// `TLSv1.2` or `TLSv1.3`.
    public var description: String { "TLSv1.\(rank - 10)" }

    /// Orders versions from oldest to newest.
    /// - Parameters:
    ///   - lhs: a version.
    ///   - rhs: another version.
    public static func < (lhs: Version, rhs: Version) -> Bool { lhs.rank < rhs.rank }
  }

  /// Which side this configuration is for.
  public var role: Role
  /// The certificate, followed by any intermediates; required for a server, optional for a client.
  public var certificateChain: PEMSource?
  /// The private key of the certificate.
  public var privateKey: PEMSource?
  /// For a client, the CAs that verify servers; for a server, the CAs that verify client certificates.
  public var trustRoots: TrustRoots
  /// Server only: whether to ask for and verify a client certificate.
  public var clientCertificateVerification: ClientCertificateVerification
  /// Client only: the name sent as SNI and checked against the server's certificate instead of the
  /// host connected to (gRPC's `--server_host_override`).
  public var serverHostnameOverride: String?
  /// Client only: whether the server's certificate must match the host name (or IP address).
  public var verifiesHostname: Bool
  /// The oldest version accepted; never older than TLS 1.2.
  public var minimumVersion: Version {
    didSet { minimumVersion = max(minimumVersion, .tls12) }
  }
  /// The newest version offered; nil for the newest OpenSSL supports.
  public var maximumVersion: Version?
  /// The ALPN protocols, in order of preference.
  public var applicationProtocols: [String]
  /// Whether a handshake that does not agree on one of `applicationProtocols` fails.
  public var requiresApplicationProtocol: Bool
  /// Server only: whether a client that offers no ALPN at all is accepted even though
  /// `requiresApplicationProtocol` is set (one offering only protocols the server lacks is still
  /// refused). Set for ports that also serve HTTP/1.1, whose clients need not use ALPN.
  var acceptsClientsWithoutApplicationProtocol = false
  /// Tests only: an OpenSSL cipher string replacing the HTTP/2-safe default, and the version floor
  /// check; lets a test client offer what a real server must refuse.
  var testingCipherList: String?
  var testingMinimumVersion: Version?

  /// Creates a configuration; the `server` and `client` factories are shorter.
  /// - Parameters:
  ///   - role: server or client.
  ///   - certificateChain: the certificate and its intermediates.
  ///   - privateKey: the certificate's private key.
  ///   - trustRoots: the CAs that verify the peer.
  ///   - clientCertificateVerification: server only, mutual TLS.
  ///   - serverHostnameOverride: client only, the name to expect instead of the host connected to.
  public init(
    role: Role,
    certificateChain: PEMSource? = nil,
    privateKey: PEMSource? = nil,
    trustRoots: TrustRoots = .systemDefault,
    clientCertificateVerification: ClientCertificateVerification = .none,
    serverHostnameOverride: String? = nil
  ) {
    self.role = role
    self.certificateChain = certificateChain
    self.privateKey = privateKey
    self.trustRoots = trustRoots
    self.clientCertificateVerification = clientCertificateVerification
    self.serverHostnameOverride = serverHostnameOverride
    self.verifiesHostname = true
    self.minimumVersion = .tls12
    self.maximumVersion = nil
    self.applicationProtocols = ["h2"]
    self.requiresApplicationProtocol = true
  }

  /// A server configuration.
  /// - Parameters:
  ///   - certificateChain: the server certificate, then any intermediates.
  ///   - privateKey: its private key.
  ///   - clientCertificateVerification: whether to ask for a client certificate (mutual TLS).
  ///   - clientCertificateTrustRoots: the CAs that issue client certificates.
  public static func server(
    certificateChain: PEMSource,
    privateKey: PEMSource,
    clientCertificateVerification: ClientCertificateVerification = .none,
    clientCertificateTrustRoots: TrustRoots = .systemDefault
  ) -> TLSConfiguration {
    TLSConfiguration(
      role: .server, certificateChain: certificateChain, privateKey: privateKey,
      trustRoots: clientCertificateTrustRoots, clientCertificateVerification: clientCertificateVerification)
  }

  /// A client configuration.
  /// - Parameters:
  ///   - trustRoots: the CAs that verify servers.
  ///   - serverHostnameOverride: the name to expect instead of the host connected to.
  ///   - certificateChain: a client certificate for mutual TLS.
  ///   - privateKey: its private key.
  public static func client(
    trustRoots: TrustRoots = .systemDefault,
    serverHostnameOverride: String? = nil,
    certificateChain: PEMSource? = nil,
    privateKey: PEMSource? = nil
  ) -> TLSConfiguration {
    TLSConfiguration(
      role: .client, certificateChain: certificateChain, privateKey: privateKey, trustRoots: trustRoots,
      serverHostnameOverride: serverHostnameOverride)
  }
}
