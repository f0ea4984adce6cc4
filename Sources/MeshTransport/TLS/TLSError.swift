/// A TLS failure, with OpenSSL's own error strings.
public struct TLSError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong, broadly.
  public enum Kind: Sendable, Hashable {
    /// The configuration cannot be used: a missing file, a key that does not match, bad PEM.
    case configuration
    /// The handshake failed: no shared version or cipher, a bad record, an alert from the peer.
    case handshake
    /// The peer's certificate did not verify: untrusted issuer, wrong name, expired, missing.
    case certificateVerification
    /// The peers did not agree on an ALPN protocol that was required.
    case applicationProtocol
    /// A record after the handshake was bad, or the peer sent a fatal alert.
    case connection
  }

  /// The kind of failure.
  public let kind: Kind
  /// What the engine was doing and what went wrong.
  public let message: String
  /// OpenSSL's error queue at the time, oldest first.
  public let openSSLErrors: [String]

  /// Creates an error.
  /// - Parameters:
  ///   - kind: the kind of failure.
  ///   - message: a description.
  ///   - openSSLErrors: OpenSSL's error strings.
  public init(kind: Kind, message: String, openSSLErrors: [String] = []) {
    self.kind = kind
    self.message = message
    self.openSSLErrors = openSSLErrors
  }

  /// The message, then OpenSSL's errors.
  public var description: String {
    openSSLErrors.isEmpty ? message : message + " (" + openSSLErrors.joined(separator: "; ") + ")"
  }
}
