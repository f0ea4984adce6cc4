import MeshCore
internal import CProtobufC

/// The proto3 JSON mapping, for any generated message or any descriptor: what the gateway's JSON
/// transcoding and `mesh call` use.
public enum ProtobufJSON {
  /// A message as proto3 JSON (compact, fields in number order).
  /// - Parameter message: the message.
  /// - Returns: the JSON text.
  /// - Throws: `RPCError` with `.internal` when a value has no JSON form (a Timestamp out of range) or a
  ///   string holds U+0000 (protobuf-c's strings end at the first NUL).
  public static func encode<Message: ProtobufMessage>(_ message: Message) throws -> String {
    let arena = ProtobufArena()
    let descriptor = Message.protobufDescriptor.message
    let base = arena.newMessage(descriptor)
    message.writeProtobuf(to: ProtobufWriter(base: base, descriptor: descriptor, arena: arena))
    // The printer reads the C strings, which end at the first NUL: such a value is refused, not cut.
    if let field = arena.fieldWithNUL {
      throw ProtobufStringNULCheck.encodeError(typeName: Message.protoMessageName, field: field)
    }
    return try print(UnsafeRawPointer(base), descriptor)
  }

  /// A message from proto3 JSON.
  /// - Parameters:
  ///   - type: the message type.
  ///   - json: the JSON text.
  ///   - ignoringUnknownFields: skip members the type does not have instead of failing.
  /// - Returns: the message.
  /// - Throws: `RPCError` with `.invalidArgument` naming the member that is wrong.
  public static func decode<Message: ProtobufMessage>(
    _ type: Message.Type, from json: String, ignoringUnknownFields: Bool = false
  ) throws -> Message {
    let arena = ProtobufArena()
    let descriptor = Message.protobufDescriptor.message
    let base = try read(json, descriptor, arena: arena, ignoringUnknownFields: ignoringUnknownFields)
    return Message(protobuf: ProtobufReader(base: UnsafeRawPointer(base), descriptor: descriptor))
  }

  /// Serialized protobuf of any message type as proto3 JSON.
  /// - Parameters:
  ///   - wireBytes: the serialized message.
  ///   - descriptor: its type.
  /// - Returns: the JSON text.
  /// - Throws: `RPCError` with `.internal` when the bytes are not a valid message of the type, or a string
  ///   in them holds U+0000 (protobuf-c would cut it at the NUL).
  public static func json(fromWireBytes wireBytes: [UInt8], descriptor: ProtobufDescriptor) throws -> String {
    let message = descriptor.message
    let typeName = descriptor.fullName
    let unpacked = try wireBytes.withUnsafeBytes { bytes -> UnsafeMutablePointer<ProtobufCMessage> in
      if ProtobufNestingCheck.exceedsLimit(bytes, descriptor: message) {
        throw RPCError(code: .internal, message: "Could not decode \(typeName): nested too deep.")
      }
      if let path = ProtobufStringNULCheck.fieldWithNUL(bytes, descriptor: message) {
        throw ProtobufStringNULCheck.decodeError(typeName: typeName, path: path)
      }
      var empty: UInt8 = 0
      let result = withUnsafeMutablePointer(to: &empty) { emptyPointer in
        protobuf_c_message_unpack(message, nil, bytes.count,
                                  bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) ?? UnsafePointer(emptyPointer))
      }
      guard let result else {
        throw RPCError(code: .internal, message: "Could not decode \(typeName): \(bytes.count) bytes that are not a valid message.")
      }
      return result
    }
    defer { protobuf_c_message_free_unpacked(unpacked, nil) }
    return try print(UnsafeRawPointer(unpacked), message)
  }

  /// Proto3 JSON of any message type as serialized protobuf.
  /// - Parameters:
  ///   - json: the JSON text.
  ///   - descriptor: the message type.
  ///   - ignoringUnknownFields: skip members the type does not have instead of failing.
  /// - Returns: the serialized message.
  /// - Throws: `RPCError` with `.invalidArgument` naming the member that is wrong.
  public static func wireBytes(fromJSON json: String, descriptor: ProtobufDescriptor,
                               ignoringUnknownFields: Bool = false) throws -> [UInt8] {
    let arena = ProtobufArena()
    let base = try read(json, descriptor.message, arena: arena, ignoringUnknownFields: ignoringUnknownFields)
    let bytes = ProtobufPacker.pack(base.assumingMemoryBound(to: ProtobufCMessage.self))
    withExtendedLifetime(arena) {}
    return bytes
  }

  private static func print(_ base: UnsafeRawPointer, _ descriptor: UnsafePointer<ProtobufCMessageDescriptor>) throws
    -> String
  {
    do {
      return try ProtobufJSONPrinter().object(base, descriptor)
    } catch let failure as ProtobufJSONPrinter.Failure {
      throw RPCError(code: .internal, message: "Could not print \(String(cString: descriptor.pointee.name)) as JSON: \(failure.reason)")
    }
  }

  /// Builds the C message of a JSON text in the arena (also what the packer's tests pack both ways).
  static func read(_ json: String, _ descriptor: UnsafePointer<ProtobufCMessageDescriptor>,
                   arena: ProtobufArena, ignoringUnknownFields: Bool) throws -> UnsafeMutableRawPointer {
    let typeName = String(cString: descriptor.pointee.name)
    do {
      let value = try JSONParser.parse(json)
      return try ProtobufJSONReader(arena: arena, ignoreUnknownFields: ignoringUnknownFields)
        .message(value, descriptor, path: "")
    } catch let error as JSONSyntaxError {
      throw RPCError(code: .invalidArgument, message: "Invalid JSON for \(typeName): \(error)")
    } catch let failure as ProtobufJSONReader.Failure {
      let location = failure.path.isEmpty ? "" : " at \(failure.path)"
      throw RPCError(code: .invalidArgument, message: "Invalid JSON for \(typeName)\(location): \(failure.reason)")
    }
  }
}
