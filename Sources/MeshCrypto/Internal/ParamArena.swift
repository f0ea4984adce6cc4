internal import COpenSSL

/// C memory that must outlive an `OSSL_PARAM_BLD` until it is turned into parameters: the builder
/// stores pointers to names, BIGNUMs and octet strings rather than copies.
final class ParamArena {
  private var buffers: [UnsafeMutableRawPointer] = []
  private var bignums: [OpaquePointer] = []

  deinit {
    buffers.forEach { free($0) }
    bignums.forEach { BN_clear_free($0) }
  }

  /// A NUL-terminated copy of `string`.
  func cString(_ string: String) -> UnsafePointer<CChar> {
    let copy = strdup(string)!
    buffers.append(UnsafeMutableRawPointer(copy))
    return UnsafePointer(copy)
  }

  /// Pushes a big-endian unsigned integer as a BIGNUM parameter.
  func pushBigNum(_ builder: OpaquePointer, _ name: String, _ bytes: [UInt8]) -> Bool {
    guard !bytes.isEmpty, let bn = BN_bin2bn(bytes, Int32(bytes.count), nil) else { return false }
    bignums.append(bn)
    return OSSL_PARAM_BLD_push_BN(builder, cString(name), bn) == 1
  }

  /// Pushes an octet string parameter.
  func pushOctets(_ builder: OpaquePointer, _ name: String, _ bytes: [UInt8]) -> Bool {
    let copy = malloc(max(bytes.count, 1))!
    buffers.append(copy)
    bytes.withUnsafeBytes { copy.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
    return OSSL_PARAM_BLD_push_octet_string(builder, cString(name), copy, bytes.count) == 1
  }

  /// Pushes a UTF-8 string parameter.
  func pushUTF8(_ builder: OpaquePointer, _ name: String, _ value: String) -> Bool {
    OSSL_PARAM_BLD_push_utf8_string(builder, cString(name), cString(value), 0) == 1
  }
}
