internal import Foundation

/// A JSON value, for token headers, claims and JWKs. Numbers are kept as `Double`, which holds every
/// integer time stamp exactly up to 2^53.
public enum JSONValue: Sendable, Equatable, Codable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A number.
  case number(Double)
  /// A string.
  case string(String)
  /// An array.
  case array([JSONValue])
  /// An object.
  case object([String: JSONValue])

  /// Decodes any JSON value.
  /// - Parameters:
  ///   - decoder: the decoder.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    if c.decodeNil() { self = .null }
    else if let b = try? c.decode(Bool.self) { self = .bool(b) }
    else if let n = try? c.decode(Double.self) { self = .number(n) }
    else if let s = try? c.decode(String.self) { self = .string(s) }
    else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
    else { self = .object(try c.decode([String: JSONValue].self)) }
  }

  /// Encodes the value; integral numbers are written without a fraction.
  /// - Parameters:
  ///   - encoder: the encoder.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    switch self {
    case .null: try c.encodeNil()
    case .bool(let b): try c.encode(b)
    case .number(let n):
      if n.rounded() == n, abs(n) < 9.0e15 { try c.encode(Int64(n)) } else { try c.encode(n) }
    case .string(let s): try c.encode(s)
    case .array(let a): try c.encode(a)
    case .object(let o): try c.encode(o)
    }
  }

  /// The string, if this is one.
  public var stringValue: String? { if case .string(let s) = self { s } else { nil } }
  /// The number, if this is one.
  public var numberValue: Double? { if case .number(let n) = self { n } else { nil } }
  /// The object, if this is one.
  public var objectValue: [String: JSONValue]? { if case .object(let o) = self { o } else { nil } }
  /// The array, if this is one.
  public var arrayValue: [JSONValue]? { if case .array(let a) = self { a } else { nil } }

  /// Parses a JSON object from UTF-8 bytes.
  static func parseObject(_ bytes: [UInt8]) -> [String: JSONValue]? {
    try? JSONDecoder().decode([String: JSONValue].self, from: Data(bytes))
  }

  /// Compact JSON with sorted keys, so equal objects serialise to equal bytes.
  static func serialize(_ object: [String: JSONValue]) -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    // Encoding a tree of strings, numbers and containers cannot fail.
    return Array(try! encoder.encode(object))
  }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
  ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
  /// A string literal.
  public init(stringLiteral value: String) { self = .string(value) }
  /// An integer literal.
  public init(integerLiteral value: Int) { self = .number(Double(value)) }
  /// A boolean literal.
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  /// An array literal.
  public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
  /// An object literal.
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
  }
}
