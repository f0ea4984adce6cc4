import Foundation
internal import CProtobufC

/// protobuf-c descriptors built at run time from `DynamicProtoFile`s (what server reflection returns),
/// so that `ProtobufJSON` converts messages of types this binary was not generated with (`mesh call`).
/// Each message gets the C layout protoc-c would give it (fields by number, a case and a union per oneof,
/// proto3 `optional` fields as one-member oneofs, a `has_` flag for proto2 optional scalars, a count and a
/// pointer per repeated field) and no
/// `message_init` (protobuf-c then initialises generically, and so does `ProtobufArena`). The pool owns
/// the descriptors' memory: keep it alive as long as any `ProtobufDescriptor` it returned.
public final class DynamicDescriptorPool: @unchecked Sendable {
  /// The files, by name.
  public let files: [String: DynamicProtoFile]
  private var messages: [String: UnsafeMutablePointer<ProtobufCMessageDescriptor>] = [:]
  private var enums: [String: UnsafeMutablePointer<ProtobufCEnumDescriptor>] = [:]
  private var blocks: [UnsafeMutableRawPointer] = []
  /// The empty string every non-optional string field starts as.
  private let emptyString: UnsafeMutablePointer<CChar>

  /// Builds descriptors for every type of `files`.
  /// - Throws: `DynamicDescriptorError` for a field whose type is in none of the files, or a group.
  public init(files: [DynamicProtoFile]) throws {
    self.files = Dictionary(files.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    guard let empty = calloc(1, 1) else { fatalError("out of memory") }
    emptyString = empty.assumingMemoryBound(to: CChar.self)
    let messageTypes = files.flatMap(\.messages)
    let enumTypes = files.flatMap(\.enums)
    // Allocate every descriptor first: fields point at each other's.
    for type in messageTypes where messages[type.fullName] == nil {
      messages[type.fullName] = allocate(ProtobufCMessageDescriptor.self, count: 1)
    }
    for type in enumTypes where enums[type.fullName] == nil {
      let descriptor = allocate(ProtobufCEnumDescriptor.self, count: 1)
      fill(descriptor, type)
      enums[type.fullName] = descriptor
    }
    var filled = Set<String>()
    for type in messageTypes where !filled.contains(type.fullName) {
      filled.insert(type.fullName)
      guard let descriptor = messages[type.fullName] else { continue }
      try fill(descriptor, type)
    }
  }

  deinit {
    // Caches keyed by descriptor address must not outlive the descriptors: the next pool's may reuse them.
    JSONFieldNames.forget(messages.values.map { UnsafePointer($0) })
    blocks.forEach { free($0) }
    free(emptyString)
  }

  /// The descriptor of a message type.
  /// - Parameter fullName: `pkg.Message`.
  public func message(_ fullName: String) -> ProtobufDescriptor? {
    messages[fullName].map { ProtobufDescriptor(UnsafeRawPointer($0)) }
  }

  /// Every message type, by full name.
  public var messageNames: [String] { messages.keys.sorted() }

  /// Every service of the files.
  public var services: [DynamicService] { files.values.flatMap(\.services).sorted { $0.fullName < $1.fullName } }

  // MARK: - Building

  private func allocate<T>(_ type: T.Type, count: Int) -> UnsafeMutablePointer<T> {
    guard let block = calloc(max(count, 1), MemoryLayout<T>.stride) else { fatalError("out of memory") }
    blocks.append(block)
    return block.assumingMemoryBound(to: T.self)
  }

  private func cString(_ text: String) -> UnsafeMutablePointer<CChar> {
    let bytes = Array(text.utf8CString)
    let copy = allocate(CChar.self, count: bytes.count)
    for (index, byte) in bytes.enumerated() { copy[index] = byte }
    return copy
  }

  /// Sizes and alignments of a field's C storage, by descriptor.proto type number.
  private static func storage(_ type: Int) -> (size: Int, alignment: Int) {
    switch type {
    case 1, 3, 4, 6, 16, 18: (8, 8)  // double, int64, uint64, fixed64, sfixed64, sint64
    case 9, 11: (MemoryLayout<UnsafeRawPointer>.size, MemoryLayout<UnsafeRawPointer>.alignment)  // string, message
    case 12: (MemoryLayout<ProtobufCBinaryData>.size, MemoryLayout<ProtobufCBinaryData>.alignment)
    default: (4, 4)  // float, int32, fixed32, bool (protobuf_c_boolean is int), uint32, enum, sfixed32, sint32
    }
  }

  private static func cType(_ type: Int) -> ProtobufCType? {
    switch type {
    case 1: PROTOBUF_C_TYPE_DOUBLE
    case 2: PROTOBUF_C_TYPE_FLOAT
    case 3: PROTOBUF_C_TYPE_INT64
    case 4: PROTOBUF_C_TYPE_UINT64
    case 5: PROTOBUF_C_TYPE_INT32
    case 6: PROTOBUF_C_TYPE_FIXED64
    case 7: PROTOBUF_C_TYPE_FIXED32
    case 8: PROTOBUF_C_TYPE_BOOL
    case 9: PROTOBUF_C_TYPE_STRING
    case 11: PROTOBUF_C_TYPE_MESSAGE
    case 12: PROTOBUF_C_TYPE_BYTES
    case 13: PROTOBUF_C_TYPE_UINT32
    case 14: PROTOBUF_C_TYPE_ENUM
    case 15: PROTOBUF_C_TYPE_SFIXED32
    case 16: PROTOBUF_C_TYPE_SFIXED64
    case 17: PROTOBUF_C_TYPE_SINT32
    case 18: PROTOBUF_C_TYPE_SINT64
    default: nil  // 10: groups
    }
  }

  private static func roundUp(_ value: Int, _ alignment: Int) -> Int { (value + alignment - 1) / alignment * alignment }

  private func fill(_ descriptor: UnsafeMutablePointer<ProtobufCMessageDescriptor>, _ type: DynamicMessageType) throws {
    let fields = type.fields.sorted { $0.number < $1.number }
    var offset = MemoryLayout<ProtobufCMessage>.size
    func place(_ size: Int, _ alignment: Int) -> Int {
      offset = Self.roundUp(offset, alignment)
      defer { offset += size }
      return offset
    }
    // One case word and one union per oneof, as big as its largest member.
    var oneofSlots: [Int: (caseOffset: Int, unionOffset: Int)] = [:]
    let cFields = allocate(ProtobufCFieldDescriptor.self, count: fields.count)
    for (index, field) in fields.enumerated() {
      guard let cType = Self.cType(field.type) else {
        throw DynamicDescriptorError("\(type.fullName).\(field.name): groups are not supported")
      }
      var c = ProtobufCFieldDescriptor()
      c.name = UnsafePointer(cString(field.name))
      c.id = UInt32(bitPattern: field.number)
      c.type = cType
      let (size, alignment) = Self.storage(field.type)
      if field.type == 11 || field.type == 14 {
        if field.type == 11, let target = messages[field.typeName] {
          c.descriptor = UnsafeRawPointer(target)
        } else if field.type == 14, let target = enums[field.typeName] {
          c.descriptor = UnsafeRawPointer(target)
        } else {
          throw DynamicDescriptorError("\(type.fullName).\(field.name): the type \(field.typeName) is in none of the files")
        }
      }
      if let oneof = field.oneofIndex {
        let slot: (caseOffset: Int, unionOffset: Int)
        if let existing = oneofSlots[oneof] {
          slot = existing
        } else {
          let members = fields.filter { $0.oneofIndex == oneof }.map { Self.storage($0.type) }
          let caseOffset = place(4, 4)
          slot = (caseOffset, place(members.map(\.size).max() ?? 8, members.map(\.alignment).max() ?? 8))
          oneofSlots[oneof] = slot
        }
        c.label = type.proto3 ? PROTOBUF_C_LABEL_NONE : PROTOBUF_C_LABEL_OPTIONAL
        c.quantifier_offset = UInt32(slot.caseOffset)
        c.offset = UInt32(slot.unionOffset)
        // No default: members share the union, and protobuf-c would take one member's default for another's
        // value (a string's for a message to free). A member is read only when its case is set.
        c.flags |= UInt32(PROTOBUF_C_FIELD_FLAG_ONEOF.rawValue)
      } else if field.isRepeated {
        c.label = PROTOBUF_C_LABEL_REPEATED
        c.quantifier_offset = UInt32(place(MemoryLayout<Int>.size, MemoryLayout<Int>.alignment))
        c.offset = UInt32(place(MemoryLayout<UnsafeRawPointer>.size, MemoryLayout<UnsafeRawPointer>.alignment))
        let scalar = ![9, 11, 12].contains(field.type)
        if scalar && (field.packedOption ?? type.proto3) { c.flags |= UInt32(PROTOBUF_C_FIELD_FLAG_PACKED.rawValue) }
      } else if field.hasPresence || field.isRequired {
        c.label = field.isRequired ? PROTOBUF_C_LABEL_REQUIRED : PROTOBUF_C_LABEL_OPTIONAL
        // Strings and messages are absent as a NULL pointer; the others have a `has_` flag.
        if field.type != 9 && field.type != 11 && !field.isRequired { c.quantifier_offset = UInt32(place(4, 4)) }
        c.offset = UInt32(place(size, alignment))
      } else {
        c.label = PROTOBUF_C_LABEL_NONE
        c.offset = UInt32(place(size, alignment))
        if field.type == 9 { c.default_value = UnsafeRawPointer(emptyString) }
      }
      cFields[index] = c
    }
    let byName = allocate(UInt32.self, count: fields.count)
    for (position, index) in fields.indices.sorted(by: { Array(fields[$0].name.utf8).lexicographicallyPrecedes(Array(fields[$1].name.utf8)) })
      .enumerated() {
      byName[position] = UInt32(index)
    }
    let ranges = Self.ranges(fields.map(\.number))
    let cRanges = allocate(ProtobufCIntRange.self, count: ranges.count)
    for (index, range) in ranges.enumerated() { cRanges[index] = range }
    var d = ProtobufCMessageDescriptor()
    d.magic = UInt32(PROTOBUF_C__MESSAGE_DESCRIPTOR_MAGIC)
    d.name = UnsafePointer(cString(type.fullName))
    d.short_name = UnsafePointer(cString(String(type.fullName.split(separator: ".").last ?? "")))
    d.c_name = UnsafePointer(cString(type.fullName.replacingOccurrences(of: ".", with: "__")))
    d.package_name = UnsafePointer(cString(type.package))
    d.sizeof_message = Self.roundUp(offset, 8)
    d.n_fields = UInt32(fields.count)
    d.fields = UnsafePointer(cFields)
    d.fields_sorted_by_name = UnsafePointer(byName)
    d.n_field_ranges = UInt32(ranges.count - 1)
    d.field_ranges = UnsafePointer(cRanges)
    d.message_init = nil
    descriptor.pointee = d
  }

  /// protobuf-c's ranges of consecutive numbers (start value, index of its first entry), plus the
  /// terminating entry (0, count).
  static func ranges(_ sortedNumbers: [Int32]) -> [ProtobufCIntRange] {
    var ranges: [ProtobufCIntRange] = []
    for (index, number) in sortedNumbers.enumerated() where index == 0 || sortedNumbers[index - 1] + 1 != number {
      ranges.append(ProtobufCIntRange(start_value: number, orig_index: UInt32(index)))
    }
    ranges.append(ProtobufCIntRange(start_value: 0, orig_index: UInt32(sortedNumbers.count)))
    return ranges
  }

  private func fill(_ descriptor: UnsafeMutablePointer<ProtobufCEnumDescriptor>, _ type: DynamicEnumType) {
    // By number, the first of aliases kept.
    var seen = Set<Int32>()
    let values = type.values.sorted { $0.number < $1.number }.filter { seen.insert($0.number).inserted }
    let cValues = allocate(ProtobufCEnumValue.self, count: values.count)
    for (index, value) in values.enumerated() {
      let name = cString(value.name)
      cValues[index] = ProtobufCEnumValue(name: UnsafePointer(name), c_name: UnsafePointer(name), value: value.number)
    }
    let byName = allocate(ProtobufCEnumValueIndex.self, count: values.count)
    for (position, index) in values.indices.sorted(by: { Array(values[$0].name.utf8).lexicographicallyPrecedes(Array(values[$1].name.utf8)) })
      .enumerated() {
      byName[position] = ProtobufCEnumValueIndex(name: cValues[index].name, index: UInt32(index))
    }
    let ranges = Self.ranges(values.map(\.number))
    let cRanges = allocate(ProtobufCIntRange.self, count: ranges.count)
    for (index, range) in ranges.enumerated() { cRanges[index] = range }
    var d = ProtobufCEnumDescriptor()
    d.magic = UInt32(PROTOBUF_C__ENUM_DESCRIPTOR_MAGIC)
    d.name = UnsafePointer(cString(type.fullName))
    d.short_name = UnsafePointer(cString(String(type.fullName.split(separator: ".").last ?? "")))
    d.c_name = UnsafePointer(cString(type.fullName.replacingOccurrences(of: ".", with: "__")))
    d.package_name = UnsafePointer(cString(type.package))
    d.n_values = UInt32(values.count)
    d.values = UnsafePointer(cValues)
    d.n_value_names = UInt32(values.count)
    d.values_by_name = UnsafePointer(byName)
    d.n_value_ranges = UInt32(ranges.count - 1)
    d.value_ranges = UnsafePointer(cRanges)
    descriptor.pointee = d
  }
}
