internal import CProtobufC
import MeshCore

/// Packs and unpacks generated messages with protobuf-c.
enum ProtobufCodec {
  /// Unpacks bytes into a C message, copies it into the Swift value, and frees the C message.
  static func decode<Message: ProtobufMessage>(_: Message.Type, from bytes: UnsafeRawBufferPointer) throws
    -> Message
  {
    let descriptor = Message.protobufDescriptor.message
    // protobuf-c wants a non-null pointer even for zero bytes.
    var empty: UInt8 = 0
    let unpacked = withUnsafeMutablePointer(to: &empty) { emptyPointer in
      protobuf_c_message_unpack(
        descriptor, nil, bytes.count,
        bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) ?? UnsafePointer(emptyPointer))
    }
    guard let unpacked else {
      throw RPCError(
        code: .internal,
        message: "Could not decode \(Message.protoMessageName): \(bytes.count) bytes that are not a valid message.")
    }
    defer { protobuf_c_message_free_unpacked(unpacked, nil) }
    return Message(protobuf: ProtobufReader(base: UnsafeRawPointer(unpacked), descriptor: descriptor))
  }

  /// Builds a C message from the Swift value in an arena, packs it, and appends the bytes.
  static func encode<Message: ProtobufMessage>(_ message: Message, appendingTo buffer: inout [UInt8]) {
    let arena = ProtobufArena()
    let descriptor = Message.protobufDescriptor.message
    let cMessage = arena.newMessage(descriptor)
    message.writeProtobuf(to: ProtobufWriter(base: cMessage, descriptor: descriptor, arena: arena))
    let packedMessage = cMessage.assumingMemoryBound(to: ProtobufCMessage.self)
    let size = protobuf_c_message_get_packed_size(packedMessage)
    let start = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: size))
    let written = buffer.withUnsafeMutableBufferPointer { output in
      protobuf_c_message_pack(packedMessage, output.baseAddress! + start)
    }
    precondition(written == size, "protobuf-c packed \(written) bytes of \(size) announced")
    withExtendedLifetime(arena) {}
  }
}
