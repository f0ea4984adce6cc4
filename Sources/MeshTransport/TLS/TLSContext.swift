import COpenSSL

/// An OpenSSL `SSL_CTX` built once from a `TLSConfiguration` and shared by every connection of a server
/// or a client: certificates, keys and trust stores are parsed once, not per handshake.
///
/// Immutable after creation; OpenSSL allows `SSL_new` on one `SSL_CTX` from many threads.
final class TLSContext: @unchecked Sendable {
  /// The configuration it was built from.
  let configuration: TLSConfiguration
  /// The `SSL_CTX`.
  let pointer: OpaquePointer
  /// The server's ALPN list, read by the C selection callback; owned here, freed in deinit.
  private let alpnConfig: UnsafeMutablePointer<mesh_tls_alpn_config>?

  /// Builds the context.
  /// - Parameter configuration: the settings.
  /// - Throws: `TLSError` (`.configuration`) for unreadable PEM, a key that does not match its
  ///   certificate, a missing server certificate, or an ALPN list too long.
  init(configuration: TLSConfiguration) throws(TLSError) {
    OpenSSLErrorQueue.clear()
    let method = configuration.role == .server ? TLS_server_method() : TLS_client_method()
    guard let context = SSL_CTX_new(method) else {
      throw OpenSSLErrorQueue.error(.configuration, "SSL_CTX_new failed.")
    }
    self.configuration = configuration
    self.pointer = context
    var alpn: UnsafeMutablePointer<mesh_tls_alpn_config>?
    do {
      try TLSContext.configureVersions(context, configuration)
      try TLSContext.configureCredentials(context, configuration)
      try TLSContext.configureTrust(context, configuration)
      alpn = try TLSContext.configureALPN(context, configuration)
    } catch {
      SSL_CTX_free(context)
      throw error
    }
    alpnConfig = alpn
  }

  deinit {
    SSL_CTX_free(pointer)
    alpnConfig?.deallocate()
  }

  private static func configureVersions(_ context: OpaquePointer, _ configuration: TLSConfiguration) throws(TLSError) {
    mesh_tls_ctx_set_defaults(context)
    let minimum = configuration.testingMinimumVersion ?? configuration.minimumVersion
    guard mesh_tls_ctx_set_min_proto_version(context, protocolVersion(minimum)) == 1 else {
      throw OpenSSLErrorQueue.error(.configuration, "Cannot set the minimum TLS version to \(minimum).")
    }
    if let maximum = configuration.maximumVersion {
      guard mesh_tls_ctx_set_max_proto_version(context, protocolVersion(maximum)) == 1 else {
        throw OpenSSLErrorQueue.error(.configuration, "Cannot set the maximum TLS version to \(maximum).")
      }
    }
    // For TLS 1.2, only ephemeral key exchange with AEAD ciphers: RFC 7540 §9.2.2 forbids the rest.
    // TLS 1.3 suites are all acceptable and keep OpenSSL's defaults.
    let ciphers = configuration.testingCipherList ?? "ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM:DHE+CHACHA20"
    guard SSL_CTX_set_cipher_list(context, ciphers) == 1 else {
      throw OpenSSLErrorQueue.error(.configuration, "Cannot set the cipher list \(ciphers).")
    }
  }

  private static func protocolVersion(_ version: TLSConfiguration.Version) -> Int32 {
    switch version {
    case .tls11: mesh_tls_version_tls1_1()
    case .tls12: mesh_tls_version_tls1_2()
    default: mesh_tls_version_tls1_3()
    }
  }

  private static func configureCredentials(_ context: OpaquePointer, _ configuration: TLSConfiguration) throws(TLSError) {
    guard let chainSource = configuration.certificateChain else {
      if configuration.role == .server {
        throw TLSError(kind: .configuration, message: "A TLS server needs a certificate chain and a private key.")
      }
      if configuration.privateKey != nil {
        throw TLSError(kind: .configuration, message: "A private key was given without its certificate.")
      }
      return
    }
    guard let keySource = configuration.privateKey else {
      throw TLSError(kind: .configuration, message: "A certificate chain was given without its private key.")
    }
    let chain = try PEMReader.certificates(chainSource, what: "certificate chain")
    defer { chain.forEach { X509_free($0) } }
    guard SSL_CTX_use_certificate(context, chain[0]) == 1 else {
      throw OpenSSLErrorQueue.error(.configuration, "The certificate cannot be used.")
    }
    for intermediate in chain.dropFirst() {
      guard mesh_tls_ctx_add1_chain_cert(context, intermediate) == 1 else {
        throw OpenSSLErrorQueue.error(.configuration, "An intermediate certificate cannot be used.")
      }
    }
    let key = try PEMReader.privateKey(keySource, what: "private key")
    defer { EVP_PKEY_free(key) }
    guard SSL_CTX_use_PrivateKey(context, key) == 1, SSL_CTX_check_private_key(context) == 1 else {
      throw OpenSSLErrorQueue.error(.configuration, "The private key does not match the certificate.")
    }
  }

  private static func configureTrust(_ context: OpaquePointer, _ configuration: TLSConfiguration) throws(TLSError) {
    let verifies = configuration.role == .client || configuration.clientCertificateVerification != .none
    guard verifies else {
      SSL_CTX_set_verify(context, SSL_VERIFY_NONE, nil)
      return
    }
    switch configuration.trustRoots {
    case .systemDefault:
      guard SSL_CTX_set_default_verify_paths(context) == 1 else {
        throw OpenSSLErrorQueue.error(.configuration, "Cannot load the system's CA certificates.")
      }
    case .certificates(let source):
      let roots = try PEMReader.certificates(source, what: "trusted CA certificates")
      defer { roots.forEach { X509_free($0) } }
      let store = SSL_CTX_get_cert_store(context)
      for root in roots {
        guard X509_STORE_add_cert(store, root) == 1 else {
          throw OpenSSLErrorQueue.error(.configuration, "A trusted CA certificate cannot be added.")
        }
        // A server names the CAs it accepts in its CertificateRequest.
        if configuration.role == .server { SSL_CTX_add_client_CA(context, root) }
      }
    }
    var mode = SSL_VERIFY_PEER
    if configuration.role == .server, configuration.clientCertificateVerification == .required {
      mode |= SSL_VERIFY_FAIL_IF_NO_PEER_CERT
    }
    SSL_CTX_set_verify(context, mode, nil)
  }

  private static func configureALPN(
    _ context: OpaquePointer, _ configuration: TLSConfiguration
  ) throws(TLSError) -> UnsafeMutablePointer<mesh_tls_alpn_config>? {
    guard !configuration.applicationProtocols.isEmpty else { return nil }
    var wire: [UInt8] = []
    for name in configuration.applicationProtocols {
      let bytes = Array(name.utf8)
      guard !bytes.isEmpty, bytes.count <= 255 else {
        throw TLSError(kind: .configuration, message: "The ALPN protocol name \"\(name)\" is empty or too long.")
      }
      wire.append(UInt8(bytes.count))
      wire.append(contentsOf: bytes)
    }
    switch configuration.role {
    case .client:
      // Unlike most of OpenSSL, SSL_CTX_set_alpn_protos returns 0 on success.
      guard SSL_CTX_set_alpn_protos(context, wire, UInt32(wire.count)) == 0 else {
        throw OpenSSLErrorQueue.error(.configuration, "Cannot set the ALPN protocols.")
      }
      return nil
    case .server:
      let capacity = MemoryLayout.size(ofValue: mesh_tls_alpn_config().protocols)
      guard wire.count <= capacity else {
        throw TLSError(kind: .configuration, message: "The ALPN protocol list is longer than \(capacity) bytes.")
      }
      let config = UnsafeMutablePointer<mesh_tls_alpn_config>.allocate(capacity: 1)
      config.initialize(to: mesh_tls_alpn_config())
      config.pointee.required = configuration.requiresApplicationProtocol ? 1 : 0
      config.pointee.length = UInt32(wire.count)
      withUnsafeMutableBytes(of: &config.pointee.protocols) { $0.copyBytes(from: wire) }
      mesh_tls_ctx_set_alpn_select(context, config)
      return config
    }
  }
}
