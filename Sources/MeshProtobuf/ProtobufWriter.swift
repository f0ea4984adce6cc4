internal import CProtobufC
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the fields of a protobuf-c message about to be packed, each by its index in the descriptor.
///
/// Memory for strings, bytes, arrays and sub-messages comes from the arena of the pack; the writer
/// is only valid inside `ProtobufMessage.writeProtobuf(to:)`.
public struct ProtobufWriter {
  let base: UnsafeMutableRawPointer
  let descriptor: UnsafePointer<ProtobufCMessageDescriptor>
  let arena: ProtobufArena

  private func field(_ index: Int) -> ProtobufCFieldDescriptor {
    assert(index < descriptor.pointee.n_fields, "field index out of range")
    return descriptor.pointee.fields[index]
  }

  private func hasPresence(_ field: ProtobufCFieldDescriptor) -> Bool {
    field.flags & UInt32(PROTOBUF_C_FIELD_FLAG_ONEOF.rawValue) != 0
      || (field.label == PROTOBUF_C_LABEL_OPTIONAL && field.quantifier_offset != 0)
  }

  /// Stores a value and marks the field present when it has presence (oneof case or `has_` flag).
  private func store<T>(_ index: Int, _ value: T) {
    let field = field(index)
    base.storeBytes(of: value, toByteOffset: Int(field.offset), as: T.self)
    if field.flags & UInt32(PROTOBUF_C_FIELD_FLAG_ONEOF.rawValue) != 0 {
      base.storeBytes(of: field.id, toByteOffset: Int(field.quantifier_offset), as: UInt32.self)
    } else if field.label == PROTOBUF_C_LABEL_OPTIONAL && field.quantifier_offset != 0 {
      base.storeBytes(of: 1, toByteOffset: Int(field.quantifier_offset), as: Int32.self)
    }
  }

  private func storeArray<T>(_ index: Int, _ values: [T]) {
    guard !values.isEmpty else { return }
    let field = field(index)
    let storage = arena.allocate(MemoryLayout<T>.stride * values.count)
    values.withUnsafeBytes { storage.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
    base.storeBytes(of: values.count, toByteOffset: Int(field.quantifier_offset), as: Int.self)
    base.storeBytes(of: storage, toByteOffset: Int(field.offset), as: UnsafeMutableRawPointer.self)
  }

  private func binaryData(_ bytes: [UInt8]) -> ProtobufCBinaryData {
    guard !bytes.isEmpty else { return ProtobufCBinaryData(len: 0, data: nil) }
    // protobuf-c only reads the field while packing: it points at the array's own storage, kept alive
    // by the arena, rather than at a zeroed copy (two passes over a 64 KiB payload saved).
    return ProtobufCBinaryData(len: bytes.count, data: UnsafeMutablePointer(mutating: arena.keep(bytes)))
  }

  /// The string's C copy; a string holding U+0000 is noted in the arena under the field's name, and the
  /// encode then throws (protobuf-c would pack it cut at the NUL).
  private func checkedCString(_ index: Int, _ value: String) -> UnsafeMutableRawPointer {
    let copy = arena.cString(value)
    // The copy's own terminator is at `utf8.count` (O(1) for native strings): a NUL before it is the
    // string's. One memchr over bytes the copy just wrote is all an ordinary string pays.
    if memchr(copy, 0, value.utf8.count) != nil { arena.noteFieldWithNUL(field(index).name) }
    return copy
  }

  private func subWriter(_ index: Int) -> ProtobufWriter {
    let sub = field(index).descriptor.assumingMemoryBound(to: ProtobufCMessageDescriptor.self)
    return ProtobufWriter(base: arena.newMessage(sub), descriptor: sub, arena: arena)
  }

  /// Sets an `int32`, `sint32` or `sfixed32` field.
  /// - Parameters:
  ///   - index: the field's index.
  ///   - value: the value.
  public func setInt32(_ index: Int, _ value: Int32) { store(index, value) }
  /// Sets an `int64`, `sint64` or `sfixed64` field.
  /// - Parameters:
  ///   - index: the field's index.
  ///   - value: the value.
  public func setInt64(_ index: Int, _ value: Int64) { store(index, value) }
  /// Sets a `uint32` or `fixed32` field.
  /// - Parameters:
  ///   - index: the field's index.
  ///   - value: the value.
  public func setUInt32(_ index: Int, _ value: UInt32) { store(index, value) }
  /// Sets a `uint64` or `fixed64` field.
  /// - Parameters:
  ///   - index: the field's index.
  ///   - value: the value.
  public func setUInt64(_ index: Int, _ value: UInt64) { store(index, value) }
  /// Sets a `float` field.
  /// - Parameters:
  ///   - index: the field's index.
  ///   - value: the value.
  public func setFloat(_ index: Int, _ value: Float) { store(index, value) }
  /// Sets a `double` field.
  /// - Parameters:
  ///   - index: the field's index.
  ///   - value: the value.
  public func setDouble(_ index: Int, _ value: Double) { store(index, value) }
  /// Sets a `bool` field.
  /// - Parameters:
  ///   - index: the field's index.
  ///   - value: the value.
  public func setBool(_ index: Int, _ value: Bool) { store(index, Int32(value ? 1 : 0)) }
  /// Sets an enum field from its wire value.
  /// - Parameters:
  ///   - index: the field's index.
  ///   - value: the wire value.
  public func setEnumValue(_ index: Int, _ value: Int32) { store(index, value) }

  /// Sets a `string` field.
  /// - Parameters:
  ///   - index: the field's index.
  ///   - value: the value (empty is the default and is skipped unless the field has presence).
  public func setString(_ index: Int, _ value: String) {
    if value.isEmpty && !hasPresence(field(index)) { return }
    store(index, checkedCString(index, value))
  }

  /// Sets a `bytes` field.
  /// - Parameters:
  ///   - index: the field's index.
  ///   - value: the value (empty is the default and is skipped unless the field has presence).
  public func setBytes(_ index: Int, _ value: [UInt8]) {
    if value.isEmpty && !hasPresence(field(index)) { return }
    store(index, binaryData(value))
  }

  /// Sets a message field.
  /// - Parameters:
  ///   - index: the field's index.
  ///   - value: the message.
  public func setMessage<Message: ProtobufMessage>(_ index: Int, _ value: Message) {
    let sub = subWriter(index)
    value.writeProtobuf(to: sub)
    store(index, sub.base)
  }

  /// Sets a `repeated int32` (or `sint32`, `sfixed32`, enum) field.
  /// - Parameters:
  ///   - index: the field's index.
  ///   - values: the values.
  public func setRepeatedInt32(_ index: Int, _ values: [Int32]) { storeArray(index, values) }
  /// Sets a `repeated int64` (or `sint64`, `sfixed64`) field.
  /// - Parameters:
  ///   - index: the field's index.
  ///   - values: the values.
  public func setRepeatedInt64(_ index: Int, _ values: [Int64]) { storeArray(index, values) }
  /// Sets a `repeated uint32` (or `fixed32`) field.
  /// - Parameters:
  ///   - index: the field's index.
  ///   - values: the values.
  public func setRepeatedUInt32(_ index: Int, _ values: [UInt32]) { storeArray(index, values) }
  /// Sets a `repeated uint64` (or `fixed64`) field.
  /// - Parameters:
  ///   - index: the field's index.
  ///   - values: the values.
  public func setRepeatedUInt64(_ index: Int, _ values: [UInt64]) { storeArray(index, values) }
  /// Sets a `repeated float` field.
  /// - Parameters:
  ///   - index: the field's index.
  ///   - values: the values.
  public func setRepeatedFloat(_ index: Int, _ values: [Float]) { storeArray(index, values) }
  /// Sets a `repeated double` field.
  /// - Parameters:
  ///   - index: the field's index.
  ///   - values: the values.
  public func setRepeatedDouble(_ index: Int, _ values: [Double]) { storeArray(index, values) }
  /// Sets a `repeated bool` field.
  /// - Parameters:
  ///   - index: the field's index.
  ///   - values: the values.
  public func setRepeatedBool(_ index: Int, _ values: [Bool]) {
    storeArray(index, values.map { Int32($0 ? 1 : 0) })
  }
  /// Sets a `repeated string` field.
  /// - Parameters:
  ///   - index: the field's index.
  ///   - values: the values.
  public func setRepeatedString(_ index: Int, _ values: [String]) {
    storeArray(index, values.map { checkedCString(index, $0) })
  }
  /// Sets a `repeated bytes` field.
  /// - Parameters:
  ///   - index: the field's index.
  ///   - values: the values.
  public func setRepeatedBytes(_ index: Int, _ values: [[UInt8]]) {
    storeArray(index, values.map(binaryData))
  }

  /// Sets a repeated message field.
  /// - Parameters:
  ///   - index: the field's index.
  ///   - values: the messages.
  public func setRepeatedMessage<Message: ProtobufMessage>(_ index: Int, _ values: [Message]) {
    storeArray(index, values.map { value in
      let sub = subWriter(index)
      value.writeProtobuf(to: sub)
      return sub.base
    })
  }

  /// Sets a map field: one entry message per key, the key at index 0 and the value at index 1.
  /// - Parameters:
  ///   - index: the map field's index.
  ///   - values: the map.
  ///   - key: writes a key into an entry.
  ///   - value: writes a value into an entry.
  public func setMap<Key, Value>(
    _ index: Int, _ values: [Key: Value], key: (ProtobufWriter, Key) -> Void,
    value: (ProtobufWriter, Value) -> Void
  ) {
    storeEntries(index, values.map { ($0.key, $0.value) }, key: key, value: value)
  }

  /// Sets a map field with keys in ascending order, so that equal maps give equal bytes (caches and
  /// signatures can key on them); protobuf itself leaves the order open.
  /// - Parameters:
  ///   - index: the map field's index.
  ///   - values: the map.
  ///   - key: writes a key into an entry.
  ///   - value: writes a value into an entry.
  public func setMap<Key: Comparable, Value>(
    _ index: Int, _ values: [Key: Value], key: (ProtobufWriter, Key) -> Void,
    value: (ProtobufWriter, Value) -> Void
  ) {
    storeEntries(index, values.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, key: key, value: value)
  }

  private func storeEntries<Key, Value>(
    _ index: Int, _ entries: [(Key, Value)], key: (ProtobufWriter, Key) -> Void,
    value: (ProtobufWriter, Value) -> Void
  ) {
    storeArray(index, entries.map { element in
      let entry = subWriter(index)
      key(entry, element.0)
      value(entry, element.1)
      return entry.base
    })
  }
}
