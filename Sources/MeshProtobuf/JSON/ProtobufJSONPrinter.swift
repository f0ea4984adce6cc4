import Foundation
internal import CProtobufC

/// Prints a protobuf-c message as proto3 JSON: lowerCamel names, fields without presence omitted at
/// their defaults, 64-bit integers as strings, enums by name, bytes in base64, Timestamp and Duration
/// in their string forms, maps as objects.
struct ProtobufJSONPrinter {
  struct Failure: Error {
    let reason: String
  }

  func object(_ base: UnsafeRawPointer, _ descriptor: UnsafePointer<ProtobufCMessageDescriptor>) throws -> String {
    let typeName = String(cString: descriptor.pointee.name)
    if WellKnownJSON.wrappers.contains(typeName) {
      let field = descriptor.pointee.fields[0]
      return try scalar(base + Int(field.offset), field)
    }
    if WellKnownJSON.unsupported.contains(typeName) {
      throw Failure(reason: "the JSON form of \(typeName) is not supported")
    }
    switch typeName {
    case WellKnownJSON.timestamp:
      let (seconds, nanos) = (base.load(fromByteOffset: offset(descriptor, 0), as: Int64.self),
                              base.load(fromByteOffset: offset(descriptor, 1), as: Int32.self))
      guard let text = WellKnownJSON.formatTimestamp(seconds: seconds, nanos: nanos) else {
        throw Failure(reason: "Timestamp out of range: \(seconds)s \(nanos)ns")
      }
      return JSONText.quoted(text)
    case WellKnownJSON.duration:
      let (seconds, nanos) = (base.load(fromByteOffset: offset(descriptor, 0), as: Int64.self),
                              base.load(fromByteOffset: offset(descriptor, 1), as: Int32.self))
      guard let text = WellKnownJSON.formatDuration(seconds: seconds, nanos: nanos) else {
        throw Failure(reason: "Duration out of range: \(seconds)s \(nanos)ns")
      }
      return JSONText.quoted(text)
    default:
      break
    }
    var members: [String] = []
    let names = JSONFieldNames.of(descriptor)
    for (index, field) in CFieldInfo.fields(descriptor).enumerated() {
      let value = base + Int(field.offset)
      let key = names.keys[index]
      if field.label == PROTOBUF_C_LABEL_REPEATED {
        let count = base.load(fromByteOffset: Int(field.quantifier_offset), as: Int.self)
        guard count > 0, let elements = value.load(as: UnsafeRawPointer?.self) else { continue }
        let size = CFieldInfo.size(field.type)
        if CFieldInfo.isMap(field, in: descriptor) {
          let entry = CFieldInfo.messageDescriptor(field)
          let keyField = entry.pointee.fields[0], valueField = entry.pointee.fields[1]
          var pairs: [String] = []
          for index in 0..<count {
            guard let entryBase = (elements + index * size).load(as: UnsafeRawPointer?.self) else { continue }
            let mapKey = try scalar(entryBase + Int(keyField.offset), keyField)
            let quotedKey = keyField.type == PROTOBUF_C_TYPE_STRING ? mapKey
              : JSONText.quoted(mapKey.trimmingCharacters(in: ["\""]))
            pairs.append(quotedKey + ":" + (try element(entryBase + Int(valueField.offset), valueField)))
          }
          members.append(key + "{" + pairs.joined(separator: ",") + "}")
        } else {
          let items = try (0..<count).map { try element(elements + $0 * size, field) }
          members.append(key + "[" + items.joined(separator: ",") + "]")
        }
        continue
      }
      if CFieldInfo.isOneof(field) {
        guard base.load(fromByteOffset: Int(field.quantifier_offset), as: UInt32.self) == field.id else { continue }
      } else if field.label == PROTOBUF_C_LABEL_OPTIONAL && field.quantifier_offset != 0
                  && field.type != PROTOBUF_C_TYPE_MESSAGE && field.type != PROTOBUF_C_TYPE_STRING {
        guard base.load(fromByteOffset: Int(field.quantifier_offset), as: Int32.self) != 0 else { continue }
      } else if isDefault(value, field) {
        continue
      }
      members.append(key + (try element(value, field)))
    }
    return "{" + members.joined(separator: ",") + "}"
  }

  /// One value (a singular field, an array element or a map value).
  private func element(_ value: UnsafeRawPointer, _ field: ProtobufCFieldDescriptor) throws -> String {
    guard field.type == PROTOBUF_C_TYPE_MESSAGE else { return try scalar(value, field) }
    let sub = CFieldInfo.messageDescriptor(field)
    guard let subBase = value.load(as: UnsafeRawPointer?.self) else { return try emptyObject(sub) }
    return try object(subBase, sub)
  }

  private func emptyObject(_ descriptor: UnsafePointer<ProtobufCMessageDescriptor>) throws -> String {
    let arena = ProtobufArena()
    return try object(arena.newMessage(descriptor), descriptor)
  }

  private func scalar(_ value: UnsafeRawPointer, _ field: ProtobufCFieldDescriptor) throws -> String {
    switch field.type {
    case PROTOBUF_C_TYPE_INT32, PROTOBUF_C_TYPE_SINT32, PROTOBUF_C_TYPE_SFIXED32: return "\(value.load(as: Int32.self))"
    case PROTOBUF_C_TYPE_UINT32, PROTOBUF_C_TYPE_FIXED32: return "\(value.load(as: UInt32.self))"
    case PROTOBUF_C_TYPE_INT64, PROTOBUF_C_TYPE_SINT64, PROTOBUF_C_TYPE_SFIXED64:
      return "\"\(value.load(as: Int64.self))\""
    case PROTOBUF_C_TYPE_UINT64, PROTOBUF_C_TYPE_FIXED64: return "\"\(value.load(as: UInt64.self))\""
    case PROTOBUF_C_TYPE_FLOAT: return number(Double(value.load(as: Float.self)), text: "\(value.load(as: Float.self))")
    case PROTOBUF_C_TYPE_DOUBLE: return number(value.load(as: Double.self), text: "\(value.load(as: Double.self))")
    case PROTOBUF_C_TYPE_BOOL: return value.load(as: Int32.self) != 0 ? "true" : "false"
    case PROTOBUF_C_TYPE_ENUM:
      let number = value.load(as: Int32.self)
      guard let known = protobuf_c_enum_descriptor_get_value(CFieldInfo.enumDescriptor(field), number) else {
        return "\(number)"
      }
      return JSONText.quoted(String(cString: known.pointee.name))
    case PROTOBUF_C_TYPE_STRING:
      return JSONText.quoted(value.load(as: UnsafePointer<CChar>?.self).map { String(cString: $0) } ?? "")
    case PROTOBUF_C_TYPE_BYTES:
      let data = value.load(as: ProtobufCBinaryData.self)
      guard let bytes = data.data, data.len > 0 else { return "\"\"" }
      return "\"" + Data(bytes: bytes, count: data.len).base64EncodedString() + "\""
    default:
      throw Failure(reason: "unsupported field type \(field.type.rawValue)")
    }
  }

  private func number(_ value: Double, text: String) -> String {
    if value.isNaN { return "\"NaN\"" }
    if value.isInfinite { return value < 0 ? "\"-Infinity\"" : "\"Infinity\"" }
    return text
  }

  private func isDefault(_ value: UnsafeRawPointer, _ field: ProtobufCFieldDescriptor) -> Bool {
    switch CFieldInfo.size(field.type) {
    case _ where field.type == PROTOBUF_C_TYPE_STRING:
      guard let chars = value.load(as: UnsafePointer<CChar>?.self) else { return true }
      return chars.pointee == 0
    case _ where field.type == PROTOBUF_C_TYPE_MESSAGE: return value.load(as: UnsafeRawPointer?.self) == nil
    case _ where field.type == PROTOBUF_C_TYPE_BYTES: return value.load(as: ProtobufCBinaryData.self).len == 0
    case _ where field.type == PROTOBUF_C_TYPE_FLOAT: return value.load(as: Float.self) == 0
    case _ where field.type == PROTOBUF_C_TYPE_DOUBLE: return value.load(as: Double.self) == 0
    case 8: return value.load(as: UInt64.self) == 0
    default: return value.load(as: UInt32.self) == 0
    }
  }

  private func offset(_ descriptor: UnsafePointer<ProtobufCMessageDescriptor>, _ index: Int) -> Int {
    Int(descriptor.pointee.fields[index].offset)
  }
}
