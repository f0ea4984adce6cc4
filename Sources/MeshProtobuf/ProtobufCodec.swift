internal import CProtobufC
import MeshCore

/// Packs and unpacks generated messages with protobuf-c.
enum ProtobufCodec {
  /// Unpacks bytes into a C message, copies it into the Swift value, and frees the C message.
  static func decode<Message: ProtobufMessage>(_: Message.Type, from bytes: UnsafeRawBufferPointer) throws
    -> Message
  {
    let descriptor = Message.protobufDescriptor.message
    if Message.protobufMayNestDeeply && ProtobufNestingCheck.exceedsLimit(bytes, descriptor: descriptor) {
      throw RPCError(
        code: .internal,
        message: "Could not decode \(Message.protoMessageName): messages nested deeper than \(ProtobufNestingCheck.limit) levels.")
    }
    if let path = ProtobufStringNULCheck.fieldWithNUL(bytes, descriptor: descriptor) {
      throw ProtobufStringNULCheck.decodeError(typeName: Message.protoMessageName, path: path)
    }
    // Only a message this long can hold a field long enough to be worth the allocator object.
    guard bytes.count >= ProtobufUnpackAllocator.threshold else {
      return try decode(Message.self, from: bytes, allocator: nil, arrays: nil)
    }
    let arrays = ProtobufUnpackAllocator()
    return try arrays.withAllocator { allocator in
      try decode(Message.self, from: bytes, allocator: allocator, arrays: arrays)
    }
  }

  /// Unpacks with `allocator` (protobuf-c's default when nil); `arrays` is that allocator's owner, whose
  /// byte arrays the reader takes instead of copying.
  private static func decode<Message: ProtobufMessage>(
    _: Message.Type, from bytes: UnsafeRawBufferPointer, allocator: UnsafeMutablePointer<ProtobufCAllocator>?,
    arrays: ProtobufUnpackAllocator?
  ) throws -> Message {
    let descriptor = Message.protobufDescriptor.message
    // protobuf-c wants a non-null pointer even for zero bytes.
    var empty: UInt8 = 0
    let unpacked = withUnsafeMutablePointer(to: &empty) { emptyPointer in
      protobuf_c_message_unpack(
        descriptor, allocator, bytes.count,
        bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) ?? UnsafePointer(emptyPointer))
    }
    guard let unpacked else {
      throw RPCError(
        code: .internal,
        message: "Could not decode \(Message.protoMessageName): \(bytes.count) bytes that are not a valid message.")
    }
    defer { protobuf_c_message_free_unpacked(unpacked, allocator) }
    var invalidUTF8 = false
    let message = withUnsafeMutablePointer(to: &invalidUTF8) { flag in
      Message(protobuf: ProtobufReader(base: UnsafeRawPointer(unpacked), descriptor: descriptor, invalidUTF8: flag,
                                       arrays: arrays))
    }
    if invalidUTF8 {
      throw RPCError(code: .internal, message: "Could not decode \(Message.protoMessageName): a string field is not valid UTF-8.")
    }
    return message
  }

  /// Builds a C message from the Swift value in an arena, packs it, and appends the bytes.
  /// - Throws: `RPCError` with `.internal` when a string holds U+0000 (protobuf-c would cut it).
  static func encode<Message: ProtobufMessage>(_ message: Message, appendingTo buffer: inout [UInt8]) throws {
    let arena = ProtobufArena()
    let packed = ProtobufPacker.pack(try cMessage(message, in: arena))
    withExtendedLifetime(arena) {}
    if buffer.isEmpty { buffer = packed } else { buffer.append(contentsOf: packed) }
  }

  /// Builds a C message from the Swift value and packs it in pieces: its large byte fields as the arrays
  /// the value holds (`ProtobufSplitPacker`), or whole when it has none.
  /// - Throws: `RPCError` with `.internal` when a string holds U+0000 (protobuf-c would cut it).
  static func encodePieces<Message: ProtobufMessage>(_ message: Message) throws -> WirePieces {
    let arena = ProtobufArena()
    let cMessage = try cMessage(message, in: arena)
    // No closure and no optional in the usual case (no large field): this runs for every response.
    let pieces: WirePieces
    if arena.largeKeptCount > 0, let split = ProtobufSplitPacker.pieces(cMessage, arena: arena) {
      pieces = split
    } else {
      pieces = .whole(ProtobufPacker.pack(cMessage))
    }
    withExtendedLifetime(arena) {}
    return pieces
  }

  /// The Swift value as a C message whose memory is `arena`'s: valid while the arena lives.
  /// - Throws: `RPCError` with `.internal` when a string holds U+0000, which protobuf-c would pack cut.
  static func cMessage<Message: ProtobufMessage>(_ message: Message, in arena: ProtobufArena) throws
    -> UnsafePointer<ProtobufCMessage>
  {
    let descriptor = Message.protobufDescriptor.message
    let cMessage = arena.newMessage(descriptor)
    message.writeProtobuf(to: ProtobufWriter(base: cMessage, descriptor: descriptor, arena: arena))
    if let field = arena.fieldWithNUL {
      throw ProtobufStringNULCheck.encodeError(typeName: Message.protoMessageName, field: field)
    }
    return UnsafePointer(cMessage.assumingMemoryBound(to: ProtobufCMessage.self))
  }
}
