public import Foundation

/// A Swift value that can be bound to a statement parameter (`$1`, `$2`, ...). Values are always sent
/// apart from the SQL text, so nothing a user types can change a statement.
public protocol PostgresEncodable: Sendable {
  /// The value as a statement parameter.
  var postgresData: PostgresData { get }
}

extension PostgresData: PostgresEncodable {
  /// Itself.
  public var postgresData: PostgresData { self }
}

extension String: PostgresEncodable {
  /// Text of an inferred type, so it also binds to `jsonb`, `uuid`, `timestamptz` and `interval` columns.
  public var postgresData: PostgresData { PostgresData(bytes: Array(utf8)) }
}

extension Substring: PostgresEncodable {
  /// Text of an inferred type.
  public var postgresData: PostgresData { PostgresData(bytes: Array(utf8)) }
}

extension Int: PostgresEncodable {
  /// An `int8`.
  public var postgresData: PostgresData { PostgresData(bytes: Array(String(self).utf8), typeOID: PostgresOID.int8) }
}

extension Int64: PostgresEncodable {
  /// An `int8`.
  public var postgresData: PostgresData { PostgresData(bytes: Array(String(self).utf8), typeOID: PostgresOID.int8) }
}

extension Int32: PostgresEncodable {
  /// An `int4`.
  public var postgresData: PostgresData { PostgresData(bytes: Array(String(self).utf8), typeOID: PostgresOID.int4) }
}

extension Bool: PostgresEncodable {
  /// A `bool`.
  public var postgresData: PostgresData { PostgresData(bytes: Array((self ? "t" : "f").utf8), typeOID: PostgresOID.bool) }
}

extension Double: PostgresEncodable {
  /// A `float8`, with enough digits to round-trip.
  public var postgresData: PostgresData { PostgresData(bytes: Array("\(self)".utf8), typeOID: PostgresOID.float8) }
}

extension Array: PostgresEncodable where Element == UInt8 {
  /// A `bytea`, sent in binary format.
  public var postgresData: PostgresData { PostgresData(bytes: self, typeOID: PostgresOID.bytea, isBinary: true) }
}

extension UUID: PostgresEncodable {
  /// Text, inferred as `uuid`.
  public var postgresData: PostgresData { PostgresData(bytes: Array(uuidString.lowercased().utf8)) }
}

extension Date: PostgresEncodable {
  /// A UTC timestamp as text (`YYYY-MM-DD HH:MM:SS.ffffff+00`), inferred as `timestamptz`.
  public var postgresData: PostgresData { PostgresData(bytes: Array(PostgresTimestamp.format(self).utf8)) }
}

extension Optional: PostgresEncodable where Wrapped: PostgresEncodable {
  /// The wrapped value, or NULL.
  public var postgresData: PostgresData {
    switch self {
    case .some(let value): return value.postgresData
    case .none: return .null
    }
  }
}
