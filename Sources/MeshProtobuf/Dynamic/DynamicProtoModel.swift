internal import CProtoDescriptor
internal import CProtobufC

/// A `.proto` file as read from a serialized `FileDescriptorProto` (what server reflection sends): the
/// parts `DynamicDescriptorPool` needs to lay messages out for protobuf-c and to describe them.
public struct DynamicProtoFile: Sendable {
  /// The file's name (`grpc/testing/test.proto`).
  public let name: String
  /// Its package.
  public let package: String
  /// `proto2` or `proto3`.
  public let syntax: String
  /// The files it imports.
  public let dependencies: [String]
  /// Its messages, nested ones included (flattened), by full name.
  public let messages: [DynamicMessageType]
  /// Its enums, nested ones included.
  public let enums: [DynamicEnumType]
  /// Its services.
  public let services: [DynamicService]

  /// Parses a serialized `google.protobuf.FileDescriptorProto`.
  /// - Throws: `DynamicDescriptorError` when the bytes are not one.
  public init(serialized bytes: [UInt8]) throws {
    let file = bytes.withUnsafeBufferPointer { google__protobuf__file_descriptor_proto__unpack(nil, $0.count, $0.baseAddress) }
    guard let file else { throw DynamicDescriptorError("not a serialized FileDescriptorProto (\(bytes.count) bytes)") }
    defer { google__protobuf__file_descriptor_proto__free_unpacked(file, nil) }
    name = Self.string(file.pointee.name)
    package = Self.string(file.pointee.package)
    let syntax = Self.string(file.pointee.syntax)
    self.syntax = syntax.isEmpty ? "proto2" : syntax
    dependencies = Self.buffer(file.pointee.dependency, file.pointee.n_dependency).map { Self.string($0) }
    let prefix = package.isEmpty ? "" : package + "."
    var messages: [DynamicMessageType] = []
    var enums: [DynamicEnumType] = []
    for message in Self.buffer(file.pointee.message_type, file.pointee.n_message_type) {
      guard let message else { continue }
      Self.collect(message, fullName: prefix + Self.string(message.pointee.name), package: package, proto3: self.syntax == "proto3",
                   messages: &messages, enums: &enums)
    }
    for item in Self.buffer(file.pointee.enum_type, file.pointee.n_enum_type) {
      guard let item else { continue }
      enums.append(Self.enumType(item, fullName: prefix + Self.string(item.pointee.name), package: package))
    }
    self.messages = messages
    self.enums = enums
    services = Self.buffer(file.pointee.service, file.pointee.n_service).compactMap { service in
      guard let service else { return nil }
      let methods = Self.buffer(service.pointee.method, service.pointee.n_method).compactMap { method -> DynamicMethod? in
        guard let method else { return nil }
        return DynamicMethod(name: Self.string(method.pointee.name), inputType: Self.typeName(method.pointee.input_type),
                             outputType: Self.typeName(method.pointee.output_type),
                             clientStreaming: method.pointee.client_streaming != 0, serverStreaming: method.pointee.server_streaming != 0)
      }
      return DynamicService(fullName: prefix + Self.string(service.pointee.name), methods: methods)
    }
  }

  private static func collect(_ message: UnsafeMutablePointer<Google__Protobuf__DescriptorProto>, fullName: String, package: String,
                              proto3: Bool, messages: inout [DynamicMessageType], enums: inout [DynamicEnumType]) {
    let oneofs = buffer(message.pointee.oneof_decl, message.pointee.n_oneof_decl).map { string($0?.pointee.name) }
    let fields = buffer(message.pointee.field, message.pointee.n_field).compactMap { field -> DynamicField? in
      guard let field else { return nil }
      let label = field.pointee.label
      let proto3Optional = field.pointee.has_proto3_optional != 0 && field.pointee.proto3_optional != 0
      let packedOption: Bool? = field.pointee.options.flatMap { $0.pointee.has_packed != 0 ? $0.pointee.packed != 0 : nil }
      return DynamicField(
        name: string(field.pointee.name), number: field.pointee.number,
        isRepeated: label == GOOGLE__PROTOBUF__FIELD_DESCRIPTOR_PROTO__LABEL__LABEL_REPEATED,
        isRequired: label == GOOGLE__PROTOBUF__FIELD_DESCRIPTOR_PROTO__LABEL__LABEL_REQUIRED,
        type: Int(field.pointee.type.rawValue), typeName: typeName(field.pointee.type_name),
        oneofIndex: field.pointee.has_oneof_index != 0 ? Int(field.pointee.oneof_index) : nil,
        isProto3Optional: proto3Optional,
        hasPresence: proto3Optional || (!proto3 && label == GOOGLE__PROTOBUF__FIELD_DESCRIPTOR_PROTO__LABEL__LABEL_OPTIONAL),
        packedOption: packedOption)
    }
    let isMapEntry = message.pointee.options.map { $0.pointee.has_map_entry != 0 && $0.pointee.map_entry != 0 } ?? false
    messages.append(DynamicMessageType(fullName: fullName, package: package, proto3: proto3, fields: fields, oneofs: oneofs,
                                       isMapEntry: isMapEntry))
    for nested in buffer(message.pointee.nested_type, message.pointee.n_nested_type) {
      guard let nested else { continue }
      collect(nested, fullName: fullName + "." + string(nested.pointee.name), package: package, proto3: proto3,
              messages: &messages, enums: &enums)
    }
    for item in buffer(message.pointee.enum_type, message.pointee.n_enum_type) {
      guard let item else { continue }
      enums.append(enumType(item, fullName: fullName + "." + string(item.pointee.name), package: package))
    }
  }

  private static func enumType(_ item: UnsafeMutablePointer<Google__Protobuf__EnumDescriptorProto>, fullName: String,
                               package: String) -> DynamicEnumType {
    DynamicEnumType(fullName: fullName, package: package, values: buffer(item.pointee.value, item.pointee.n_value).compactMap { value in
      value.map { (string($0.pointee.name), $0.pointee.number) }
    })
  }

  static func buffer<T>(_ start: UnsafeMutablePointer<T>?, _ count: Int) -> UnsafeMutableBufferPointer<T> {
    UnsafeMutableBufferPointer(start: start, count: start == nil ? 0 : count)
  }

  static func string(_ chars: UnsafeMutablePointer<CChar>?) -> String { chars.map { String(cString: $0) } ?? "" }

  /// `.pkg.Type` → `pkg.Type`.
  static func typeName(_ chars: UnsafeMutablePointer<CChar>?) -> String { String(string(chars).drop { $0 == "." }) }
}

/// A message type of a `DynamicProtoFile`.
public struct DynamicMessageType: Sendable {
  /// `pkg.Outer.Inner`.
  public let fullName: String
  /// Its file's package.
  public let package: String
  /// Whether its file is proto3.
  public let proto3: Bool
  /// Its fields, in declaration order.
  public let fields: [DynamicField]
  /// Its oneofs' names (synthetic ones of proto3 `optional` included).
  public let oneofs: [String]
  /// Whether it is the entry type of a map field.
  public let isMapEntry: Bool
}

/// A field of a `DynamicMessageType`.
public struct DynamicField: Sendable {
  /// Its name.
  public let name: String
  /// Its number.
  public let number: Int32
  /// Whether it is `repeated`.
  public let isRepeated: Bool
  /// Whether it is proto2 `required`.
  public let isRequired: Bool
  /// descriptor.proto's `Type` number (1 double ... 18 sint64).
  public let type: Int
  /// The message or enum type, without the leading dot.
  public let typeName: String
  /// The oneof it belongs to, if any (for proto3 `optional`, its synthetic one-member oneof: protoc-c
  /// lays such a field out as a oneof).
  public let oneofIndex: Int?
  /// Whether it is proto3 `optional`.
  public let isProto3Optional: Bool
  /// Whether it tracks presence (proto3 `optional`, proto2 `optional`).
  public let hasPresence: Bool
  /// The `packed` option when given.
  public let packedOption: Bool?
}

/// An enum type of a `DynamicProtoFile`.
public struct DynamicEnumType: Sendable {
  /// `pkg.Enum`.
  public let fullName: String
  /// Its file's package.
  public let package: String
  /// Its values in declaration order.
  public let values: [(name: String, number: Int32)]
}

/// A service of a `DynamicProtoFile`.
public struct DynamicService: Sendable {
  /// `pkg.Service`.
  public let fullName: String
  /// Its methods.
  public let methods: [DynamicMethod]
}

/// A method of a `DynamicService`.
public struct DynamicMethod: Sendable {
  /// Its name.
  public let name: String
  /// The request type's full name.
  public let inputType: String
  /// The response type's full name.
  public let outputType: String
  /// Whether the client streams.
  public let clientStreaming: Bool
  /// Whether the server streams.
  public let serverStreaming: Bool
}

/// Descriptors that could not be read or built.
public struct DynamicDescriptorError: Error, Sendable, CustomStringConvertible {
  /// What is wrong.
  public let description: String
  init(_ description: String) { self.description = description }
}
