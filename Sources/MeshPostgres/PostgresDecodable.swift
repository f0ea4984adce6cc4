public import Foundation

/// A Swift type a result column (text format) can be decoded into.
public protocol PostgresDecodable {
  /// Decodes one column value.
  /// - Parameters:
  ///   - bytes: the column's text-format bytes, `nil` for NULL.
  ///   - typeOID: the column's type OID.
  ///   - column: the column's name, for errors.
  static func decode(from bytes: [UInt8]?, typeOID: UInt32, column: String) throws(PostgresError) -> Self
}

/// A type whose non-NULL text is parsed by one function; NULL is refused.
protocol PostgresTextDecodable: PostgresDecodable {
  static func parse(_ text: [UInt8], typeOID: UInt32) -> Self?
}

extension PostgresTextDecodable {
  /// Parses the text, refusing NULL.
  public static func decode(from bytes: [UInt8]?, typeOID: UInt32, column: String) throws(PostgresError) -> Self {
    guard let bytes else { throw PostgresError.decoding(column: column, reason: "unexpected NULL for \(Self.self)") }
    guard let value = parse(bytes, typeOID: typeOID) else {
      throw PostgresError.decoding(column: column, reason: "\"\(String(decoding: bytes.prefix(64), as: UTF8.self))\" is not a \(Self.self)")
    }
    return value
  }
}

extension String: PostgresTextDecodable {
  static func parse(_ text: [UInt8], typeOID: UInt32) -> String? { String(decoding: text, as: UTF8.self) }
}

extension Int: PostgresTextDecodable {
  static func parse(_ text: [UInt8], typeOID: UInt32) -> Int? { Int(String(decoding: text, as: UTF8.self)) }
}

extension Int64: PostgresTextDecodable {
  static func parse(_ text: [UInt8], typeOID: UInt32) -> Int64? { Int64(String(decoding: text, as: UTF8.self)) }
}

extension Int32: PostgresTextDecodable {
  static func parse(_ text: [UInt8], typeOID: UInt32) -> Int32? { Int32(String(decoding: text, as: UTF8.self)) }
}

extension Double: PostgresTextDecodable {
  static func parse(_ text: [UInt8], typeOID: UInt32) -> Double? { Double(String(decoding: text, as: UTF8.self)) }
}

extension Bool: PostgresTextDecodable {
  static func parse(_ text: [UInt8], typeOID: UInt32) -> Bool? {
    switch text { case [UInt8(ascii: "t")]: return true; case [UInt8(ascii: "f")]: return false; default: return nil }
  }
}

extension UUID: PostgresTextDecodable {
  static func parse(_ text: [UInt8], typeOID: UInt32) -> UUID? { UUID(uuidString: String(decoding: text, as: UTF8.self)) }
}

extension Date: PostgresTextDecodable {
  static func parse(_ text: [UInt8], typeOID: UInt32) -> Date? { PostgresTimestamp.parse(String(decoding: text, as: UTF8.self)) }
}

extension Array: PostgresDecodable where Element == UInt8 {}
extension Array: PostgresTextDecodable where Element == UInt8 {
  /// `bytea` arrives in hex text format: `\x` followed by two hex digits per byte.
  static func parse(_ text: [UInt8], typeOID: UInt32) -> [UInt8]? {
    guard text.count >= 2, text[0] == UInt8(ascii: "\\"), text[1] == UInt8(ascii: "x"), text.count % 2 == 0 else { return nil }
    var out = [UInt8]()
    out.reserveCapacity((text.count - 2) / 2)
    var index = 2
    while index < text.count {
      guard let high = hexValue(text[index]), let low = hexValue(text[index + 1]) else { return nil }
      out.append(high << 4 | low)
      index += 2
    }
    return out
  }

  private static func hexValue(_ c: UInt8) -> UInt8? {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
    default: return nil
    }
  }
}

extension Optional: PostgresDecodable where Wrapped: PostgresDecodable {
  /// NULL becomes `nil`; anything else decodes as `Wrapped`.
  public static func decode(from bytes: [UInt8]?, typeOID: UInt32, column: String) throws(PostgresError) -> Self {
    guard let bytes else { return nil }
    return try Wrapped.decode(from: bytes, typeOID: typeOID, column: column)
  }
}
