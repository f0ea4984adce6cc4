/// A message that can be put on the wire: protobuf messages generated from `Protos/` conform.
public protocol WireMessage: Sendable {
  /// Decodes a message from its serialized bytes.
  /// - Parameter wireBytes: the serialized message (not framed).
  /// - Throws: `RPCError` with `.internal` when the bytes are not a valid message.
  init(wireBytes: UnsafeRawBufferPointer) throws

  /// Appends the serialized message to `buffer`.
  /// - Parameter buffer: the bytes to append to.
  func appendWireBytes(to buffer: inout [UInt8]) throws

  /// The serialized message in pieces whose bytes, in order, are `wireBytes()`'s: large byte fields as
  /// the arrays they hold, not copied (see `WirePieces`).
  func wirePieces() throws -> WirePieces
}

extension WireMessage {
  /// Decodes a message from an array of bytes.
  /// - Parameter bytes: the serialized message.
  public init(wireBytes bytes: [UInt8]) throws {
    self = try bytes.withUnsafeBytes { try Self(wireBytes: $0) }
  }

  /// The serialized message.
  public func wireBytes() throws -> [UInt8] {
    var buffer: [UInt8] = []
    try appendWireBytes(to: &buffer)
    return buffer
  }

  /// The serialized message, whole.
  public func wirePieces() throws -> WirePieces { .whole(try wireBytes()) }
}

/// Raw bytes as a message, for proxies and tests that handle payloads they do not decode.
public struct RawMessage: WireMessage, Hashable {
  /// The serialized bytes.
  public var bytes: [UInt8]

  /// Wraps bytes.
  /// - Parameter bytes: the serialized message.
  public init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// Copies the bytes.
  public init(wireBytes: UnsafeRawBufferPointer) { bytes = Array(wireBytes) }

  /// Appends the bytes.
  public func appendWireBytes(to buffer: inout [UInt8]) { buffer.append(contentsOf: bytes) }
}
