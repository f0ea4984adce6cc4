import MeshProtobuf

/// Reads the few fields of a serialized `google.protobuf.FileDescriptorProto` that reflection needs
/// (package = 2, service = 6, and a service's name = 1) straight from the wire format.
enum DescriptorWireReader {
  /// The fully qualified names of the services a file defines.
  static func serviceNames(in descriptor: [UInt8]) -> [String] {
    descriptor.withUnsafeBytes { bytes in
      var package = ""
      var services: [String] = []
      for (field, range) in ProtobufWire.lengthDelimitedFields(bytes, in: 0..<bytes.count) {
        switch field {
        case 2: package = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        case 6:
          if let name = ProtobufWire.lengthDelimitedFields(bytes, in: range).first(where: { $0.field == 1 }) {
            services.append(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[name.range]), as: UTF8.self))
          }
        default: break
        }
      }
      return services.map { package.isEmpty ? $0 : "\(package).\($0)" }
    }
  }
}
