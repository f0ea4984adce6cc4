import COpenSSL

/// OpenSSL's per-thread error queue: cleared before each operation so that what is read after a
/// failure belongs to that failure.
enum OpenSSLErrorQueue {
  /// Forgets errors left by earlier operations on this thread.
  @inline(__always)
  static func clear() { ERR_clear_error() }

  /// Takes every queued error, oldest first, as OpenSSL's strings.
  static func drain() -> [String] {
    var errors: [String] = []
    var buffer = [CChar](repeating: 0, count: 256)
    while true {
      let code = ERR_get_error()
      if code == 0 { break }
      buffer.withUnsafeMutableBufferPointer { ERR_error_string_n(code, $0.baseAddress, $0.count) }
      errors.append(String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }
    return errors
  }

  /// An error of `kind` carrying the queued OpenSSL errors.
  /// - Parameters:
  ///   - kind: the kind of failure.
  ///   - message: what was being done.
  static func error(_ kind: TLSError.Kind, _ message: String) -> TLSError {
    TLSError(kind: kind, message: message, openSSLErrors: drain())
  }
}
