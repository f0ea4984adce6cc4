import Yams

/// The single-value container: scalars read strictly (a number is digits, a boolean is true or false).
struct ScalarContainer: SingleValueDecodingContainer {
  let decoder: NodeDecoder
  var codingPath: [any CodingKey] { decoder.codingPath }

  func decodeNil() -> Bool { NodeKind.isNull(decoder.node) }

  func decode(_ type: Bool.Type) throws -> Bool { try ScalarReading.read(type, from: decoder) }
  func decode(_ type: String.Type) throws -> String { try ScalarReading.read(type, from: decoder) }
  func decode(_ type: Double.Type) throws -> Double { try ScalarReading.read(type, from: decoder) }
  func decode(_ type: Float.Type) throws -> Float { try ScalarReading.read(type, from: decoder) }
  func decode(_ type: Int.Type) throws -> Int { try ScalarReading.read(type, from: decoder) }
  func decode(_ type: Int8.Type) throws -> Int8 { try ScalarReading.read(type, from: decoder) }
  func decode(_ type: Int16.Type) throws -> Int16 { try ScalarReading.read(type, from: decoder) }
  func decode(_ type: Int32.Type) throws -> Int32 { try ScalarReading.read(type, from: decoder) }
  func decode(_ type: Int64.Type) throws -> Int64 { try ScalarReading.read(type, from: decoder) }
  func decode(_ type: UInt.Type) throws -> UInt { try ScalarReading.read(type, from: decoder) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try ScalarReading.read(type, from: decoder) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try ScalarReading.read(type, from: decoder) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try ScalarReading.read(type, from: decoder) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try ScalarReading.read(type, from: decoder) }

  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    if let reading = type as? any ScalarReadable.Type, let value = try reading.read(from: decoder) as? T { return value }
    return try T(from: decoder)
  }
}
