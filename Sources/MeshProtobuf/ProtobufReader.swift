internal import CProtobufC

/// Reads the fields of an unpacked protobuf-c message, each by its index in the message descriptor.
///
/// Generated code calls it with the index of each field (protoc-c sorts fields by number); the
/// reader is only valid inside `ProtobufMessage.init(protobuf:)`.
public struct ProtobufReader {
  let base: UnsafeRawPointer
  let descriptor: UnsafePointer<ProtobufCMessageDescriptor>
  /// Set when a string is not valid UTF-8 (proto3 requires it; protobuf-c does not check): the decode
  /// then fails. Nil where the strings are known to be valid (built from JSON).
  var invalidUTF8: UnsafeMutablePointer<Bool>? = nil
  /// The allocator the message was unpacked with, when its large blocks are byte arrays: a `bytes`
  /// field then becomes its array as is. Nil for protobuf-c's own allocator (fields are copied).
  let arrays: ProtobufUnpackAllocator?

  init(base: UnsafeRawPointer, descriptor: UnsafePointer<ProtobufCMessageDescriptor>,
       invalidUTF8: UnsafeMutablePointer<Bool>? = nil, arrays: ProtobufUnpackAllocator? = nil) {
    self.base = base
    self.descriptor = descriptor
    self.invalidUTF8 = invalidUTF8
    self.arrays = arrays
  }

  private func text(_ chars: UnsafePointer<CChar>?) -> String {
    guard let chars else { return "" }
    if let valid = String(validatingCString: chars) { return valid }
    invalidUTF8?.pointee = true
    return String(cString: chars)
  }

  private func field(_ index: Int) -> ProtobufCFieldDescriptor {
    assert(index < descriptor.pointee.n_fields, "field index out of range")
    return descriptor.pointee.fields[index]
  }

  private func load<T>(_ index: Int, as type: T.Type) -> T {
    base.load(fromByteOffset: Int(field(index).offset), as: type)
  }

  private func loadArray<T>(_ index: Int, as type: T.Type) -> UnsafeBufferPointer<T> {
    let field = field(index)
    let count = base.load(fromByteOffset: Int(field.quantifier_offset), as: Int.self)
    let elements = base.load(fromByteOffset: Int(field.offset), as: UnsafePointer<T>?.self)
    return UnsafeBufferPointer(start: elements, count: elements == nil ? 0 : count)
  }

  /// Whether a field with presence is set: a oneof member (or proto3 `optional`, compiled to C as a
  /// one-member oneof) whose case is this field, or a message field that is not null.
  /// - Parameter index: the field's index.
  public func has(_ index: Int) -> Bool {
    let field = field(index)
    if field.flags & UInt32(PROTOBUF_C_FIELD_FLAG_ONEOF.rawValue) != 0 {
      return base.load(fromByteOffset: Int(field.quantifier_offset), as: UInt32.self) == field.id
    }
    if field.type == PROTOBUF_C_TYPE_MESSAGE {
      return base.load(fromByteOffset: Int(field.offset), as: UnsafeRawPointer?.self) != nil
    }
    if field.label == PROTOBUF_C_LABEL_OPTIONAL && field.quantifier_offset != 0 {
      return base.load(fromByteOffset: Int(field.quantifier_offset), as: Int32.self) != 0
    }
    return true
  }

  /// The number of the oneof member that is set (0 for none).
  /// - Parameter index: the index of any member of the oneof.
  public func oneofCase(_ index: Int) -> Int {
    Int(base.load(fromByteOffset: Int(field(index).quantifier_offset), as: UInt32.self))
  }

  /// An `int32`, `sint32` or `sfixed32` field.
  /// - Parameter index: the field's index.
  public func int32(_ index: Int) -> Int32 { load(index, as: Int32.self) }
  /// An `int64`, `sint64` or `sfixed64` field.
  /// - Parameter index: the field's index.
  public func int64(_ index: Int) -> Int64 { load(index, as: Int64.self) }
  /// A `uint32` or `fixed32` field.
  /// - Parameter index: the field's index.
  public func uint32(_ index: Int) -> UInt32 { load(index, as: UInt32.self) }
  /// A `uint64` or `fixed64` field.
  /// - Parameter index: the field's index.
  public func uint64(_ index: Int) -> UInt64 { load(index, as: UInt64.self) }
  /// A `float` field.
  /// - Parameter index: the field's index.
  public func float(_ index: Int) -> Float { load(index, as: Float.self) }
  /// A `double` field.
  /// - Parameter index: the field's index.
  public func double(_ index: Int) -> Double { load(index, as: Double.self) }
  /// A `bool` field.
  /// - Parameter index: the field's index.
  public func bool(_ index: Int) -> Bool { load(index, as: Int32.self) != 0 }
  /// An enum field's wire value.
  /// - Parameter index: the field's index.
  public func enumValue(_ index: Int) -> Int32 { load(index, as: Int32.self) }

  /// A `string` field (protobuf-c strings end at the first NUL: bytes with a string holding one are
  /// refused before unpacking, `ProtobufStringNULCheck`).
  /// - Parameter index: the field's index.
  public func string(_ index: Int) -> String {
    text(load(index, as: UnsafePointer<CChar>?.self))
  }

  /// A `bytes` field.
  /// - Parameter index: the field's index.
  public func bytes(_ index: Int) -> [UInt8] { bytes(load(index, as: ProtobufCBinaryData.self)) }

  /// A message field, or nil when it is not set.
  /// - Parameters:
  ///   - index: the field's index.
  ///   - type: the generated message type.
  public func message<Message: ProtobufMessage>(_ index: Int, _ type: Message.Type) -> Message? {
    guard let sub = load(index, as: UnsafeRawPointer?.self) else { return nil }
    return Message(protobuf: ProtobufReader(base: sub, descriptor: subDescriptor(index), invalidUTF8: invalidUTF8,
                                                arrays: arrays))
  }

  /// A `repeated int32` (or `sint32`, `sfixed32`, enum) field.
  /// - Parameter index: the field's index.
  public func repeatedInt32(_ index: Int) -> [Int32] { Array(loadArray(index, as: Int32.self)) }
  /// A `repeated int64` (or `sint64`, `sfixed64`) field.
  /// - Parameter index: the field's index.
  public func repeatedInt64(_ index: Int) -> [Int64] { Array(loadArray(index, as: Int64.self)) }
  /// A `repeated uint32` (or `fixed32`) field.
  /// - Parameter index: the field's index.
  public func repeatedUInt32(_ index: Int) -> [UInt32] { Array(loadArray(index, as: UInt32.self)) }
  /// A `repeated uint64` (or `fixed64`) field.
  /// - Parameter index: the field's index.
  public func repeatedUInt64(_ index: Int) -> [UInt64] { Array(loadArray(index, as: UInt64.self)) }
  /// A `repeated float` field.
  /// - Parameter index: the field's index.
  public func repeatedFloat(_ index: Int) -> [Float] { Array(loadArray(index, as: Float.self)) }
  /// A `repeated double` field.
  /// - Parameter index: the field's index.
  public func repeatedDouble(_ index: Int) -> [Double] { Array(loadArray(index, as: Double.self)) }
  /// A `repeated bool` field.
  /// - Parameter index: the field's index.
  public func repeatedBool(_ index: Int) -> [Bool] { loadArray(index, as: Int32.self).map { $0 != 0 } }
  /// A `repeated string` field.
  /// - Parameter index: the field's index.
  public func repeatedString(_ index: Int) -> [String] {
    loadArray(index, as: UnsafePointer<CChar>?.self).map(text)
  }
  /// A `repeated bytes` field.
  /// - Parameter index: the field's index.
  public func repeatedBytes(_ index: Int) -> [[UInt8]] {
    loadArray(index, as: ProtobufCBinaryData.self).map(bytes)
  }

  /// A repeated message field.
  /// - Parameters:
  ///   - index: the field's index.
  ///   - type: the generated message type.
  public func repeatedMessage<Message: ProtobufMessage>(_ index: Int, _ type: Message.Type) -> [Message] {
    let sub = subDescriptor(index)
    return loadArray(index, as: UnsafeRawPointer?.self).map { element in
      element.map { Message(protobuf: ProtobufReader(base: $0, descriptor: sub, invalidUTF8: invalidUTF8, arrays: arrays)) }
        ?? Message()
    }
  }

  /// The entries of a map field, in wire order (so a later entry for the same key wins when the
  /// caller stores them one by one): read the key at index 0 and the value at index 1 of each.
  /// - Parameter index: the map field's index.
  public func mapEntries(_ index: Int) -> [ProtobufReader] {
    let entry = subDescriptor(index)
    return loadArray(index, as: UnsafeRawPointer?.self).compactMap { element in
      element.map { ProtobufReader(base: $0, descriptor: entry, invalidUTF8: invalidUTF8, arrays: arrays) }
    }
  }

  private func subDescriptor(_ index: Int) -> UnsafePointer<ProtobufCMessageDescriptor> {
    field(index).descriptor.assumingMemoryBound(to: ProtobufCMessageDescriptor.self)
  }

  private func bytes(_ data: ProtobufCBinaryData) -> [UInt8] {
    guard let bytes = data.data, data.len > 0 else { return [] }
    if let arrays, let array = arrays.array(at: bytes, count: data.len) { return array }
    return Array(UnsafeBufferPointer(start: bytes, count: data.len))
  }
}
