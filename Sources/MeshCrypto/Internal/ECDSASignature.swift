internal import COpenSSL

/// JOSE writes an ECDSA signature as r || s, fixed width (RFC 7518 §3.4); OpenSSL reads and writes
/// DER `ECDSA-Sig-Value` sequences. These convert between the two.
enum ECDSASignature {
  /// DER → r || s, each left-padded to `width` bytes.
  static func rawFromDER(_ der: [UInt8], width: Int) -> [UInt8]? {
    var cursor: UnsafePointer<UInt8>? = nil
    let sig: OpaquePointer? = der.withUnsafeBufferPointer { buffer in
      cursor = buffer.baseAddress
      return d2i_ECDSA_SIG(nil, &cursor, buffer.count)
    }
    guard let sig else { return nil }
    defer { ECDSA_SIG_free(sig) }
    var r: OpaquePointer?, s: OpaquePointer?
    ECDSA_SIG_get0(sig, &r, &s)
    var out = [UInt8](repeating: 0, count: 2 * width)
    let ok = out.withUnsafeMutableBufferPointer { o in
      BN_bn2binpad(r, o.baseAddress, Int32(width)) == Int32(width)
        && BN_bn2binpad(s, o.baseAddress! + width, Int32(width)) == Int32(width)
    }
    return ok ? out : nil
  }

  /// r || s → DER; nil unless `raw` is exactly two `width`-byte halves.
  static func derFromRaw(_ raw: [UInt8], width: Int) -> [UInt8]? {
    guard raw.count == 2 * width, let sig = ECDSA_SIG_new() else { return nil }
    defer { ECDSA_SIG_free(sig) }
    guard let r = BN_bin2bn(raw, Int32(width), nil) else { return nil }
    guard let s = raw.withUnsafeBufferPointer({ BN_bin2bn($0.baseAddress! + width, Int32(width), nil) }) else {
      BN_free(r)
      return nil
    }
    // set0 takes ownership of r and s.
    guard ECDSA_SIG_set0(sig, r, s) == 1 else {
      BN_free(r)
      BN_free(s)
      return nil
    }
    let length = i2d_ECDSA_SIG(sig, nil)
    guard length > 0 else { return nil }
    var der = [UInt8](repeating: 0, count: Int(length))
    let written = der.withUnsafeMutableBufferPointer { buffer -> Int32 in
      var cursor: UnsafeMutablePointer<UInt8>? = buffer.baseAddress
      return i2d_ECDSA_SIG(sig, &cursor)
    }
    return written == length ? der : nil
  }
}
