public import MeshCore

/// One frame of a 5-byte-prefixed stream: gRPC-Web's data and trailer frames, Connect's envelopes.
public struct LengthPrefixedFrame: Sendable, Hashable {
  /// The flags byte (gRPC-Web: 0x01 compressed, 0x80 trailers; Connect: 0x01 compressed, 0x02 end of stream).
  public var flags: UInt8
  /// The payload.
  public var payload: [UInt8]

  /// Creates a frame.
  /// - Parameters:
  ///   - flags: the flags byte.
  ///   - payload: the payload.
  public init(flags: UInt8, payload: [UInt8]) {
    self.flags = flags
    self.payload = payload
  }

  /// The frame as bytes: flags, a big-endian 32-bit length, the payload.
  public var encoded: [UInt8] {
    let length = UInt32(truncatingIfNeeded: payload.count)
    var bytes: [UInt8] = [flags, UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF),
                          UInt8(length & 0xFF)]
    bytes += payload
    return bytes
  }
}

/// Cuts a byte stream that arrives in chunks of any size into 5-byte-prefixed frames, refusing a length
/// prefix above the limit before buffering the payload.
public struct LengthPrefixedFrameDecoder: Sendable {
  /// The largest payload accepted.
  public let maxPayloadSize: Int
  private var buffer: [UInt8] = []
  private var start = 0

  /// Creates a decoder.
  /// - Parameter maxPayloadSize: the largest payload accepted, in bytes.
  public init(maxPayloadSize: Int) {
    self.maxPayloadSize = maxPayloadSize
  }

  /// Adds bytes that arrived.
  /// - Parameter bytes: the bytes.
  public mutating func append(_ bytes: [UInt8]) {
    if start > 0, start >= buffer.count / 2 {
      buffer.removeFirst(start)
      start = 0
    }
    buffer += bytes
  }

  /// The next whole frame, or nil until more bytes arrive.
  /// - Throws: `RPCError` (`.resourceExhausted`) when a length prefix exceeds `maxPayloadSize`.
  public mutating func next() throws(RPCError) -> LengthPrefixedFrame? {
    guard buffer.count - start >= 5 else { return nil }
    let length = Int(buffer[start + 1]) << 24 | Int(buffer[start + 2]) << 16 | Int(buffer[start + 3]) << 8
      | Int(buffer[start + 4])
    guard length <= maxPayloadSize else {
      throw RPCError(code: .resourceExhausted,
                     message: "A message of \(length) bytes exceeds the limit of \(maxPayloadSize) bytes.")
    }
    guard buffer.count - start >= 5 + length else { return nil }
    let frame = LengthPrefixedFrame(flags: buffer[start], payload: Array(buffer[(start + 5)..<(start + 5 + length)]))
    start += 5 + length
    return frame
  }

  /// Checks that the stream ended between frames.
  /// - Throws: `RPCError` (`.invalidArgument`) when bytes of an unfinished frame are left.
  public func finish() throws(RPCError) {
    let left = buffer.count - start
    guard left == 0 else {
      throw RPCError(code: .invalidArgument, message: "The body ends inside a frame (\(left) bytes of a truncated frame).")
    }
  }
}
