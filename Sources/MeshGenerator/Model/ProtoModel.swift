/// A proto file of the descriptor set, as the generator needs it.
struct ProtoFile {
  var name: String
  var package: String
  var syntax: String
  var dependencies: [String]
  var messages: [ProtoMessage]
  var enums: [ProtoEnum]
  var services: [ProtoService]
  /// The serialized `FileDescriptorProto` without source info, for server reflection.
  var serializedDescriptor: [UInt8]
  /// False for files that only serve to declare options (descriptor.proto, google/api/annotations.proto):
  /// reflection lists them, but they get no Swift and no C.
  var generatesCode = true
}

/// Where an element is declared, and the comments before it.
struct ProtoSource {
  var line: Int?
  var comments: String?
}

/// A message type (map entries included, flagged).
struct ProtoMessage {
  var name: String
  var fullName: String
  var fields: [ProtoField]
  var oneofs: [String]
  /// Where each oneof is declared, in the order of `oneofs`.
  var oneofSources: [ProtoSource]
  var messages: [ProtoMessage]
  var enums: [ProtoEnum]
  var isMapEntry: Bool
  var source: ProtoSource
}

/// The type of a field, as in `FieldDescriptorProto.Type`.
enum ProtoFieldType: Int32 {
  case double = 1, float, int64, uint64, int32, fixed64, fixed32, bool, string, group, message, bytes,
    uint32, enumeration, sfixed32, sfixed64, sint32, sint64
}

/// One field of a message.
struct ProtoField {
  var name: String
  var number: Int32
  var isRepeated: Bool
  var type: ProtoFieldType
  /// The fully qualified message or enum type, without the leading dot.
  var typeName: String
  /// The index of the real (not synthetic) oneof the field belongs to.
  var oneofIndex: Int?
  var isProto3Optional: Bool
  var source: ProtoSource
}

/// An enum type.
struct ProtoEnum {
  var name: String
  var fullName: String
  var values: [(name: String, number: Int32, source: ProtoSource)]
  var source: ProtoSource
}

/// A service.
struct ProtoService {
  var name: String
  var fullName: String
  var methods: [ProtoMethod]
  var source: ProtoSource
}

/// One RPC method.
struct ProtoMethod {
  var name: String
  var inputType: String
  var outputType: String
  var clientStreaming: Bool
  var serverStreaming: Bool
  var source: ProtoSource
  /// The `idempotency_level` option.
  var idempotencyLevel: ProtoMethodIdempotency = .unknown
  /// The `google.api.http` option's bindings, the primary one first.
  var httpBindings: [ProtoHTTPBinding] = []
}

/// A method's `idempotency_level` option.
enum ProtoMethodIdempotency: String {
  case unknown, noSideEffects, idempotent
}

/// One HTTP binding of a method (`google.api.http`).
struct ProtoHTTPBinding: Equatable {
  var method: String
  var path: String
  var body: String
  var responseBody: String
}
