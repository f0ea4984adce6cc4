/// Writes the Swift struct of a message (nested types inside it) and its `ProtobufMessage` conformance.
struct MessageEmitter {
  let file: ProtoFile
  let table: TypeTable

  /// Members every generated message has, which a field must not shadow.
  private static let reservedMembers: Set<String> = ["protobufDescriptor", "writeProtobuf", "protoMessageName",
                                                     "wireBytes", "appendWireBytes"]

  /// Declares the struct.
  func emitStruct(_ message: ProtoMessage, into writer: inout CodeWriter) throws {
    let swiftName = try table.entry(message.fullName, file: file.name, element: "message", line: nil).swiftName
    let shortName = String(swiftName.split(separator: ".").last!)
    if swiftName == message.name || swiftName.contains(".") {  // a bare name, not behind a package prefix
      try checkTypeName(message.name, element: "message \(message.fullName)", line: message.source.line)
    }
    let codings = try fieldCodings(message)
    try checkMemberNames(message, codings: codings)

    writer.doc(message.source.comments, fallback: "The message `\(message.fullName)`.")
    try writer.block("public struct \(shortName): Sendable, Equatable {") { body in
      for coding in codings where coding.field.oneofIndex == nil {
        body.doc(coding.field.source.comments, fallback: "Field \(coding.field.number), `\(coding.field.name)`.")
        let name = SwiftNaming.escaped(coding.swiftName)
        if coding.isBoxed {
          body.line("public var \(name): \(coding.declaredType) {")
          body.line("  get { _\(coding.swiftName)?.value }")
          body.line("  set { _\(coding.swiftName) = newValue.map { ProtobufBox($0) } }")
          body.line("}")
          body.line("private var _\(coding.swiftName): ProtobufBox<\(coding.value.swiftType)>? = nil")
        } else {
          body.line("public var \(name): \(coding.declaredType) = \(coding.defaultValue)")
        }
        body.line()
      }
      for (oneofIndex, oneofName) in message.oneofs.enumerated() {
        let members = codings.filter { $0.field.oneofIndex == oneofIndex }
        guard !members.isEmpty else { continue }  // synthetic oneofs of proto3 `optional`
        let typeName = "OneOf_" + SwiftNaming.upperCamel(oneofName)
        body.doc(message.oneofSources[oneofIndex].comments,
                 fallback: "The oneof `\(oneofName)`: at most one of its fields is set.")
        body.line("public var \(SwiftNaming.escaped(SwiftNaming.lowerCamel(oneofName))): \(typeName)? = nil")
        body.line()
        let indirect = members.contains { $0.isBoxed } ? "indirect " : ""
        let property = SwiftNaming.escaped(SwiftNaming.lowerCamel(oneofName))
        for member in members {
          let name = SwiftNaming.escaped(member.swiftName)
          let fallback = member.value.isMessage ? "\(member.value.swiftType)()" : member.value.defaultValue
          body.line("/// `\(member.field.name)` of the oneof `\(oneofName)`: its value, or the default when another")
          body.line("/// field (or none) is set. Setting it selects it.")
          body.block("public var \(name): \(member.value.swiftType) {") { accessor in
            accessor.line("get { if case .\(name)(let value)? = self.\(property) { return value }; return \(fallback) }")
            accessor.line("set { self.\(property) = .\(name)(newValue) }")
          }
          body.line()
        }
        body.line("/// The fields of the oneof `\(oneofName)`.")
        body.block("public \(indirect)enum \(typeName): Sendable, Equatable {") { cases in
          for member in members {
            cases.doc(member.field.source.comments, fallback: "Field \(member.field.number), `\(member.field.name)`.")
            cases.line("case \(SwiftNaming.escaped(member.swiftName))(\(member.value.swiftType))")
          }
        }
        body.line()
      }
      for nested in message.enums {
        try EnumEmitter(file: file, table: table).emit(nested, into: &body)
        body.line()
      }
      for nested in message.messages where !nested.isMapEntry {
        try emitStruct(nested, into: &body)
        body.line()
      }
      body.line("/// A message with every field at its default.")
      body.line("public init() {}")
    }
  }

  /// Declares the `ProtobufMessage` conformance (after all structs, at file level).
  func emitConformance(_ message: ProtoMessage, into writer: inout CodeWriter) throws {
    let swiftName = try table.entry(message.fullName, file: file.name, element: "message", line: nil).swiftName
    let codings = try fieldCodings(message)
    writer.block("extension \(swiftName): ProtobufMessage {") { body in
      body.line("/// The protobuf-c descriptor of `\(message.fullName)`.")
      body.line("public static var protobufDescriptor: ProtobufDescriptor {")
      body.line("  ProtobufDescriptor(cmesh_\(SwiftNaming.cLowerName(message.fullName))())")
      body.line("}")
      body.line()
      if table.mayNestDeeply(message.fullName) {
        body.line("/// True: the type can contain itself, so decoding first checks how deep the bytes nest.")
        body.line("public static var protobufMayNestDeeply: Bool { true }")
        body.line()
      }
      body.line("/// Copies the fields out of an unpacked protobuf-c message.")
      body.block("public init(protobuf reader: ProtobufReader) {") { reads in
        reads.line("self.init()")
        for coding in codings where coding.field.oneofIndex == nil {
          for statement in coding.readStatements() { reads.line(statement) }
        }
        for (oneofIndex, oneofName) in message.oneofs.enumerated() {
          let members = codings.filter { $0.field.oneofIndex == oneofIndex }
          guard let first = members.first else { continue }
          let property = "self." + SwiftNaming.escaped(SwiftNaming.lowerCamel(oneofName))
          reads.switchBlock("switch reader.oneofCase(\(first.index)) {") { cases in
            for member in members {
              cases.line("case \(member.field.number): \(property) = .\(SwiftNaming.escaped(member.swiftName))("
                         + FieldCoding.read(member.value, reader: "reader", index: member.index) + ")")
            }
            cases.line("default: break")
          }
        }
      }
      body.line()
      body.line("/// Copies the fields into a protobuf-c message about to be packed.")
      body.block("public func writeProtobuf(to writer: ProtobufWriter) {") { writes in
        for coding in codings where coding.field.oneofIndex == nil {
          for statement in coding.writeStatements() { writes.line(statement) }
        }
        for (oneofIndex, oneofName) in message.oneofs.enumerated() {
          let members = codings.filter { $0.field.oneofIndex == oneofIndex }
          guard !members.isEmpty else { continue }
          writes.switchBlock("switch self.\(SwiftNaming.escaped(SwiftNaming.lowerCamel(oneofName))) {") { cases in
            for member in members {
              cases.line("case .\(SwiftNaming.escaped(member.swiftName))(let value): "
                         + FieldCoding.write(member.value, writer: "writer", index: member.index, value: "value"))
            }
            cases.line("case nil: break")
          }
        }
      }
    }
    writer.line()
    for nested in message.messages where !nested.isMapEntry {
      try emitConformance(nested, into: &writer)
    }
  }

  private func fieldCodings(_ message: ProtoMessage) throws -> [FieldCoding] {
    let byNumber = message.fields.sorted { $0.number < $1.number }
    return try message.fields.map { field in
      try FieldCoding(field: field, index: byNumber.firstIndex { $0.number == field.number }!, in: message,
                      file: file.name, table: table)
    }
  }

  private func checkTypeName(_ name: String, element: String, line: Int?) throws {
    if SwiftNaming.reservedTypeNames.contains(name) || name.hasPrefix("OneOf_") {
      throw GeneratorError(file: file.name, element: element, line: line,
                           reason: "the name \(name) means something else in Swift or in the generated code; rename it")
    }
  }

  /// Two fields (or a field and a oneof) with one Swift name would be silently wrong code: refuse them.
  private func checkMemberNames(_ message: ProtoMessage, codings: [FieldCoding]) throws {
    var seen: [String: String] = [:]
    func claim(_ swiftName: String, element: String, line: Int?) throws {
      if let other = seen[swiftName] {
        throw GeneratorError(file: file.name, element: element, line: line,
                             reason: "its Swift name \(swiftName) is also the Swift name of \(other); rename one of them")
      }
      if Self.reservedMembers.contains(swiftName) || swiftName.hasPrefix("_") {
        throw GeneratorError(file: file.name, element: element, line: line,
                             reason: "its Swift name \(swiftName) is reserved by the generated code; rename it")
      }
      seen[swiftName] = element
    }
    for coding in codings {
      try claim(coding.swiftName, element: "field \(message.fullName).\(coding.field.name)",
                line: coding.field.source.line)
    }
    for (index, oneof) in message.oneofs.enumerated() where codings.contains(where: { $0.field.oneofIndex == index }) {
      try claim(SwiftNaming.lowerCamel(oneof), element: "oneof \(message.fullName).\(oneof)",
                line: message.oneofSources[index].line)
    }
    var nestedNames: Set<String> = []
    for nested in message.messages.filter({ !$0.isMapEntry }).map(\.name) + message.enums.map(\.name) {
      nestedNames.insert(nested)
    }
    for (index, oneof) in message.oneofs.enumerated()
    where nestedNames.contains("OneOf_" + SwiftNaming.upperCamel(oneof)) {
      throw GeneratorError(file: file.name, element: "oneof \(message.fullName).\(oneof)",
                           line: message.oneofSources[index].line,
                           reason: "its Swift type OneOf_\(SwiftNaming.upperCamel(oneof)) clashes with a nested type")
    }
  }
}
