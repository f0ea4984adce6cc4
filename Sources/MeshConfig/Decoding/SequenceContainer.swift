import Yams

/// The unkeyed container over a list: an element with a problem is recorded and skipped, so the elements
/// after it are still checked.
struct SequenceContainer: UnkeyedDecodingContainer {
  let elements: [Node]
  let decoder: NodeDecoder
  var currentIndex = 0

  init(elements: [Node], decoder: NodeDecoder) {
    self.elements = elements
    self.decoder = decoder
  }

  var codingPath: [any CodingKey] { decoder.codingPath }
  var count: Int? { elements.count }
  var isAtEnd: Bool { currentIndex >= elements.count }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd, NodeKind.isNull(elements[currentIndex]) else { return false }
    currentIndex += 1
    return true
  }

  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    while !isAtEnd {
      let index = currentIndex
      currentIndex += 1
      if let value = try? decoder.child(elements[index], key: IndexKey(index)).decode(type) { return value }
    }
    throw ReportedProblem()
  }

  mutating func decode(_ type: Bool.Type) throws -> Bool { try decode(Box<Bool>.self).value }
  mutating func decode(_ type: String.Type) throws -> String { try decode(Box<String>.self).value }
  mutating func decode(_ type: Double.Type) throws -> Double { try decode(Box<Double>.self).value }
  mutating func decode(_ type: Float.Type) throws -> Float { try decode(Box<Float>.self).value }
  mutating func decode(_ type: Int.Type) throws -> Int { try decode(Box<Int>.self).value }
  mutating func decode(_ type: Int8.Type) throws -> Int8 { try decode(Box<Int8>.self).value }
  mutating func decode(_ type: Int16.Type) throws -> Int16 { try decode(Box<Int16>.self).value }
  mutating func decode(_ type: Int32.Type) throws -> Int32 { try decode(Box<Int32>.self).value }
  mutating func decode(_ type: Int64.Type) throws -> Int64 { try decode(Box<Int64>.self).value }
  mutating func decode(_ type: UInt.Type) throws -> UInt { try decode(Box<UInt>.self).value }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try decode(Box<UInt8>.self).value }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try decode(Box<UInt16>.self).value }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try decode(Box<UInt32>.self).value }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try decode(Box<UInt64>.self).value }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey> {
    guard !isAtEnd else { throw ReportedProblem() }
    defer { currentIndex += 1 }
    return try decoder.child(elements[currentIndex], key: IndexKey(currentIndex)).container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard !isAtEnd else { throw ReportedProblem() }
    defer { currentIndex += 1 }
    return try decoder.child(elements[currentIndex], key: IndexKey(currentIndex)).unkeyedContainer()
  }

  mutating func superDecoder() throws -> any Decoder { decoder }
}
