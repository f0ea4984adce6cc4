internal import CProtobufC

extension ProtobufPacker {
  /// A message packed by both of protobuf-c's packers, whatever its size: what the packer's tests compare
  /// (the packer picks one by size, so the two must always give the same bytes).
  static func packedBothWays<Message: ProtobufMessage>(_ message: Message) throws -> (sized: [UInt8], plain: [UInt8]) {
    let arena = ProtobufArena()
    let cMessage = try ProtobufCodec.cMessage(message, in: arena)
    return withExtendedLifetime(arena) { (pack(cMessage, sized: true), pack(cMessage, sized: false)) }
  }

  /// A message given as proto3 JSON of any type (descriptor-built ones too), packed by both packers.
  static func packedBothWays(json: String, descriptor: ProtobufDescriptor) throws -> (sized: [UInt8], plain: [UInt8]) {
    let arena = ProtobufArena()
    let base = try ProtobufJSON.read(json, descriptor.message, arena: arena, ignoringUnknownFields: false)
    let message = UnsafePointer(base.assumingMemoryBound(to: ProtobufCMessage.self))
    return withExtendedLifetime(arena) { (pack(message, sized: true), pack(message, sized: false)) }
  }
}
