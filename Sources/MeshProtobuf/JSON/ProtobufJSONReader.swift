import Foundation
internal import CProtobufC

/// Builds a protobuf-c message in an arena from proto3 JSON: accepts lowerCamel and proto field names,
/// integers as numbers or strings, enums by name or number, standard or URL-safe base64, and the string
/// forms of Timestamp and Duration; `null` leaves a field at its default. With `ignoreUnknownFields`,
/// members the type does not have and enum names it does not know are skipped (protojson's
/// `DiscardUnknown`): a client built on a newer schema still gets through.
struct ProtobufJSONReader {
  struct Failure: Error {
    let path: String
    let reason: String
  }

  let arena: ProtobufArena
  let ignoreUnknownFields: Bool

  func message(_ json: JSONValue, _ descriptor: UnsafePointer<ProtobufCMessageDescriptor>, path: String) throws
    -> UnsafeMutableRawPointer
  {
    let base = arena.newMessage(descriptor)
    let typeName = String(cString: descriptor.pointee.name)
    if typeName == WellKnownJSON.timestamp || typeName == WellKnownJSON.duration, case .string(let text) = json {
      let parsed = typeName == WellKnownJSON.timestamp ? WellKnownJSON.parseTimestamp(text)
        : WellKnownJSON.parseDuration(text)
      guard let (seconds, nanos) = parsed else {
        throw Failure(path: path, reason: "not a valid \(typeName.dropFirst(16)): \(text)")
      }
      base.storeBytes(of: seconds, toByteOffset: Int(descriptor.pointee.fields[0].offset), as: Int64.self)
      base.storeBytes(of: nanos, toByteOffset: Int(descriptor.pointee.fields[1].offset), as: Int32.self)
      return base
    }
    if WellKnownJSON.wrappers.contains(typeName) {
      let field = descriptor.pointee.fields[0]
      try store(json, field, at: base + Int(field.offset), path: path)
      return base
    }
    if WellKnownJSON.unsupported.contains(typeName) {
      throw Failure(path: path, reason: "the JSON form of \(typeName) is not supported")
    }
    guard case .object(let members) = json else { throw Failure(path: path, reason: "expected an object") }
    let fields = CFieldInfo.fields(descriptor)
    let names = JSONFieldNames.of(descriptor)
    var seen: Set<UInt32> = []
    var oneofsSet: [UInt32: String] = [:]
    for member in members {
      let (key, value) = (member.key, member.value)
      guard let field = names.indexByName[key].map({ fields[$0] }) else {
        if ignoreUnknownFields { continue }
        throw Failure(path: path, reason: "\(typeName) has no field \"\(key)\"")
      }
      let fieldPath = path.isEmpty ? key : path + "." + key
      guard seen.insert(field.id).inserted else { throw Failure(path: fieldPath, reason: "the field is set twice") }
      if case .null = value { continue }
      if isSkippedEnumName(value, field) { continue }
      if CFieldInfo.isOneof(field) {
        if let other = oneofsSet[field.quantifier_offset] {
          throw Failure(path: fieldPath, reason: "\(other) of the same oneof is already set")
        }
        oneofsSet[field.quantifier_offset] = key
      }
      try set(field, value, in: base, descriptor: descriptor, path: fieldPath)
    }
    return base
  }

  private func set(_ field: ProtobufCFieldDescriptor, _ json: JSONValue, in base: UnsafeMutableRawPointer,
                   descriptor: UnsafePointer<ProtobufCMessageDescriptor>, path: String) throws {
    let size = CFieldInfo.size(field.type)
    guard field.label == PROTOBUF_C_LABEL_REPEATED else {
      try store(json, field, at: base + Int(field.offset), path: path)
      if CFieldInfo.isOneof(field) {
        base.storeBytes(of: field.id, toByteOffset: Int(field.quantifier_offset), as: UInt32.self)
      } else if field.label == PROTOBUF_C_LABEL_OPTIONAL && field.quantifier_offset != 0
                  && field.type != PROTOBUF_C_TYPE_MESSAGE && field.type != PROTOBUF_C_TYPE_STRING {
        base.storeBytes(of: 1, toByteOffset: Int(field.quantifier_offset), as: Int32.self)
      }
      return
    }
    let elements: UnsafeMutableRawPointer
    let count: Int
    if CFieldInfo.isMap(field, in: descriptor) {
      guard case .object(let members) = json else { throw Failure(path: path, reason: "expected an object (a map)") }
      let entry = CFieldInfo.messageDescriptor(field)
      let keyField = entry.pointee.fields[0], valueField = entry.pointee.fields[1]
      let pairs = members.filter { !isSkippedEnumName($0.value, valueField) }
      count = pairs.count
      elements = arena.allocate(size * max(count, 1))
      for (index, pair) in pairs.enumerated() {
        let entryBase = arena.newMessage(entry)
        let keyJSON: JSONValue = switch keyField.type {
        case PROTOBUF_C_TYPE_STRING: .string(pair.key)
        case PROTOBUF_C_TYPE_BOOL:
          pair.key == "true" ? .bool(true) : pair.key == "false" ? .bool(false) : .string(pair.key)
        default: .string(pair.key)
        }
        let entryPath = path + "[\(JSONText.quoted(pair.key))]"
        try store(keyJSON, keyField, at: entryBase + Int(keyField.offset), path: entryPath)
        try store(pair.value, valueField, at: entryBase + Int(valueField.offset), path: entryPath)
        (elements + index * size).storeBytes(of: entryBase, as: UnsafeMutableRawPointer.self)
      }
    } else {
      guard case .array(let all) = json else { throw Failure(path: path, reason: "expected an array") }
      let items = all.filter { !isSkippedEnumName($0, field) }
      count = items.count
      elements = arena.allocate(size * max(count, 1))
      for (index, item) in items.enumerated() {
        try store(item, field, at: elements + index * size, path: path + "[\(index)]")
      }
    }
    base.storeBytes(of: count, toByteOffset: Int(field.quantifier_offset), as: Int.self)
    base.storeBytes(of: elements, toByteOffset: Int(field.offset), as: UnsafeMutableRawPointer.self)
  }

  /// Whether `json` is an enum name the field's enum does not have and unknown names are skipped.
  private func isSkippedEnumName(_ json: JSONValue, _ field: ProtobufCFieldDescriptor) -> Bool {
    guard ignoreUnknownFields, field.type == PROTOBUF_C_TYPE_ENUM, case .string(let name) = json else { return false }
    return protobuf_c_enum_descriptor_get_value_by_name(CFieldInfo.enumDescriptor(field), name) == nil
  }

  /// Stores one value of the field's type at `target`.
  private func store(_ json: JSONValue, _ field: ProtobufCFieldDescriptor, at target: UnsafeMutableRawPointer,
                     path: String) throws {
    func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
      let text: String
      switch json {
      case .number(let number): text = number
      case .string(let string): text = string
      default: throw Failure(path: path, reason: "expected an integer")
      }
      if let exact = T(text) { return exact }
      // 1e3 or 5.0 are integers too; anything with a fraction or out of range is not.
      if let value = Double(text), value.rounded() == value, let exact = T(exactly: value) { return exact }
      throw Failure(path: path, reason: "\(text) is not a \(T.bitWidth)-bit \(T.isSigned ? "" : "unsigned ")integer")
    }
    func floating() throws -> Double {
      switch json {
      case .number(let number): if let value = Double(number) { return value }
      case .string("NaN"): return .nan
      case .string("Infinity"): return .infinity
      case .string("-Infinity"): return -.infinity
      case .string(let string): if let value = Double(string) { return value }
      default: break
      }
      throw Failure(path: path, reason: "expected a number")
    }
    switch field.type {
    case PROTOBUF_C_TYPE_INT32, PROTOBUF_C_TYPE_SINT32, PROTOBUF_C_TYPE_SFIXED32:
      target.storeBytes(of: try integer(Int32.self), as: Int32.self)
    case PROTOBUF_C_TYPE_UINT32, PROTOBUF_C_TYPE_FIXED32: target.storeBytes(of: try integer(UInt32.self), as: UInt32.self)
    case PROTOBUF_C_TYPE_INT64, PROTOBUF_C_TYPE_SINT64, PROTOBUF_C_TYPE_SFIXED64:
      target.storeBytes(of: try integer(Int64.self), as: Int64.self)
    case PROTOBUF_C_TYPE_UINT64, PROTOBUF_C_TYPE_FIXED64: target.storeBytes(of: try integer(UInt64.self), as: UInt64.self)
    case PROTOBUF_C_TYPE_DOUBLE: target.storeBytes(of: try floating(), as: Double.self)
    case PROTOBUF_C_TYPE_FLOAT:
      let value = try floating()
      guard !value.isFinite || abs(value) <= Double(Float.greatestFiniteMagnitude) else {
        throw Failure(path: path, reason: "\(value) is out of a float's range")
      }
      target.storeBytes(of: Float(value), as: Float.self)
    case PROTOBUF_C_TYPE_BOOL:
      guard case .bool(let value) = json else { throw Failure(path: path, reason: "expected true or false") }
      target.storeBytes(of: Int32(value ? 1 : 0), as: Int32.self)
    case PROTOBUF_C_TYPE_ENUM:
      let number: Int32
      if case .string(let name) = json {
        guard let value = protobuf_c_enum_descriptor_get_value_by_name(CFieldInfo.enumDescriptor(field), name) else {
          throw Failure(path: path, reason: "\(name) is not a value of \(String(cString: CFieldInfo.enumDescriptor(field).pointee.name))")
        }
        number = value.pointee.value
      } else {
        number = try integer(Int32.self)
      }
      target.storeBytes(of: number, as: Int32.self)
    case PROTOBUF_C_TYPE_STRING:
      guard case .string(let value) = json else { throw Failure(path: path, reason: "expected a string") }
      // protobuf-c keeps strings as `char *`: a NUL would silently cut the text short (a chat message "\u0000
      // hello" arrived as ""), so it is refused by name instead.
      guard !value.utf8.contains(0) else {
        throw Failure(path: path, reason: "a string with a NUL character (\\u0000) is not supported")
      }
      target.storeBytes(of: arena.cString(value), as: UnsafeMutableRawPointer.self)
    case PROTOBUF_C_TYPE_BYTES:
      guard case .string(let text) = json, let data = Self.base64(text) else {
        throw Failure(path: path, reason: "expected base64 bytes")
      }
      let copy = arena.allocate(data.count)
      data.copyBytes(to: copy.assumingMemoryBound(to: UInt8.self), count: data.count)
      target.storeBytes(of: ProtobufCBinaryData(len: data.count, data: copy.assumingMemoryBound(to: UInt8.self)),
                        as: ProtobufCBinaryData.self)
    case PROTOBUF_C_TYPE_MESSAGE:
      let sub = try message(json, CFieldInfo.messageDescriptor(field), path: path)
      target.storeBytes(of: sub, as: UnsafeMutableRawPointer.self)
    default:
      throw Failure(path: path, reason: "unsupported field type")
    }
  }

  /// Standard or URL-safe base64, padded or not.
  static func base64(_ text: String) -> Data? {
    var standard = String(text.map { $0 == "-" ? "+" : $0 == "_" ? "/" : $0 })
    while standard.utf8.count % 4 != 0 { standard += "=" }
    return Data(base64Encoded: standard)
  }
}
