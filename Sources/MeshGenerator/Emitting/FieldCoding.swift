/// How one field is declared, read from a protobuf-c message and written to one.
struct FieldCoding {
  /// The Swift type of one value, and the reader and writer method names of its kind.
  struct ValueKind {
    var swiftType: String
    var defaultValue: String
    /// `reader.<name>(i)` for a scalar; nil for enums and messages.
    var readerName: String?
    /// `setX` / `repeatedX` suffix; enums use Int32.
    var suffix: String
    var isEnum = false
    var isMessage = false
  }

  let field: ProtoField
  /// The field's index in protoc-c's descriptor (fields sorted by number).
  let index: Int
  let swiftName: String
  let value: ValueKind
  /// For a map: the key and value kinds.
  let map: (key: ValueKind, value: ValueKind)?
  /// Whether the field's message type contains the field's message by value (needs a box).
  let isBoxed: Bool

  init(field: ProtoField, index: Int, in message: ProtoMessage, file: String, table: TypeTable) throws {
    self.field = field
    self.index = index
    self.swiftName = SwiftNaming.lowerCamel(field.name)
    let element = "field \(message.fullName).\(field.name)"
    self.value = try Self.valueKind(field.type, typeName: field.typeName, table: table, file: file,
                                    element: element, line: field.source.line)
    if field.type == .message, field.isRepeated,
       let entry = try table.entry(field.typeName, file: file, element: element, line: field.source.line).message,
       entry.isMapEntry
    {
      let sorted = entry.fields.sorted { $0.number < $1.number }
      guard sorted.count == 2 else {
        throw GeneratorError(file: file, element: element, line: field.source.line, reason: "malformed map entry")
      }
      map = (try Self.valueKind(sorted[0].type, typeName: sorted[0].typeName, table: table, file: file,
                                element: element, line: field.source.line),
             try Self.valueKind(sorted[1].type, typeName: sorted[1].typeName, table: table, file: file,
                                element: element, line: field.source.line))
    } else {
      map = nil
    }
    isBoxed = field.type == .message && !field.isRepeated && table.containsByValue(field.typeName, message.fullName)
  }

  static func valueKind(_ type: ProtoFieldType, typeName: String, table: TypeTable, file: String, element: String,
                        line: Int?) throws -> ValueKind {
    switch type {
    case .double: return ValueKind(swiftType: "Double", defaultValue: "0", readerName: "double", suffix: "Double")
    case .float: return ValueKind(swiftType: "Float", defaultValue: "0", readerName: "float", suffix: "Float")
    case .int64, .sint64, .sfixed64:
      return ValueKind(swiftType: "Int64", defaultValue: "0", readerName: "int64", suffix: "Int64")
    case .uint64, .fixed64:
      return ValueKind(swiftType: "UInt64", defaultValue: "0", readerName: "uint64", suffix: "UInt64")
    case .int32, .sint32, .sfixed32:
      return ValueKind(swiftType: "Int32", defaultValue: "0", readerName: "int32", suffix: "Int32")
    case .uint32, .fixed32:
      return ValueKind(swiftType: "UInt32", defaultValue: "0", readerName: "uint32", suffix: "UInt32")
    case .bool: return ValueKind(swiftType: "Bool", defaultValue: "false", readerName: "bool", suffix: "Bool")
    case .string: return ValueKind(swiftType: "String", defaultValue: "\"\"", readerName: "string", suffix: "String")
    case .bytes: return ValueKind(swiftType: "[UInt8]", defaultValue: "[]", readerName: "bytes", suffix: "Bytes")
    case .enumeration:
      let entry = try table.entry(typeName, file: file, element: element, line: line)
      return ValueKind(swiftType: entry.swiftName, defaultValue: ".init()", suffix: "Int32", isEnum: true)
    case .message:
      let entry = try table.entry(typeName, file: file, element: element, line: line)
      return ValueKind(swiftType: entry.swiftName, defaultValue: "nil", suffix: "Message", isMessage: true)
    case .group:
      throw GeneratorError(file: file, element: element, line: line, reason: "groups are not supported")
    }
  }

  /// The declared Swift type of the property.
  var declaredType: String {
    if let map { return "[\(map.key.swiftType): \(map.value.swiftType)]" }
    if field.isRepeated { return "[\(value.swiftType)]" }
    if value.isMessage || field.isProto3Optional { return value.swiftType + "?" }
    return value.swiftType
  }

  /// The property's default.
  var defaultValue: String {
    if map != nil { return "[:]" }
    if field.isRepeated { return "[]" }
    if value.isMessage || field.isProto3Optional { return "nil" }
    return value.defaultValue
  }

  /// An expression reading one value of `kind` at `index` from `reader` (messages: never nil).
  static func read(_ kind: ValueKind, reader: String, index: Int) -> String {
    if kind.isEnum { return "\(kind.swiftType)(rawValue: \(reader).enumValue(\(index)))" }
    if kind.isMessage { return "\(reader).message(\(index), \(kind.swiftType).self) ?? \(kind.swiftType)()" }
    return "\(reader).\(kind.readerName!)(\(index))"
  }

  /// A statement writing `value` of `kind` at `index` with `writer`.
  static func write(_ kind: ValueKind, writer: String, index: Int, value: String) -> String {
    if kind.isEnum { return "\(writer).setEnumValue(\(index), \(value).rawValue)" }
    if kind.isMessage { return "\(writer).setMessage(\(index), \(value))" }
    return "\(writer).set\(kind.suffix)(\(index), \(value))"
  }

  /// Statements that copy the field out of `reader` into `self`.
  func readStatements() -> [String] {
    // Backquoted even after `self.`: `self.init` would be the initializer.
    let target = "self." + SwiftNaming.escaped(swiftName)
    if let map {
      return ["for entry in reader.mapEntries(\(index)) {",
              "  \(target)[\(Self.read(map.key, reader: "entry", index: 0))] = \(Self.read(map.value, reader: "entry", index: 1))",
              "}"]
    }
    if field.isRepeated {
      if value.isEnum { return ["\(target) = reader.repeatedInt32(\(index)).map { \(value.swiftType)(rawValue: $0) }"] }
      if value.isMessage { return ["\(target) = reader.repeatedMessage(\(index), \(value.swiftType).self)"] }
      return ["\(target) = reader.repeated\(value.suffix)(\(index))"]
    }
    if value.isMessage { return ["\(target) = reader.message(\(index), \(value.swiftType).self)"] }
    if field.isProto3Optional {
      return ["if reader.has(\(index)) { \(target) = \(Self.read(value, reader: "reader", index: index)) }"]
    }
    return ["\(target) = \(Self.read(value, reader: "reader", index: index))"]
  }

  /// Statements that copy the field from `self` into `writer`.
  func writeStatements() -> [String] {
    let source = "self." + SwiftNaming.escaped(swiftName)
    if let map {
      return ["writer.setMap(\(index), \(source)) { \(Self.write(map.key, writer: "$0", index: 0, value: "$1")) } value: { \(Self.write(map.value, writer: "$0", index: 1, value: "$1")) }"]
    }
    if field.isRepeated {
      if value.isEnum { return ["writer.setRepeatedInt32(\(index), \(source).map(\\.rawValue))"] }
      return ["writer.setRepeated\(value.suffix)(\(index), \(source))"]
    }
    if value.isMessage || field.isProto3Optional {
      return ["if let value = \(source) { \(Self.write(value, writer: "writer", index: index, value: "value")) }"]
    }
    return [Self.write(value, writer: "writer", index: index, value: source)]
  }
}
