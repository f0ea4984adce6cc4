import COpenSSL

/// TLS for one connection, with no socket: OpenSSL reads ciphertext from one memory BIO and writes
/// ciphertext to another, and the event loop moves bytes between them and the socket.
///
/// The loop's cycle: `feedCiphertext` what the socket read; `handshake()` until it returns true; then
/// `readPlaintext` until it asks for more ciphertext; `writePlaintext` what HTTP/2 wants to send; and
/// after every call, `drainCiphertext` to the socket. After an error, drain once more: OpenSSL may have
/// written an alert for the peer. Not thread-safe: one connection, one event loop.
final class TLSEngine {
  /// The result of a plaintext read.
  enum ReadResult: Equatable {
    /// This many bytes were written to the buffer.
    case bytes(Int)
    /// No whole record is buffered: feed more ciphertext.
    case needsCiphertext
    /// The peer sent close_notify: no more data will come.
    case closed
  }

  let context: TLSContext
  private let ssl: OpaquePointer
  /// Ciphertext from the peer, read by OpenSSL (owned by `ssl`).
  private let inbound: OpaquePointer
  /// Ciphertext for the peer, written by OpenSSL (owned by `ssl`).
  private let outbound: OpaquePointer
  /// Room for one decrypted record, for `readPlaintext(appendingTo:)`; allocated on first use.
  var scratch: [UInt8] = []
  private(set) var isHandshakeComplete = false
  private(set) var receivedCloseNotify = false
  /// Plaintext written before the handshake completed.
  private var heldPlaintext: [UInt8] = []
  private var isClosing = false

  /// Creates the engine of one connection.
  /// - Parameters:
  ///   - context: the shared context of the server or client.
  ///   - serverHostname: client only: the host connected to, used for SNI and verification unless
  ///     the configuration overrides it; brackets around an IPv6 literal are ignored.
  /// - Throws: `TLSError` (`.configuration`) when a client must verify a host name and has none.
  init(context: TLSContext, serverHostname: String? = nil) throws(TLSError) {
    OpenSSLErrorQueue.clear()
    guard let ssl = SSL_new(context.pointer) else {
      throw OpenSSLErrorQueue.error(.configuration, "SSL_new failed.")
    }
    guard let inbound = BIO_new(BIO_s_mem()) else {
      SSL_free(ssl)
      throw OpenSSLErrorQueue.error(.configuration, "Cannot create a memory BIO.")
    }
    guard let outbound = BIO_new(BIO_s_mem()) else {
      BIO_free(inbound)
      SSL_free(ssl)
      throw OpenSSLErrorQueue.error(.configuration, "Cannot create a memory BIO.")
    }
    SSL_set_bio(ssl, inbound, outbound)
    self.context = context
    self.ssl = ssl
    self.inbound = inbound
    self.outbound = outbound
    let configuration = context.configuration
    switch configuration.role {
    case .server:
      SSL_set_accept_state(ssl)
    case .client:
      SSL_set_connect_state(ssl)
      var name = configuration.serverHostnameOverride ?? serverHostname
      if let bracketed = name, bracketed.hasPrefix("["), bracketed.hasSuffix("]") {
        name = String(bracketed.dropFirst().dropLast())
      }
      if let name, !name.isEmpty {
        try setPeerName(name, verify: configuration.verifiesHostname)
      } else if configuration.verifiesHostname {
        throw TLSError(kind: .configuration, message: "A TLS client that verifies host names needs a server name.")
      }
    }
  }

  deinit {
    SSL_free(ssl)  // frees both BIOs too
  }

  /// An IP literal is checked against the certificate's IP addresses and sent without SNI
  /// (RFC 6066 §3); a host name is sent as SNI and checked against its DNS names.
  private func setPeerName(_ name: String, verify: Bool) throws(TLSError) {
    let param = SSL_get0_param(ssl)
    if X509_VERIFY_PARAM_set1_ip_asc(param, name) == 1 {
      if !verify { X509_VERIFY_PARAM_set1_ip(param, nil, 0) }
      return
    }
    OpenSSLErrorQueue.clear()
    guard mesh_tls_set_server_name(ssl, name) == 1 else {
      throw OpenSSLErrorQueue.error(.configuration, "Cannot send \(name) as the server name.")
    }
    if verify, SSL_set1_host(ssl, name) != 1 {
      throw OpenSSLErrorQueue.error(.configuration, "Cannot verify the server name \(name).")
    }
  }

  // MARK: - Ciphertext

  /// Hands over ciphertext read from the socket.
  /// - Parameter bytes: the bytes, any amount; they are copied.
  func feedCiphertext(_ bytes: UnsafeRawBufferPointer) {
    guard let base = bytes.baseAddress, bytes.count > 0 else { return }
    var offset = 0
    while offset < bytes.count {
      let count = Int32(min(bytes.count - offset, Int(Int32.max)))
      let written = BIO_write(inbound, base + offset, count)
      precondition(written > 0, "a memory BIO refused a write")
      offset += Int(written)
    }
  }

  /// Hands over ciphertext held in an array.
  /// - Parameter bytes: the bytes.
  func feedCiphertext(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { feedCiphertext($0) }
  }

  /// The number of ciphertext bytes waiting to be sent.
  var pendingCiphertextCount: Int { Int(BIO_ctrl_pending(outbound)) }

  /// Moves ciphertext waiting to be sent into a buffer, such as the socket's write buffer.
  /// - Parameter buffer: where to write.
  /// - Returns: the number of bytes written.
  func drainCiphertext(into buffer: UnsafeMutableRawBufferPointer) -> Int {
    guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
    let read = BIO_read(outbound, base, Int32(min(buffer.count, Int(Int32.max))))
    return max(0, Int(read))
  }

  /// Appends every ciphertext byte waiting to be sent, copied once, straight out of the BIO.
  /// - Parameter output: the buffer to append to.
  /// - Returns: the number of bytes appended.
  @discardableResult
  func drainCiphertext(appendingTo output: inout [UInt8]) -> Int {
    var data: UnsafeMutablePointer<CChar>?
    // BIO_get_mem_data, a macro: the unread bytes of the memory BIO, in place.
    let count = Int(BIO_ctrl(outbound, BIO_CTRL_INFO, 0, &data))
    guard count > 0, let data else { return 0 }
    output.append(contentsOf: UnsafeRawBufferPointer(start: data, count: count))
    // BIO_reset, a macro: a read-write memory BIO drops its contents.
    BIO_ctrl(outbound, BIO_CTRL_RESET, 0, nil)
    return count
  }

  // MARK: - Handshake

  /// Advances the handshake with the ciphertext fed so far.
  /// - Returns: true once the handshake is complete (and from then on).
  /// - Throws: `TLSError`: `.certificateVerification`, `.applicationProtocol` or `.handshake`.
  @discardableResult
  func handshake() throws(TLSError) -> Bool {
    if isHandshakeComplete { return true }
    OpenSSLErrorQueue.clear()
    let result = SSL_do_handshake(ssl)
    if result == 1 {
      try checkApplicationProtocol()
      isHandshakeComplete = true
      if !heldPlaintext.isEmpty {
        let held = heldPlaintext
        heldPlaintext = []
        let result = held.withUnsafeBytes { bytes in Result { () throws(TLSError) in try encrypt(bytes) } }
        try result.get()
      }
      return true
    }
    switch SSL_get_error(ssl, result) {
    case SSL_ERROR_WANT_READ, SSL_ERROR_WANT_WRITE:
      return false
    default:
      throw handshakeError()
    }
  }

  private func handshakeError() -> TLSError {
    let verifyResult = SSL_get_verify_result(ssl)
    let errors = OpenSSLErrorQueue.drain()
    if verifyResult != X509_V_OK {
      let reason = String(cString: X509_verify_cert_error_string(verifyResult))
      return TLSError(kind: .certificateVerification, message: "The peer's certificate did not verify: \(reason).",
                      openSSLErrors: errors)
    }
    if errors.contains(where: { $0.contains("peer did not return a certificate") }) {
      return TLSError(kind: .certificateVerification, message: "The peer sent no certificate, and one is required.",
                      openSSLErrors: errors)
    }
    if errors.contains(where: { $0.contains("no application protocol") }) {
      return TLSError(kind: .applicationProtocol, message: "The peers share no ALPN protocol.", openSSLErrors: errors)
    }
    return TLSError(kind: .handshake, message: "The TLS handshake failed.", openSSLErrors: errors)
  }

  private func checkApplicationProtocol() throws(TLSError) {
    let configuration = context.configuration
    guard configuration.requiresApplicationProtocol, !configuration.applicationProtocols.isEmpty else { return }
    let negotiated = negotiatedApplicationProtocol
    if negotiated == nil, configuration.role == .server, configuration.acceptsClientsWithoutApplicationProtocol { return }
    guard let negotiated, configuration.applicationProtocols.contains(negotiated) else {
      throw TLSError(
        kind: .applicationProtocol,
        message: "The peer did not agree on ALPN \(configuration.applicationProtocols.joined(separator: ", ")).")
    }
  }

  /// The ALPN protocol agreed on, such as `h2`.
  var negotiatedApplicationProtocol: String? {
    var data: UnsafePointer<UInt8>?
    var length: UInt32 = 0
    SSL_get0_alpn_selected(ssl, &data, &length)
    guard let data, length > 0 else { return nil }
    return String(decoding: UnsafeBufferPointer(start: data, count: Int(length)), as: UTF8.self)
  }

  /// The protocol version in use, such as `TLSv1.3`.
  var negotiatedVersion: String { String(cString: SSL_get_version(ssl)) }

  /// The peer's certificate, when it sent one (always for a server; with mutual TLS for a client).
  var peerCertificate: TLSPeerCertificate? {
    guard let certificate = SSL_get1_peer_certificate(ssl) else { return nil }
    defer { X509_free(certificate) }
    return TLSPeerCertificate(certificate: certificate)
  }

  // MARK: - Plaintext

  /// Decrypts buffered ciphertext into `buffer`.
  /// - Parameter buffer: where the plaintext goes.
  /// - Returns: the bytes read, `.needsCiphertext`, or `.closed` after the peer's close_notify.
  /// - Throws: `TLSError`: `.connection` for a bad record or a fatal alert; handshake errors when the
  ///   handshake was not complete.
  func readPlaintext(into buffer: UnsafeMutableRawBufferPointer) throws(TLSError) -> ReadResult {
    guard try handshake() else { return .needsCiphertext }
    guard let base = buffer.baseAddress, buffer.count > 0 else { return .bytes(0) }
    OpenSSLErrorQueue.clear()
    var read = 0
    let result = SSL_read_ex(ssl, base, buffer.count, &read)
    if result == 1 { return .bytes(read) }
    switch SSL_get_error(ssl, result) {
    case SSL_ERROR_WANT_READ, SSL_ERROR_WANT_WRITE:
      return .needsCiphertext
    case SSL_ERROR_ZERO_RETURN:
      receivedCloseNotify = true
      return .closed
    default:
      throw OpenSSLErrorQueue.error(.connection, "Reading TLS data failed.")
    }
  }

  /// Decrypts every whole record buffered and appends the plaintext to `output`.
  /// - Parameter output: the buffer to append to.
  /// - Returns: `.bytes(n)` with the bytes appended (possibly 0), or `.closed`.
  func readPlaintext(appendingTo output: inout [UInt8]) throws(TLSError) -> ReadResult {
    var total = 0
    if scratch.isEmpty { scratch = [UInt8](repeating: 0, count: 16 * 1024) }  // one TLS record
    while true {
      let attempt = scratch.withUnsafeMutableBytes { buffer in
        Result { () throws(TLSError) -> ReadResult in try readPlaintext(into: buffer) }
      }
      switch try attempt.get() {
      case .bytes(let count):
        scratch.withUnsafeBytes { output.append(contentsOf: UnsafeRawBufferPointer(rebasing: $0[..<count])) }
        total += count
      case .needsCiphertext:
        return .bytes(total)
      case .closed:
        return total > 0 ? .bytes(total) : .closed
      }
    }
  }

  /// Encrypts plaintext; the records wait in the outbound BIO for `drainCiphertext`. Plaintext written
  /// before the handshake completes (the HTTP/2 preface and SETTINGS) is held and encrypted as soon as
  /// it does.
  /// - Parameter bytes: the plaintext.
  /// - Throws: `TLSError` (`.connection`) when the connection cannot send, such as after close.
  func writePlaintext(_ bytes: UnsafeRawBufferPointer) throws(TLSError) {
    guard bytes.count > 0 else { return }
    guard !isClosing else {
      throw TLSError(kind: .connection, message: "Cannot send data after close_notify.")
    }
    guard isHandshakeComplete else {
      heldPlaintext.append(contentsOf: bytes)
      return
    }
    try encrypt(bytes)
  }

  private func encrypt(_ bytes: UnsafeRawBufferPointer) throws(TLSError) {
    guard let base = bytes.baseAddress, bytes.count > 0 else { return }
    OpenSSLErrorQueue.clear()
    var written = 0
    // A memory BIO takes everything, so one call writes it all.
    guard SSL_write_ex(ssl, base, bytes.count, &written) == 1, written == bytes.count else {
      throw OpenSSLErrorQueue.error(.connection, "Writing TLS data failed.")
    }
  }

  /// Encrypts plaintext held in an array.
  /// - Parameter bytes: the plaintext.
  func writePlaintext(_ bytes: [UInt8]) throws(TLSError) {
    let result = bytes.withUnsafeBytes { raw in Result { () throws(TLSError) in try writePlaintext(raw) } }
    try result.get()
  }

  /// Sends close_notify (drain the ciphertext afterwards); nothing more can be written.
  /// - Returns: true when the peer's close_notify has also been received.
  @discardableResult
  func close() -> Bool {
    isClosing = true
    OpenSSLErrorQueue.clear()
    let result = SSL_shutdown(ssl)
    OpenSSLErrorQueue.clear()
    if result == 1 { receivedCloseNotify = true }
    return result == 1
  }
}
