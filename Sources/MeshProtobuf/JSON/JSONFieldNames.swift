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
}
