import MeshCore

/// Writes gRPC Length-Prefixed-Messages (PROTOCOL-HTTP2.md): a Compressed-Flag byte, a 4-byte
/// big-endian length, then the message, appended to an outbound buffer that becomes DATA frames.
enum MessageFramer {
  /// The size of the prefix: one flag byte and a 32-bit length.
  static let prefixSize = 5

  /// Appends an uncompressed message.
  /// - Parameters:
  ///   - message: the serialized message.
  ///   - buffer: the outbound bytes of the stream.
  /// - Throws: `RPCError` (`.resourceExhausted`) for a message the 32-bit length cannot describe.
  static func append(_ message: UnsafeRawBufferPointer, to buffer: inout [UInt8]) throws(RPCError) {
    try checkLength(message.count)
    buffer.reserveGrowing(prefixSize + message.count)
    appendPrefix(compressed: false, length: message.count, to: &buffer)
    buffer.append(contentsOf: message)
  }

  /// Appends an uncompressed message held in an array.
  /// - Parameters:
  ///   - message: the serialized message.
  ///   - buffer: the outbound bytes of the stream.
  static func append(_ message: [UInt8], to buffer: inout [UInt8]) throws(RPCError) {
    try checkLength(message.count)
    buffer.reserveGrowing(prefixSize + message.count)
    appendPrefix(compressed: false, length: message.count, to: &buffer)
    buffer.append(contentsOf: message)
  }

  /// Appends only the prefix of an uncompressed message of `length` bytes, whose bytes follow
  /// elsewhere (a large message queued as it is, not copied).
  /// - Throws: `RPCError` (`.resourceExhausted`) for a length the 32-bit prefix cannot describe.
  static func appendPrefix(ofLength length: Int, to buffer: inout [UInt8]) throws(RPCError) {
    try checkLength(length)
    appendPrefix(compressed: false, length: length, to: &buffer)
  }

  /// Appends a message compressed on the way, with the Compressed-Flag set.
  /// - Parameters:
  ///   - message: the serialized message.
  ///   - compressor: the stream's compressor for its `grpc-encoding`.
  ///   - buffer: the outbound bytes of the stream.
  static func append(
    _ message: UnsafeRawBufferPointer, compressingWith compressor: MessageCompressor, to buffer: inout [UInt8]
  ) throws(RPCError) {
    let start = buffer.count
    appendPrefix(compressed: true, length: 0, to: &buffer)
    let length = compressor.compress(message, appendingTo: &buffer)
    do {
      try checkLength(length)
    } catch {
      buffer.removeLast(buffer.count - start)
      throw error
    }
    patchLength(length, at: start, in: &buffer)
  }

  /// Appends an uncompressed message serialized straight into the buffer, with no intermediate copy.
  /// - Parameters:
  ///   - buffer: the outbound bytes of the stream.
  ///   - writePayload: appends the serialized message to the buffer it is given.
  static func appendMessage(
    to buffer: inout [UInt8], writingPayload writePayload: (inout [UInt8]) throws -> Void
  ) throws {
    let start = buffer.count
    appendPrefix(compressed: false, length: 0, to: &buffer)
    do {
      try writePayload(&buffer)
      let length = buffer.count - start - prefixSize
      try checkLength(length)
      patchLength(length, at: start, in: &buffer)
    } catch {
      buffer.removeLast(buffer.count - start)
      throw error
    }
  }

  private static func checkLength(_ length: Int) throws(RPCError) {
    guard length <= Int(UInt32.max) else {
      throw RPCError(code: .resourceExhausted, message: "A message of \(length) bytes does not fit a gRPC frame.")
    }
  }

  @inline(__always)
  private static func appendPrefix(compressed: Bool, length: Int, to buffer: inout [UInt8]) {
    let length = UInt32(truncatingIfNeeded: length)
    var prefix = (
      UInt8(compressed ? 1 : 0), UInt8(truncatingIfNeeded: length >> 24), UInt8(truncatingIfNeeded: length >> 16),
      UInt8(truncatingIfNeeded: length >> 8), UInt8(truncatingIfNeeded: length)
    )
    withUnsafeBytes(of: &prefix) { buffer.append(contentsOf: $0) }
  }

  @inline(__always)
  private static func patchLength(_ length: Int, at start: Int, in buffer: inout [UInt8]) {
    let length = UInt32(truncatingIfNeeded: length)
    buffer[start + 1] = UInt8(truncatingIfNeeded: length >> 24)
    buffer[start + 2] = UInt8(truncatingIfNeeded: length >> 16)
    buffer[start + 3] = UInt8(truncatingIfNeeded: length >> 8)
    buffer[start + 4] = UInt8(truncatingIfNeeded: length)
  }
}
