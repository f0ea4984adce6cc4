import COpenSSL
import Glibc

extension TLSConfiguration {
  /// When the certificate this side presents stops being valid (its `notAfter`), in seconds since
  /// 1970-01-01 UTC: what the mesh's certificate-expiry metric exports. Read from the same PEM source
  /// the TLS context loads, through OpenSSL (`X509_get0_notAfter`, `ASN1_TIME_to_tm`).
  /// - Returns: the first certificate's `notAfter`; nil when this side presents no certificate.
  /// - Throws: `TLSError` (`.configuration`) when the certificate cannot be read or its time cannot be parsed.
  public func certificateNotAfter() throws(TLSError) -> Int64? {
    guard let source = certificateChain else { return nil }
    let chain = try PEMReader.certificates(source, what: "certificate")
    defer { chain.forEach { X509_free($0) } }
    guard let certificate = chain.first, let notAfter = X509_get0_notAfter(certificate) else {
      throw OpenSSLErrorQueue.error(.configuration, "The certificate has no notAfter time.")
    }
    var parts = tm()
    guard ASN1_TIME_to_tm(notAfter, &parts) == 1 else {
      throw OpenSSLErrorQueue.error(.configuration, "The certificate's notAfter time cannot be read.")
    }
    // ASN1_TIME_to_tm gives UTC fields; timegm reads them as UTC (mktime would apply the local zone).
    return Int64(timegm(&parts))
  }
}
