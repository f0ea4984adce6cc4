internal import COpenSSL

/// Bytes from OpenSSL's CSPRNG (`RAND_bytes`), for nonces, keys and API key secrets.
public enum SecureRandom {
  /// `count` unpredictable bytes.
  /// - Parameters:
  ///   - count: how many bytes.
  public static func bytes(count: Int) -> [UInt8] {
    var out = [UInt8](repeating: 0, count: count)
    guard count > 0 else { return out }
    let ok = out.withUnsafeMutableBufferPointer { RAND_bytes($0.baseAddress, Int32(count)) }
    // RAND_bytes fails only when the DRBG cannot be seeded: continuing would hand out weak keys.
    precondition(ok == 1, "RAND_bytes failed: OpenSSL's random generator is not seeded")
    return out
  }
}
