import Yams

/// What a mapping holds and which of its keys its type asked for, to report the others as unknown.
final class MappingContainerState {
  let decoder: NodeDecoder
  let mark: Mark?
  /// The mapping's entries by key, in file order.
  private(set) var entries: [(key: String, keyNode: Node, value: Node)] = []
  private var index: [String: Int] = [:]
  private var asked: Set<String> = []
  private var askedForAll = false

  init(mapping: Node.Mapping, decoder: NodeDecoder) {
    self.decoder = decoder
    self.mark = mapping.mark
    for (keyNode, value) in mapping {
      let key = keyNode.scalar?.string ?? ""
      if let first = index[key] {
        let firstMark = entries[first].keyNode.mark.map { " (first at line \($0.line), column \($0.column))" } ?? ""
        decoder.report.record("key '\(key)' appears twice\(firstMark); a key may appear once",
                              at: keyNode.mark, path: Self.join(decoder.path, key))
        continue
      }
      index[key] = entries.count
      entries.append((key, keyNode, value))
    }
  }

  static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }

  func value(for key: any CodingKey) -> Node? {
    let name = YAMLKeyName.of(key.stringValue)
    asked.insert(name)
    return index[name].map { entries[$0].value }
  }

  func allKeyNames() -> [String] {
    askedForAll = true
    return entries.map(\.key)
  }

  /// Records every key the type did not ask for, naming the keys it knows.
  func reportUnknownKeys() {
    guard !askedForAll else { return }
    let known = asked.sorted()
    for entry in entries where !asked.contains(entry.key) {
      let suggestion = Suggestion.closest(to: entry.key, among: known).map { "; did you mean '\($0)'?" } ?? ""
      decoder.report.record("unknown key '\(entry.key)'\(suggestion) (expected one of: \(known.joined(separator: ", ")))",
                            at: entry.keyNode.mark, path: Self.join(decoder.path, entry.key))
    }
  }
}

/// The keyed container over a mapping: a missing or wrong value is recorded; plain values then read as a
/// placeholder so that decoding goes on and finds the next problem.
struct MappingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let state: MappingContainerState
  var codingPath: [any CodingKey] { state.decoder.codingPath }
  var allKeys: [Key] { state.allKeyNames().compactMap { Key(stringValue: $0) } }

  func contains(_ key: Key) -> Bool { state.value(for: key) != nil }

  func decodeNil(forKey key: Key) throws -> Bool {
    guard let node = state.value(for: key) else { return true }
    return NodeKind.isNull(node)
  }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    guard let node = state.value(for: key), !NodeKind.isNull(node) else {
      let name = YAMLKeyName.of(key.stringValue)
      state.decoder.report.record("missing key '\(name)' (it is required here)", at: state.mark,
                                  path: MappingContainerState.join(state.decoder.path, name))
      if let placeholder = Placeholder.of(type) { return placeholder }
      throw ReportedProblem()
    }
    do {
      return try state.decoder.child(node, key: key).decode(type)
    } catch let error as ReportedProblem {
      if let placeholder = Placeholder.of(type) { return placeholder }
      throw error
    }
  }

  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    guard let node = state.value(for: key), !NodeKind.isNull(node) else { return nil }
    return try? state.decoder.child(node, key: key).decode(type)
  }

  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decode(Box<Bool>.self, forKey: key).value }
  func decode(_ type: String.Type, forKey key: Key) throws -> String { try decode(Box<String>.self, forKey: key).value }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decode(Box<Double>.self, forKey: key).value }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decode(Box<Float>.self, forKey: key).value }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decode(Box<Int>.self, forKey: key).value }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decode(Box<Int8>.self, forKey: key).value }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decode(Box<Int16>.self, forKey: key).value }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decode(Box<Int32>.self, forKey: key).value }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decode(Box<Int64>.self, forKey: key).value }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decode(Box<UInt>.self, forKey: key).value }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decode(Box<UInt8>.self, forKey: key).value }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decode(Box<UInt16>.self, forKey: key).value }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decode(Box<UInt32>.self, forKey: key).value }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decode(Box<UInt64>.self, forKey: key).value }
  func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try decodeIfPresent(Box<Bool>.self, forKey: key)?.value }
  func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try decodeIfPresent(Box<String>.self, forKey: key)?.value }
  func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try decodeIfPresent(Box<Double>.self, forKey: key)?.value }
  func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try decodeIfPresent(Box<Float>.self, forKey: key)?.value }
  func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try decodeIfPresent(Box<Int>.self, forKey: key)?.value }
  func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try decodeIfPresent(Box<Int8>.self, forKey: key)?.value }
  func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try decodeIfPresent(Box<Int16>.self, forKey: key)?.value }
  func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try decodeIfPresent(Box<Int32>.self, forKey: key)?.value }
  func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try decodeIfPresent(Box<Int64>.self, forKey: key)?.value }
  func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try decodeIfPresent(Box<UInt>.self, forKey: key)?.value }
  func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try decodeIfPresent(Box<UInt8>.self, forKey: key)?.value }
  func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try decodeIfPresent(Box<UInt16>.self, forKey: key)?.value }
  func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try decodeIfPresent(Box<UInt32>.self, forKey: key)?.value }
  func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try decodeIfPresent(Box<UInt64>.self, forKey: key)?.value }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
    -> KeyedDecodingContainer<NestedKey> {
    guard let node = state.value(for: key) else { throw ReportedProblem() }
    return try state.decoder.child(node, key: key).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    guard let node = state.value(for: key) else { throw ReportedProblem() }
    return try state.decoder.child(node, key: key).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder { state.decoder }

  func superDecoder(forKey key: Key) throws -> any Decoder {
    guard let node = state.value(for: key) else { throw ReportedProblem() }
    return state.decoder.child(node, key: key)
  }
}
