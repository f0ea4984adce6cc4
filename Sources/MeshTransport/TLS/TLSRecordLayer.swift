/// TLS of one server connection whose handshake is done, for a protocol served outside MeshTransport:
/// MeshHTTP's HTTP/1.1 server on a TLS port whose client chose `http/1.1` by ALPN (or offered no ALPN).
/// The connection reads ciphertext from its socket and `open`s it; it `seal`s what it sends and writes
/// the ciphertext. Loop-confined like the connection that owns it (hence `@unchecked Sendable`: it only
/// crosses to that connection's loop once, at the hand-over).
package final class TLSRecordLayer: @unchecked Sendable {
  private let engine: TLSEngine

  init(engine: TLSEngine) { self.engine = engine }

  /// The ALPN protocol agreed on; nil when the client offered none.
  package var applicationProtocol: String? { engine.negotiatedApplicationProtocol }

  /// Decrypts ciphertext read from the socket (and any whole record already buffered: call it with no
  /// bytes once at the start, as the handshake may have buffered the client's first request).
  /// - Parameters:
  ///   - ciphertext: the bytes read; may be empty.
  ///   - buffer: scratch room for plaintext (the loop's read buffer, once the ciphertext is copied in).
  ///   - output: where TLS's own records (alerts, session tickets) are appended for the socket.
  ///   - body: given each piece of plaintext, in order.
  /// - Returns: false when the peer sent close_notify.
  /// - Throws: `TLSError` for a bad record or a fatal alert (append `output` once more: it may hold an alert).
  package func open(_ ciphertext: UnsafeRawBufferPointer, scratch buffer: UnsafeMutableRawBufferPointer,
                    output: inout [UInt8], _ body: (UnsafeRawBufferPointer) -> Void) throws(TLSError) -> Bool {
    engine.feedCiphertext(ciphertext)
    defer { engine.drainCiphertext(appendingTo: &output) }
    while true {
      switch try engine.readPlaintext(into: buffer) {
      case .bytes(let count): body(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
      case .needsCiphertext: return true
      case .closed: return false
      }
    }
  }

  /// Encrypts plaintext and appends the records to `output`.
  /// - Parameters:
  ///   - plaintext: what to send.
  ///   - output: the socket's pending bytes.
  /// - Throws: `TLSError` once the connection can no longer send.
  package func seal(_ plaintext: [UInt8], appendingTo output: inout [UInt8]) throws(TLSError) {
    try engine.writePlaintext(plaintext)
    engine.drainCiphertext(appendingTo: &output)
  }

  /// Appends what TLS has pending for the peer (the end of the handshake, session tickets).
  /// - Parameter output: the socket's pending bytes.
  package func drain(appendingTo output: inout [UInt8]) { engine.drainCiphertext(appendingTo: &output) }

  /// Appends close_notify to `output`; nothing can be sealed afterwards.
  /// - Parameter output: the socket's pending bytes.
  package func close(appendingTo output: inout [UInt8]) {
    engine.close()
    engine.drainCiphertext(appendingTo: &output)
  }
}
