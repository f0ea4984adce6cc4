internal import CProtobufC

/// What a JSON transcoder needs to know of one field of a message type: its names, number, cardinality
/// and kind (the gateway's REST routes bind path variables and query parameters to fields by name).
public struct ProtobufFieldInfo: Sendable {
  /// The kind of value a field holds.
  public enum Kind: Sendable {
    /// `bool`.
    case bool
    /// Any integer type (32 or 64 bits, signed or not).
    case integer
    /// `float` or `double`.
    case floatingPoint
    /// `string`.
    case string
    /// `bytes` (base64 in JSON).
    case bytes
    /// An enum (by name or number in JSON).
    case enumeration
    /// A message of the given type.
    case message(ProtobufDescriptor)
  }

  /// The name in the proto file (`order_id`).
  public let protoName: String
  /// The proto3 JSON name (`orderId`).
  public let jsonName: String
  /// The field number.
  public let number: Int
  /// Whether the field is repeated (maps included).
  public let isRepeated: Bool
  /// Whether the field is a map.
  public let isMap: Bool
  /// The kind of its values.
  public let kind: Kind
}

extension ProtobufDescriptor {
  /// A field of the message by its proto or JSON name; nil when there is none.
  /// - Parameter name: `order_id` or `orderId`.
  public func field(named name: String) -> ProtobufFieldInfo? {
    guard let index = JSONFieldNames.of(message).indexByName[name] else { return nil }
    let field = message.pointee.fields[index]
    let kind: ProtobufFieldInfo.Kind
    switch field.type {
    case PROTOBUF_C_TYPE_BOOL: kind = .bool
    case PROTOBUF_C_TYPE_FLOAT, PROTOBUF_C_TYPE_DOUBLE: kind = .floatingPoint
    case PROTOBUF_C_TYPE_STRING: kind = .string
    case PROTOBUF_C_TYPE_BYTES: kind = .bytes
    case PROTOBUF_C_TYPE_ENUM: kind = .enumeration
    case PROTOBUF_C_TYPE_MESSAGE: kind = .message(ProtobufDescriptor(UnsafeRawPointer(CFieldInfo.messageDescriptor(field))))
    default: kind = .integer
    }
    let protoName = String(cString: field.name)
    return ProtobufFieldInfo(protoName: protoName, jsonName: CFieldInfo.jsonName(protoName), number: Int(field.id),
                             isRepeated: field.label == PROTOBUF_C_LABEL_REPEATED,
                             isMap: CFieldInfo.isMap(field, in: message), kind: kind)
  }
}
