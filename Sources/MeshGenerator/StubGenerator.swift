/// Turns a descriptor set (`protoc --descriptor_set_out --include_imports`) into the generated Swift of
/// `MeshProtos` and the generated C accessors of `CMeshProtos`.
public enum StubGenerator {
  /// One file to write.
  public struct OutputFile: Sendable, Equatable {
    /// The path relative to its output folder.
    public var path: String
    /// The contents.
    public var contents: String
  }

  /// What one run produces.
  public struct Output: Sendable {
    /// Files for the Swift target (`Sources/MeshProtos`).
    public var swift: [OutputFile]
    /// Files for the C target (`Sources/CMeshProtos`), beside protoc-c's output.
    public var c: [OutputFile]
  }

  /// Generates everything from a serialized `FileDescriptorSet`.
  /// - Parameter descriptorSet: the set's bytes.
  /// - Returns: the files, sorted by path (the output depends on the input only).
  /// - Throws: `GeneratorError` naming the file, element and line of a construct the generator cannot
  ///   map to correct Swift.
  public static func generate(descriptorSet: [UInt8]) throws -> Output {
    let files = try DescriptorSetLoader.load(descriptorSet)
    let table = TypeTable(files: files)
    var swift: [OutputFile] = []
    for file in files where file.generatesCode {
      let emitter = FileEmitter(file: file, table: table)
      swift.append(OutputFile(path: emitter.outputPath, contents: try emitter.emit()))
    }
    swift.append(OutputFile(path: "ProtoRegistry.swift", contents: RegistryEmitter(files: files).source))
    let c = CEmitter(files: files)
    let cFiles = [
      OutputFile(path: "include/module.modulemap", contents: c.moduleMap),
      OutputFile(path: "include/CMeshProtos.h", contents: c.header),
      OutputFile(path: "descriptors.c", contents: c.accessors),
      OutputFile(path: "registry.c", contents: c.registry),
    ]
    return Output(swift: swift.sorted { $0.path < $1.path }, c: cFiles.sorted { $0.path < $1.path })
  }
}
