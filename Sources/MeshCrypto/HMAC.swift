internal import COpenSSL

/// Keyed hashing (HMAC) on OpenSSL, for keyed pseudonyms, API key digests and HS256 tokens.
public enum HMAC {
  /// HMAC-SHA-256 of `message` under `key`.
  /// - Parameters:
  ///   - key: the secret key; any length.
  ///   - message: the bytes to authenticate.
  /// - Returns: the 32-byte tag.
  public static func sha256(key: [UInt8], message: [UInt8]) -> [UInt8] {
    var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
    var length: UInt32 = 0
    let ok = key.withUnsafeBufferPointer { k in
      message.withUnsafeBufferPointer { m in
        out.withUnsafeMutableBufferPointer { o in
          COpenSSL.HMAC(EVP_sha256(), k.baseAddress, Int32(k.count), m.baseAddress, m.count,
                        o.baseAddress, &length)
        }
      }
    }
    // HMAC only fails on allocation failure inside OpenSSL: nothing a caller could recover from.
    precondition(ok != nil, "HMAC-SHA-256 failed in OpenSSL")
    return Array(out.prefix(Int(length)))
  }
}
