/// One compiled proto file, as server reflection serves it.
public struct ProtoFileInfo: Sendable, Hashable {
  /// The file's name, such as `grpc/testing/test.proto`.
  public let name: String
  /// The names of the files it imports.
  public let dependencies: [String]
  /// The fully qualified symbols it defines: messages (nested too), enums, services and methods.
  public let symbols: [String]
  /// The serialized `google.protobuf.FileDescriptorProto` (without source info).
  public let serializedDescriptor: [UInt8]

  /// Describes a file.
  /// - Parameters:
  ///   - name: the file's name.
  ///   - dependencies: the files it imports.
  ///   - symbols: the fully qualified symbols it defines.
  ///   - serializedDescriptor: its serialized `FileDescriptorProto`.
  public init(name: String, dependencies: [String], symbols: [String], serializedDescriptor: [UInt8]) {
    self.name = name
    self.dependencies = dependencies
    self.symbols = symbols
    self.serializedDescriptor = serializedDescriptor
  }
}
