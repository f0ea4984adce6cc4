public import MeshProtobuf

/// Looks proto files up by name and by the symbols they define, and lists a file with everything it
/// imports, as reflection answers (a client needs the whole closure to build its descriptor pool).
struct DescriptorIndex: Sendable {
  private let files: [String: ProtoFileInfo]
  private let fileOfSymbol: [String: String]
  /// Every service defined by the files.
  let serviceNames: [String]

  init(files: [ProtoFileInfo]) {
    var byName: [String: ProtoFileInfo] = [:]
    var bySymbol: [String: String] = [:]
    for file in files {
      byName[file.name] = file
      for symbol in file.symbols { bySymbol[symbol] = file.name }
    }
    self.files = byName
    self.fileOfSymbol = bySymbol
    serviceNames = files.flatMap { DescriptorWireReader.serviceNames(in: $0.serializedDescriptor) }
  }

  /// The file that defines a symbol (a message, enum, service or method).
  func file(containingSymbol symbol: String) -> String? {
    let trimmed = symbol.hasPrefix(".") ? String(symbol.dropFirst()) : symbol
    return fileOfSymbol[trimmed]
  }

  /// The serialized descriptors of a file and of everything it imports, the file first; nil when unknown.
  func closure(ofFile name: String) -> [[UInt8]]? {
    guard files[name] != nil else { return nil }
    var seen: Set<String> = []
    var order: [String] = []
    var pending = [name]
    while let next = pending.popLast() {
      guard !seen.contains(next), let file = files[next] else { continue }
      seen.insert(next)
      order.append(next)
      pending.append(contentsOf: file.dependencies.reversed())
    }
    return order.compactMap { files[$0]?.serializedDescriptor }
  }
}
