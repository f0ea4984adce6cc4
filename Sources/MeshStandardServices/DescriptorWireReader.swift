/// Reads the few fields of a serialized `google.protobuf.FileDescriptorProto` that reflection needs
/// (package = 2, service = 6, and a service's name = 1) straight from the protobuf wire format.
enum DescriptorWireReader {
  /// The fully qualified names of the services a file defines.
  static func serviceNames(in descriptor: [UInt8]) -> [String] {
    var package = ""
    var services: [String] = []
    for (field, value) in lengthDelimitedFields(descriptor[...]) {
      switch field {
      case 2: package = String(decoding: value, as: UTF8.self)
      case 6:
        if let name = lengthDelimitedFields(value).first(where: { $0.0 == 1 }) {
          services.append(String(decoding: name.1, as: UTF8.self))
        }
      default: break
      }
    }
    return services.map { package.isEmpty ? $0 : "\(package).\($0)" }
  }

  /// The length-delimited fields of a message, in order; other wire types are skipped. Stops at the
  /// first malformed byte (the descriptors are compiled in, so that would be a generator bug).
  static func lengthDelimitedFields(_ bytes: ArraySlice<UInt8>) -> [(Int, ArraySlice<UInt8>)] {
    var fields: [(Int, ArraySlice<UInt8>)] = []
    var index = bytes.startIndex
    func varint() -> UInt64? {
      var result: UInt64 = 0
      var shift: UInt64 = 0
      while index < bytes.endIndex, shift < 64 {
        let byte = bytes[index]
        index += 1
        result |= UInt64(byte & 0x7F) << shift
        if byte & 0x80 == 0 { return result }
        shift += 7
      }
      return nil
    }
    while index < bytes.endIndex, let key = varint() {
      let field = Int(key >> 3)
      switch key & 7 {
      case 0: guard varint() != nil else { return fields }
      case 1: index += 8
      case 2:
        guard let length = varint(), Int(length) <= bytes.endIndex - index else { return fields }
        fields.append((field, bytes[index..<(index + Int(length))]))
        index += Int(length)
      case 5: index += 4
      default: return fields
      }
    }
    return fields
  }
}
