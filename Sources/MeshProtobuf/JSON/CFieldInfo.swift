internal import CProtobufC

/// What the JSON mapping needs to know about a protobuf-c field beyond its descriptor.
enum CFieldInfo {
  /// protobuf's `ToJsonName`: `fill_server_id` -> `fillServerId` (an underscore upper-cases the next letter).
  static func jsonName(_ protoName: String) -> String {
    var result = ""
    var upperNext = false
    for character in protoName {
      if character == "_" {
        upperNext = true
      } else if upperNext {
        result += character.uppercased()
        upperNext = false
      } else {
        result.append(character)
      }
    }
    return result
  }

  /// The bytes one value of the type takes in a protobuf-c struct or array.
  static func size(_ type: ProtobufCType) -> Int {
    switch type {
    case PROTOBUF_C_TYPE_INT64, PROTOBUF_C_TYPE_SINT64, PROTOBUF_C_TYPE_SFIXED64, PROTOBUF_C_TYPE_UINT64,
      PROTOBUF_C_TYPE_FIXED64, PROTOBUF_C_TYPE_DOUBLE:
      return 8
    case PROTOBUF_C_TYPE_STRING, PROTOBUF_C_TYPE_MESSAGE: return MemoryLayout<UnsafeRawPointer>.size
    case PROTOBUF_C_TYPE_BYTES: return MemoryLayout<ProtobufCBinaryData>.stride
    default: return 4  // int32 kinds, float, bool (protobuf_c_boolean is int), enum
    }
  }

  /// Whether a repeated message field is a map: protoc names the entry type `<FieldInCamelCase>Entry`,
  /// nested in the message (a user type of that name would clash with it, so the test is exact).
  static func isMap(_ field: ProtobufCFieldDescriptor, in message: UnsafePointer<ProtobufCMessageDescriptor>) -> Bool {
    guard field.label == PROTOBUF_C_LABEL_REPEATED, field.type == PROTOBUF_C_TYPE_MESSAGE else { return false }
    let entry = messageDescriptor(field)
    let fieldName = String(cString: field.name)
    var camel = ""
    var upperNext = true
    for character in fieldName {
      if character == "_" { upperNext = true; continue }
      camel += upperNext ? character.uppercased() : String(character)
      upperNext = false
    }
    return String(cString: entry.pointee.name) == String(cString: message.pointee.name) + "." + camel + "Entry"
      && entry.pointee.n_fields == 2
  }

  static func messageDescriptor(_ field: ProtobufCFieldDescriptor) -> UnsafePointer<ProtobufCMessageDescriptor> {
    field.descriptor.assumingMemoryBound(to: ProtobufCMessageDescriptor.self)
  }

  static func enumDescriptor(_ field: ProtobufCFieldDescriptor) -> UnsafePointer<ProtobufCEnumDescriptor> {
    field.descriptor.assumingMemoryBound(to: ProtobufCEnumDescriptor.self)
  }

  static func isOneof(_ field: ProtobufCFieldDescriptor) -> Bool {
    field.flags & UInt32(PROTOBUF_C_FIELD_FLAG_ONEOF.rawValue) != 0
  }

  static func fields(_ descriptor: UnsafePointer<ProtobufCMessageDescriptor>) -> UnsafeBufferPointer<ProtobufCFieldDescriptor> {
    UnsafeBufferPointer(start: descriptor.pointee.fields, count: Int(descriptor.pointee.n_fields))
  }
}
