/// A method's `idempotency_level` option (descriptor.proto's `MethodOptions`, field 34): whether calling
/// it changes anything. Connect lets `NO_SIDE_EFFECTS` methods be called with GET (and cached); retries
/// and hedging are safe for both marked levels.
public enum ProtoIdempotencyLevel: Int, Sendable, Hashable {
  /// Not marked.
  case unknown = 0
  /// Reads only (`NO_SIDE_EFFECTS`).
  case noSideEffects = 1
  /// May change state, but calling twice is the same as once (`IDEMPOTENT`).
  case idempotent = 2
}

extension ProtoFileInfo {
  /// The idempotency level of each method the file marks, by path (`/package.Service/Method`), read from
  /// its serialized `FileDescriptorProto`; unmarked methods are absent.
  public var idempotencyLevels: [String: ProtoIdempotencyLevel] {
    serializedDescriptor.withUnsafeBytes { bytes in
      let all = 0..<bytes.count
      let fields = ProtobufWire.lengthDelimitedFields(bytes, in: all)
      // FileDescriptorProto: 2 package, 6 service; ServiceDescriptorProto: 1 name, 2 method;
      // MethodDescriptorProto: 1 name, 4 options.
      let package = fields.first { $0.field == 2 }.map { String(decoding: bytes[$0.range], as: UTF8.self) }
      let prefix = package.map { $0.isEmpty ? "" : $0 + "." } ?? ""
      var levels: [String: ProtoIdempotencyLevel] = [:]
      for service in fields where service.field == 6 {
        let serviceFields = ProtobufWire.lengthDelimitedFields(bytes, in: service.range)
        guard let serviceName = serviceFields.first(where: { $0.field == 1 }) else { continue }
        let servicePath = "/" + prefix + String(decoding: bytes[serviceName.range], as: UTF8.self) + "/"
        for method in serviceFields where method.field == 2 {
          let methodFields = ProtobufWire.lengthDelimitedFields(bytes, in: method.range)
          guard let name = methodFields.first(where: { $0.field == 1 }),
                let options = methodFields.first(where: { $0.field == 4 }),
                let level = Self.idempotencyLevel(bytes, in: options.range), level != .unknown
          else { continue }
          levels[servicePath + String(decoding: bytes[name.range], as: UTF8.self)] = level
        }
      }
      return levels
    }
  }

  /// Field 34 (a varint) of a `MethodOptions` message; nil when absent or malformed.
  private static func idempotencyLevel(_ bytes: UnsafeRawBufferPointer, in range: Range<Int>) -> ProtoIdempotencyLevel? {
    let window = UnsafeRawBufferPointer(rebasing: bytes[..<range.upperBound])
    var position = range.lowerBound
    var found: ProtoIdempotencyLevel?
    while position < range.upperBound, let key = ProtobufWire.readVarint(window, &position) {
      switch key & 7 {
      case 0:
        guard let value = ProtobufWire.readVarint(window, &position) else { return found }
        if key >> 3 == 34 { found = ProtoIdempotencyLevel(rawValue: Int(truncatingIfNeeded: value)) }
      case 1: position += 8
      case 5: position += 4
      case 2:
        guard let length = ProtobufWire.readVarint(window, &position), length <= UInt64(range.upperBound - position)
        else { return found }
        position += Int(length)
      default: return found
      }
    }
    return found
  }
}
