public import MeshCore

/// Turns a gRPC-Web request body, in chunks cut anywhere, into request messages: base64 first for
/// `grpc-web-text`, then the 5-byte frames. Pure, so every malformed body is tested without sockets.
public struct GRPCWebRequestDecoder: Sendable {
  private var text: GRPCWebTextDecoder?
  private var frames: LengthPrefixedFrameDecoder

  /// Creates a decoder.
  /// - Parameters:
  ///   - isText: whether the body is base64 (`application/grpc-web-text`).
  ///   - maxMessageSize: the largest message accepted.
  public init(isText: Bool, maxMessageSize: Int) {
    text = isText ? GRPCWebTextDecoder() : nil
    frames = LengthPrefixedFrameDecoder(maxPayloadSize: maxMessageSize)
  }

  /// Decodes a chunk of the body.
  /// - Parameter chunk: the bytes as they arrived.
  /// - Returns: the messages completed by this chunk.
  /// - Throws: `RPCError`: `.invalidArgument` for bad base64 or a trailer frame from the client,
  ///   `.resourceExhausted` for a message over the limit, `.unimplemented` for a compressed message.
  public mutating func append(_ chunk: [UInt8]) throws(RPCError) -> [[UInt8]] {
    if var decoder = text {
      let bytes = try decoder.append(chunk)
      text = decoder
      frames.append(bytes)
    } else {
      frames.append(chunk)
    }
    return try drain()
  }

  /// Ends the body.
  /// - Returns: a last message completed by the end of the base64 text.
  /// - Throws: `RPCError` (`.invalidArgument`) when the body ends inside a base64 group or a frame.
  public mutating func finish() throws(RPCError) -> [[UInt8]] {
    var messages: [[UInt8]] = []
    if var decoder = text {
      let bytes = try decoder.finish()
      text = decoder
      frames.append(bytes)
      messages = try drain()
    }
    try frames.finish()
    return messages
  }

  private mutating func drain() throws(RPCError) -> [[UInt8]] {
    var messages: [[UInt8]] = []
    while let frame = try frames.next() {
      if frame.flags & GRPCWebTrailers.flag != 0 {
        throw RPCError(code: .invalidArgument, message: "A gRPC-Web request may not carry a trailer frame.")
      }
      if frame.flags & 0x01 != 0 {
        // No grpc-encoding is negotiated on the gRPC-Web side, so a compressed message cannot be read.
        throw RPCError(code: .unimplemented, message: "Compressed gRPC-Web request messages are not supported.")
      }
      messages.append(frame.payload)
    }
    return messages
  }
}
