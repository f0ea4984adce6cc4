import COpenSSL

/// What a connection knows of the peer's certificate once the handshake is done.
struct TLSPeerCertificate: Sendable, Hashable {
  /// The subject in RFC 2253 form, such as `CN=mesh-test-client,O=Mesh Test`.
  let subject: String
  /// The DNS names of the subject alternative names.
  let dnsNames: [String]
  /// The IP addresses of the subject alternative names, as text (`127.0.0.1`, `::1`).
  let ipAddresses: [String]
  /// The URIs of the subject alternative names (SPIFFE IDs live here).
  let uris: [String]

  /// Reads a certificate.
  /// - Parameter certificate: an `X509 *`, not consumed.
  init(certificate: OpaquePointer) {
    var buffer = [CChar](repeating: 0, count: 1024)
    let length = buffer.withUnsafeMutableBufferPointer {
      mesh_tls_name_rfc2253(X509_get_subject_name(certificate), $0.baseAddress, Int32($0.count))
    }
    subject = String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var dnsNames: [String] = []
    var ipAddresses: [String] = []
    var uris: [String] = []
    if let names = mesh_tls_subject_alt_names(certificate) {
      defer { mesh_tls_general_names_free(names) }
      for index in 0..<mesh_tls_general_names_count(names) {
        var data: UnsafePointer<UInt8>?
        var count: Int32 = 0
        let type = mesh_tls_general_name_at(names, index, &data, &count)
        guard let data else { continue }
        let bytes = UnsafeBufferPointer(start: data, count: Int(count))
        switch type {
        case mesh_tls_gen_dns(): dnsNames.append(String(decoding: bytes, as: UTF8.self))
        case mesh_tls_gen_uri(): uris.append(String(decoding: bytes, as: UTF8.self))
        case mesh_tls_gen_ipadd(): ipAddresses.append(TLSPeerCertificate.formatAddress(bytes))
        default: break
        }
      }
    }
    self.dnsNames = dnsNames
    self.ipAddresses = ipAddresses
    self.uris = uris
  }

  /// Dotted IPv4, or IPv6 in the RFC 5952 short form.
  private static func formatAddress(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
    guard bytes.count == 16 else { return bytes.map { String($0, radix: 16) }.joined(separator: ":") }
    let groups = (0..<8).map { Int(bytes[2 * $0]) << 8 | Int(bytes[2 * $0 + 1]) }
    // The longest run of two or more zero groups becomes "::".
    var best = (start: -1, length: 0)
    var index = 0
    while index < 8 {
      guard groups[index] == 0 else { index += 1; continue }
      var end = index
      while end < 8, groups[end] == 0 { end += 1 }
      if end - index > best.length, end - index >= 2 { best = (index, end - index) }
      index = end
    }
    let hex = groups.map { String($0, radix: 16) }
    guard best.start >= 0 else { return hex.joined(separator: ":") }
    let head = hex[..<best.start].joined(separator: ":")
    let tail = hex[(best.start + best.length)...].joined(separator: ":")
    return head + "::" + tail
  }
}
