/// Every message and enum of the descriptor set by fully qualified name, with its Swift name.
struct TypeTable {
  struct Entry {
    var swiftName: String
    var file: String
    var message: ProtoMessage?
    var protoEnum: ProtoEnum?
  }

  private(set) var entries: [String: Entry] = [:]

  init(files: [ProtoFile]) {
    for file in files {
      let prefix = SwiftNaming.typePrefix(package: file.package)
      for message in file.messages { add(message, swiftName: prefix + message.name, file: file.name) }
      for protoEnum in file.enums {
        entries[protoEnum.fullName] = Entry(swiftName: prefix + protoEnum.name, file: file.name, protoEnum: protoEnum)
      }
    }
  }

  private mutating func add(_ message: ProtoMessage, swiftName: String, file: String) {
    entries[message.fullName] = Entry(swiftName: swiftName, file: file, message: message)
    for nested in message.messages { add(nested, swiftName: swiftName + "." + nested.name, file: file) }
    for protoEnum in message.enums {
      entries[protoEnum.fullName] = Entry(swiftName: swiftName + "." + protoEnum.name, file: file,
                                          protoEnum: protoEnum)
    }
  }

  /// The entry of a type, or an error naming the element that refers to it.
  func entry(_ fullName: String, file: String, element: String, line: Int?) throws -> Entry {
    guard let entry = entries[fullName] else {
      throw GeneratorError(file: file, element: element, line: line,
                           reason: "type \(fullName) is not in the descriptor set (was it built with --include_imports?)")
    }
    return entry
  }

  /// Whether `from` contains `to` by value through singular message fields (so that a field of type
  /// `from` inside `to` makes a cycle that Swift structs cannot hold without a box).
  func containsByValue(_ from: String, _ to: String) -> Bool {
    var seen: Set<String> = []
    var stack = [from]
    while let name = stack.popLast() {
      if name == to { return true }
      guard seen.insert(name).inserted, let message = entries[name]?.message else { continue }
      for field in message.fields where field.type == .message && !field.isRepeated {
        stack.append(field.typeName)
      }
    }
    return false
  }

  /// The message types a message's fields hold (any message field: singular, repeated, map values).
  private func fieldTypes(_ name: String) -> [String] {
    guard let message = entries[name]?.message else { return [] }
    return message.fields.filter { $0.type == .message }.map(\.typeName)
  }

  private func reachable(from start: String) -> Set<String> {
    var seen: Set<String> = []
    var stack = fieldTypes(start)
    while let name = stack.popLast() {
      guard seen.insert(name).inserted else { continue }
      stack += fieldTypes(name)
    }
    return seen
  }

  /// Whether bytes can nest messages under `name` without bound: some message reachable from it
  /// (itself included) can contain itself.
  func mayNestDeeply(_ name: String) -> Bool {
    let below = reachable(from: name)
    return ([name] + below.sorted()).contains { reachable(from: $0).contains($0) }
  }
}
