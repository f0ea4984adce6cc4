import MeshProtobuf

/// What `mesh call ... describe SYMBOL` prints: the symbol in `.proto` syntax, as grpcurl does.
enum SymbolDescription {
  /// descriptor.proto's type names by number.
  static let typeNames = [1: "double", 2: "float", 3: "int64", 4: "uint64", 5: "int32", 6: "fixed64", 7: "fixed32", 8: "bool",
                          9: "string", 10: "group", 12: "bytes", 13: "uint32", 15: "sfixed32", 16: "sfixed64", 17: "sint32", 18: "sint64"]

  /// The description of `symbol` among `files`, or nil when none defines it.
  static func describe(_ symbol: String, in files: [DynamicProtoFile]) -> String? {
    for file in files {
      for service in file.services {
        if service.fullName == symbol {
          return "\(symbol) is a service:\nservice \(short(symbol)) {\n"
            + service.methods.map { "  " + rpc($0) + "\n" }.joined() + "}"
        }
        for method in service.methods where service.fullName + "." + method.name == symbol || service.fullName + "/" + method.name == symbol {
          return "\(service.fullName).\(method.name) is a method:\n" + rpc(method)
        }
      }
      if let message = file.messages.first(where: { $0.fullName == symbol }) {
        var lines = ["\(symbol) is a message:", "message \(short(symbol)) {"]
        var printedOneofs = Set<Int>()
        for field in message.fields {
          if let oneof = field.oneofIndex, !field.isProto3Optional {
            guard printedOneofs.insert(oneof).inserted else { continue }
            lines.append("  oneof \(message.oneofs[oneof]) {")
            for member in message.fields where member.oneofIndex == oneof { lines.append("    " + fieldLine(member, proto3: message.proto3)) }
            lines.append("  }")
          } else {
            lines.append("  " + fieldLine(field, proto3: message.proto3))
          }
        }
        return (lines + ["}"]).joined(separator: "\n")
      }
      if let item = file.enums.first(where: { $0.fullName == symbol }) {
        return (["\(symbol) is an enum:", "enum \(short(symbol)) {"] + item.values.map { "  \($0.name) = \($0.number);" } + ["}"])
          .joined(separator: "\n")
      }
    }
    return nil
  }

  static func rpc(_ method: DynamicMethod) -> String {
    "rpc \(method.name) ( \(method.clientStreaming ? "stream " : "").\(method.inputType) ) returns ( "
      + "\(method.serverStreaming ? "stream " : "").\(method.outputType) );"
  }

  static func fieldLine(_ field: DynamicField, proto3: Bool) -> String {
    let type = field.type == 11 || field.type == 14 ? "." + field.typeName : typeNames[field.type] ?? "?"
    let label = field.isRepeated ? "repeated " : field.isRequired ? "required " : (field.hasPresence && (field.oneofIndex == nil || field.isProto3Optional) ? "optional " : "")
    return "\(label)\(type) \(field.name) = \(field.number);"
  }

  static func short(_ name: String) -> String { String(name.split(separator: ".").last ?? Substring(name)) }
}
