import COpenSSL

/// Reads certificates and keys from a `TLSConfiguration.PEMSource` into OpenSSL objects.
enum PEMReader {
  /// Runs `body` with a BIO reading the source.
  private static func withBIO<R>(
    _ source: TLSConfiguration.PEMSource, what: String, _ body: (OpaquePointer) throws(TLSError) -> R
  ) throws(TLSError) -> R {
    switch source {
    case .file(let path):
      guard let bio = BIO_new_file(path, "r") else {
        throw OpenSSLErrorQueue.error(.configuration, "Cannot open the \(what) file \(path).")
      }
      defer { BIO_free(bio) }
      return try body(bio)
    case .pem(let text):
      let bytes = Array(text.utf8)
      let result = bytes.withUnsafeBytes { raw in
        Result { () throws(TLSError) -> R in
          guard let bio = BIO_new_mem_buf(raw.baseAddress, Int32(raw.count)) else {
            throw OpenSSLErrorQueue.error(.configuration, "Cannot read the \(what) PEM.")
          }
          defer { BIO_free(bio) }
          return try body(bio)
        }
      }
      return try result.get()
    }
  }

  /// Every certificate of the source, in order; the caller frees them with `X509_free`.
  /// - Parameters:
  ///   - source: PEM file or text.
  ///   - what: what the certificates are, for error messages.
  /// - Throws: `TLSError` (`.configuration`) when the source holds no certificate.
  static func certificates(_ source: TLSConfiguration.PEMSource, what: String) throws(TLSError) -> [OpaquePointer] {
    try withBIO(source, what: what) { (bio) throws(TLSError) -> [OpaquePointer] in
      var certificates: [OpaquePointer] = []
      while let certificate = PEM_read_bio_X509(bio, nil, nil, nil) { certificates.append(certificate) }
      // The loop ends on "no start line" at the end of the data: that is not an error.
      let errors = OpenSSLErrorQueue.drain()
      guard !certificates.isEmpty else {
        throw TLSError(kind: .configuration, message: "No certificate found in the \(what).", openSSLErrors: errors)
      }
      return certificates
    }
  }

  /// The private key of the source; the caller frees it with `EVP_PKEY_free`.
  /// - Parameters:
  ///   - source: PEM file or text.
  ///   - what: what the key is, for error messages.
  static func privateKey(_ source: TLSConfiguration.PEMSource, what: String) throws(TLSError) -> OpaquePointer {
    try withBIO(source, what: what) { (bio) throws(TLSError) -> OpaquePointer in
      guard let key = PEM_read_bio_PrivateKey(bio, nil, nil, nil) else {
        throw OpenSSLErrorQueue.error(.configuration, "No private key found in the \(what).")
      }
      return key
    }
  }
}
