extension TLSEngine {
  /// The read side of a connection in one call: feeds what the socket read, advances the handshake,
  /// and hands each decrypted chunk to `deliver` (such as the nghttp2 session), in order.
  /// - Parameters:
  ///   - ciphertext: the bytes read from the socket.
  ///   - deliver: receives plaintext; the bytes are valid only during the call.
  /// - Returns: true when the peer has sent close_notify.
  /// - Throws: `TLSError` from the handshake or a bad record; drain the ciphertext afterwards to send
  ///   the alert OpenSSL wrote.
  func receive(ciphertext: UnsafeRawBufferPointer, deliver: (UnsafeRawBufferPointer) -> Void) throws(TLSError) -> Bool {
    feedCiphertext(ciphertext)
    if scratch.isEmpty { scratch = [UInt8](repeating: 0, count: 16 * 1024) }
    while true {
      let attempt = scratch.withUnsafeMutableBytes { buffer in
        Result { () throws(TLSError) -> ReadResult in
          let result = try readPlaintext(into: buffer)
          if case .bytes(let count) = result, count > 0 {
            deliver(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
          }
          return result
        }
      }
      switch try attempt.get() {
      case .bytes: continue
      case .needsCiphertext: return false
      case .closed: return true
      }
    }
  }

  /// The write side of a connection in one call: encrypts `plaintext` (held until the handshake
  /// completes) and appends every pending ciphertext byte, handshake records included, to `outbound`.
  /// - Parameters:
  ///   - plaintext: bytes to send, such as nghttp2's output; may be empty to flush handshake records.
  ///   - outbound: the socket's write buffer.
  func send(plaintext: UnsafeRawBufferPointer, appendingCiphertextTo outbound: inout [UInt8]) throws(TLSError) {
    try writePlaintext(plaintext)
    drainCiphertext(appendingTo: &outbound)
  }
}
