internal import CProtoDescriptor
internal import CProtobufC

/// Reads `protoc --descriptor_set_out` with protobuf-c (descriptor.proto's C output) into the model,
/// refusing the constructs the Swift side has no correct mapping for.
enum DescriptorSetLoader {
  typealias CFile = Google__Protobuf__FileDescriptorProto
  typealias CMessage = Google__Protobuf__DescriptorProto
  typealias CField = Google__Protobuf__FieldDescriptorProto
  typealias CEnum = Google__Protobuf__EnumDescriptorProto

  // Field numbers of descriptor.proto, the steps of SourceCodeInfo.Location.path.
  private static let fileMessageType: Int32 = 4, fileEnumType: Int32 = 5, fileService: Int32 = 6
  private static let fileExtension: Int32 = 7
  private static let messageField: Int32 = 2, messageNested: Int32 = 3, messageEnum: Int32 = 4
  private static let messageExtensionRange: Int32 = 5, messageExtension: Int32 = 6, messageOneof: Int32 = 8
  private static let enumValue: Int32 = 2, serviceMethod: Int32 = 2

  /// Parses a serialized `FileDescriptorSet`.
  /// - Parameter bytes: the set.
  /// - Returns: its files, in the set's order (dependencies first, as protoc writes them).
  static func load(_ bytes: [UInt8]) throws -> [ProtoFile] {
    let set = bytes.withUnsafeBufferPointer { buffer in
      google__protobuf__file_descriptor_set__unpack(nil, buffer.count, buffer.baseAddress)
    }
    guard let set else {
      throw GeneratorError(file: "<descriptor set>", element: "FileDescriptorSet", line: nil,
                           reason: "not a valid serialized FileDescriptorSet (\(bytes.count) bytes)")
    }
    defer { google__protobuf__file_descriptor_set__free_unpacked(set, nil) }
    // The files named on protoc's command line come last; check them first, so that an error points at
    // the user's proto rather than at a construct of an imported one (such as descriptor.proto).
    return try buffer(set.pointee.file, set.pointee.n_file).reversed().map { try loadFile($0!) }.reversed()
  }

  private static func buffer<T>(_ start: UnsafeMutablePointer<T>?, _ count: Int) -> UnsafeMutableBufferPointer<T> {
    UnsafeMutableBufferPointer(start: start, count: start == nil ? 0 : count)
  }

  private static func string(_ chars: UnsafeMutablePointer<CChar>?) -> String {
    chars.map { String(cString: $0) } ?? ""
  }

  private static func loadFile(_ file: UnsafeMutablePointer<CFile>) throws -> ProtoFile {
    let name = string(file.pointee.name)
    let package = string(file.pointee.package)
    let sources = SourceLocations(file.pointee.source_code_info)
    let context = Context(file: name, sources: sources)

    // descriptor.proto (proto2) is imported by files that declare options; reflection serves it, the
    // Swift side never names its types (the generator reads it through CProtoDescriptor).
    if name == descriptorProto {
      return ProtoFile(name: name, package: package, syntax: string(file.pointee.syntax),
                       dependencies: [], messages: [], enums: [], services: [],
                       serializedDescriptor: serializeWithoutSourceInfo(file), generatesCode: false)
    }
    let extensions = buffer(file.pointee.extension, file.pointee.n_extension)
    for (index, field) in extensions.enumerated()
    where !(name.hasPrefix("google/api/") && isOptionsExtendee(string(field!.pointee.extendee))) {
      throw context.error(path: [fileExtension, Int32(index)], element: "extension \(string(field!.pointee.name))",
                          reason: "extensions are not supported; use a message field instead")
    }
    let declaresOptions = !extensions.isEmpty
    if declaresOptions, file.pointee.n_message_type + file.pointee.n_enum_type + file.pointee.n_service > 0 {
      throw context.error(path: [fileExtension, 0], element: "extension \(string(extensions[0]!.pointee.name))",
                          reason: "a file that declares custom options must declare nothing else")
    }
    let prefix = package.isEmpty ? "" : package + "."
    let messages = try buffer(file.pointee.message_type, file.pointee.n_message_type).enumerated().map {
      try loadMessage($1!, fullName: prefix + string($1!.pointee.name), path: [fileMessageType, Int32($0)],
                      context: context)
    }
    let enums = buffer(file.pointee.enum_type, file.pointee.n_enum_type).enumerated().map {
      loadEnum($1!, fullName: prefix + string($1!.pointee.name), path: [fileEnumType, Int32($0)],
               context: context)
    }
    let services = try buffer(file.pointee.service, file.pointee.n_service).enumerated().map { index, service in
      let serviceName = string(service!.pointee.name)
      let path = [fileService, Int32(index)]
      let methods = try buffer(service!.pointee.method, service!.pointee.n_method).enumerated().map { m, method in
        let methodPath = path + [serviceMethod, Int32(m)]
        let methodName = string(method!.pointee.name)
        let options = try methodOptions(method!.pointee.options, context: context, path: methodPath,
                                        element: "method \(prefix)\(serviceName).\(methodName)")
        return ProtoMethod(
          name: methodName,
          inputType: String(string(method!.pointee.input_type).drop { $0 == "." }),
          outputType: String(string(method!.pointee.output_type).drop { $0 == "." }),
          clientStreaming: method!.pointee.client_streaming != 0,
          serverStreaming: method!.pointee.server_streaming != 0,
          source: sources.source(methodPath),
          idempotencyLevel: options.idempotency, httpBindings: options.bindings)
      }
      return ProtoService(name: serviceName, fullName: prefix + serviceName, methods: methods,
                          source: sources.source(path))
    }
    let syntax = string(file.pointee.syntax)
    if syntax != "proto3" {
      throw GeneratorError(
        file: name, element: "syntax", line: sources.source([12]).line,
        reason: "only proto3 files are supported (this file is \"\(syntax.isEmpty ? "proto2" : syntax)\")")
    }
    return ProtoFile(
      name: name, package: package, syntax: syntax,
      dependencies: buffer(file.pointee.dependency, file.pointee.n_dependency).map { string($0) },
      messages: messages, enums: enums, services: services,
      serializedDescriptor: serializeWithoutSourceInfo(file), generatesCode: !declaresOptions)
  }

  private static let descriptorProto = "google/protobuf/descriptor.proto"
  private static let methodOptionsPath: Int32 = 4

  /// Whether an extension extends one of descriptor.proto's `…Options` messages (a custom option, which
  /// changes no generated type), rather than a message of the user's. Only googleapis' option files
  /// (`google/api/annotations.proto`) may declare them: the generator reads no other custom option.
  private static func isOptionsExtendee(_ extendee: String) -> Bool {
    extendee.hasPrefix(".google.protobuf.") && extendee.hasSuffix("Options")
  }

  /// A method's `idempotency_level` and `google.api.http` options.
  private static func methodOptions(
    _ options: UnsafeMutablePointer<Google__Protobuf__MethodOptions>?, context: Context, path: [Int32],
    element: String
  ) throws -> (idempotency: ProtoMethodIdempotency, bindings: [ProtoHTTPBinding]) {
    guard let options else { return (.unknown, []) }
    var idempotency = ProtoMethodIdempotency.unknown
    if options.pointee.has_idempotency_level != 0 {
      switch options.pointee.idempotency_level {
      case GOOGLE__PROTOBUF__METHOD_OPTIONS__IDEMPOTENCY_LEVEL__NO_SIDE_EFFECTS: idempotency = .noSideEffects
      case GOOGLE__PROTOBUF__METHOD_OPTIONS__IDEMPOTENCY_LEVEL__IDEMPOTENT: idempotency = .idempotent
      default: idempotency = .unknown
      }
    }
    // protobuf-c keeps the extension, which descriptor.proto does not declare, as unknown fields; a
    // message option split over several records merges by concatenation.
    var ruleBytes: [UInt8] = []
    var found = false
    let unknown = buffer(options.pointee.base.unknown_fields, Int(options.pointee.base.n_unknown_fields))
    for field in unknown where field.tag == HTTPRuleReader.extensionNumber {
      guard field.wire_type == PROTOBUF_C_WIRE_TYPE_LENGTH_PREFIXED else {
        throw context.error(path: path + [methodOptionsPath], element: element,
                            reason: "the google.api.http option is not a message")
      }
      found = true
      // protobuf-c keeps a length-delimited unknown field with its length prefix.
      let record = Array(UnsafeBufferPointer(start: field.data, count: field.len))
      guard let payload = HTTPRuleReader.stripLengthPrefix(record) else {
        throw context.error(path: path + [methodOptionsPath], element: element,
                            reason: "the google.api.http option's length does not match its bytes")
      }
      ruleBytes += payload
    }
    guard found else { return (idempotency, []) }
    do {
      return (idempotency, try HTTPRuleReader.bindings(ruleBytes))
    } catch let failure as HTTPRuleReader.Failure {
      throw context.error(path: path + [methodOptionsPath], element: element,
                          reason: "invalid google.api.http option: \(failure.reason)")
    }
  }

  private static func loadMessage(
    _ message: UnsafeMutablePointer<CMessage>, fullName: String, path: [Int32], context: Context
  ) throws -> ProtoMessage {
    let element = "message \(fullName)"
    if message.pointee.n_extension_range > 0 {
      throw context.error(path: path + [messageExtensionRange, 0], element: element,
                          reason: "extension ranges are not supported")
    }
    if message.pointee.n_extension > 0, let first = message.pointee.extension[0] {
      throw context.error(path: path + [messageExtension, 0], element: "extension \(string(first.pointee.name))",
                          reason: "extensions are not supported; use a message field instead")
    }
    let oneofs = buffer(message.pointee.oneof_decl, message.pointee.n_oneof_decl).map { string($0!.pointee.name) }
    var fields: [ProtoField] = []
    for (index, field) in buffer(message.pointee.field, message.pointee.n_field).enumerated() {
      let field = field!
      let fieldPath = path + [messageField, Int32(index)]
      let fieldName = string(field.pointee.name)
      let fieldElement = "field \(fullName).\(fieldName)"
      if field.pointee.label == GOOGLE__PROTOBUF__FIELD_DESCRIPTOR_PROTO__LABEL__LABEL_REQUIRED {
        throw context.error(path: fieldPath, element: fieldElement,
                            reason: "required fields are not supported (proto3 has none)")
      }
      guard let type = ProtoFieldType(rawValue: Int32(field.pointee.type.rawValue)), type != .group else {
        throw context.error(path: fieldPath, element: fieldElement,
                            reason: "groups are not supported; use a nested message instead")
      }
      // protoc fills json_name for every field; one that differs from the default was set by hand,
      // and the JSON mapping (which works from protobuf-c descriptors, without json_name) would ignore it.
      if let jsonName = field.pointee.json_name.map({ String(cString: $0) }), jsonName != defaultJSONName(fieldName) {
        throw context.error(path: fieldPath, element: fieldElement,
                            reason: "a custom json_name (\(jsonName)) is not supported; rename the field instead")
      }
      let isProto3Optional = field.pointee.has_proto3_optional != 0 && field.pointee.proto3_optional != 0
      let oneofIndex = field.pointee.has_oneof_index != 0 && !isProto3Optional ? Int(field.pointee.oneof_index) : nil
      fields.append(ProtoField(
        name: fieldName, number: field.pointee.number,
        isRepeated: field.pointee.label == GOOGLE__PROTOBUF__FIELD_DESCRIPTOR_PROTO__LABEL__LABEL_REPEATED,
        type: type, typeName: String(string(field.pointee.type_name).drop { $0 == "." }),
        oneofIndex: oneofIndex, isProto3Optional: isProto3Optional, source: context.sources.source(fieldPath)))
    }
    let nested = try buffer(message.pointee.nested_type, message.pointee.n_nested_type).enumerated().map {
      try loadMessage($1!, fullName: fullName + "." + string($1!.pointee.name),
                      path: path + [messageNested, Int32($0)], context: context)
    }
    let enums = buffer(message.pointee.enum_type, message.pointee.n_enum_type).enumerated().map {
      loadEnum($1!, fullName: fullName + "." + string($1!.pointee.name), path: path + [messageEnum, Int32($0)],
               context: context)
    }
    let options = message.pointee.options
    return ProtoMessage(
      name: string(message.pointee.name), fullName: fullName, fields: fields, oneofs: oneofs,
      oneofSources: oneofs.indices.map { context.sources.source(path + [messageOneof, Int32($0)]) },
      messages: nested, enums: enums,
      isMapEntry: options.map { $0.pointee.has_map_entry != 0 && $0.pointee.map_entry != 0 } ?? false,
      source: context.sources.source(path))
  }

  private static func loadEnum(_ enumType: UnsafeMutablePointer<CEnum>, fullName: String, path: [Int32],
                               context: Context) -> ProtoEnum {
    let values = buffer(enumType.pointee.value, enumType.pointee.n_value).enumerated().map { index, value in
      (name: string(value!.pointee.name), number: value!.pointee.number,
       source: context.sources.source(path + [enumValue, Int32(index)]))
    }
    return ProtoEnum(name: string(enumType.pointee.name), fullName: fullName, values: values,
                     source: context.sources.source(path))
  }

  /// protobuf's default JSON name: an underscore upper-cases the letter after it.
  private static func defaultJSONName(_ name: String) -> String {
    var result = ""
    var upperNext = false
    for character in name {
      if character == "_" {
        upperNext = true
      } else {
        result += upperNext ? character.uppercased() : String(character)
        upperNext = false
      }
    }
    return result
  }

  /// The file's descriptor as reflection clients want it: no source info (it is large and they do not
  /// use it).
  private static func serializeWithoutSourceInfo(_ file: UnsafeMutablePointer<CFile>) -> [UInt8] {
    let sourceInfo = file.pointee.source_code_info
    file.pointee.source_code_info = nil
    defer { file.pointee.source_code_info = sourceInfo }
    let size = google__protobuf__file_descriptor_proto__get_packed_size(file)
    var bytes = [UInt8](repeating: 0, count: size)
    _ = bytes.withUnsafeMutableBufferPointer { google__protobuf__file_descriptor_proto__pack(file, $0.baseAddress) }
    return bytes
  }

  /// The file being loaded, for errors.
  private struct Context {
    let file: String
    let sources: SourceLocations

    func error(path: [Int32], element: String, reason: String) -> GeneratorError {
      GeneratorError(file: file, element: element, line: sources.source(path).line, reason: reason)
    }
  }
}
