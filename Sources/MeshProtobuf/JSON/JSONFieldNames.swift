internal import CProtobufC
import Synchronization

/// The JSON and proto names of a message type's fields, computed once per type: building them per
/// message made JSON ten times slower.
struct JSONFieldNames: Sendable {
  /// The quoted `"jsonName":` prefix of each field, by index in the descriptor.
  let keys: [String]
  /// Field index by JSON name and by proto name.
  let indexByName: [String: Int]

  private static let cache = Mutex<[UInt: JSONFieldNames]>([:])

  /// The names of a message type.
  static func of(_ descriptor: UnsafePointer<ProtobufCMessageDescriptor>) -> JSONFieldNames {
    let key = UInt(bitPattern: descriptor)
    if let names = cache.withLock({ $0[key] }) { return names }
    var keys: [String] = []
    var indexByName: [String: Int] = [:]
    for (index, field) in CFieldInfo.fields(descriptor).enumerated() {
      let protoName = String(cString: field.name)
      let jsonName = CFieldInfo.jsonName(protoName)
      keys.append(JSONText.quoted(jsonName) + ":")
      indexByName[protoName] = index
      indexByName[jsonName] = index
    }
    let names = JSONFieldNames(keys: keys, indexByName: indexByName)
    cache.withLock { $0[key] = names }
    return names
  }

  /// Drops the names of descriptors about to be freed (a `DynamicDescriptorPool`'s). The cache is keyed by
  /// address, and the allocator gives a freed descriptor's address to the next one: without this, a type
  /// built later at that address printed and read JSON with the freed type's field names.
  static func forget(_ descriptors: some Sequence<UnsafePointer<ProtobufCMessageDescriptor>>) {
    let keys = descriptors.map { UInt(bitPattern: $0) }
    guard !keys.isEmpty else { return }
    cache.withLock { cache in
      for key in keys { cache[key] = nil }
    }
  }

  /// Whether the names of `descriptor` are cached (for tests of `forget`).
  static func isCached(_ descriptor: UnsafePointer<ProtobufCMessageDescriptor>) -> Bool {
    cache.withLock { $0[UInt(bitPattern: descriptor)] != nil }
  }
}
