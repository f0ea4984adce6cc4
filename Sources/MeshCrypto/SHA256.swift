internal import COpenSSL

/// SHA-256 on OpenSSL, for content digests (attachments).
public enum SHA256 {
  /// The 32-byte SHA-256 digest of `data`.
  /// - Parameter data: the bytes to hash.
  public static func hash(_ data: [UInt8]) -> [UInt8] {
    var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
    var length: UInt32 = 0
    let ok = data.withUnsafeBufferPointer { d in
      out.withUnsafeMutableBufferPointer { o in EVP_Digest(d.baseAddress, d.count, o.baseAddress, &length, EVP_sha256(), nil) }
    }
    // EVP_Digest only fails on allocation failure inside OpenSSL.
    precondition(ok == 1, "SHA-256 failed in OpenSSL")
    return Array(out.prefix(Int(length)))
  }
}
