/// One result row, decoded on demand into typed Swift values.
public struct PostgresRow: Sendable {
  let columns: PostgresColumns
  let values: [[UInt8]?]

  /// The number of columns.
  public var count: Int { values.count }

  /// Decodes the column at `index`.
  /// - Parameters:
  ///   - type: the Swift type to decode into; use an `Optional` for nullable columns.
  ///   - index: the column's position, from 0.
  public func decode<T: PostgresDecodable>(_ type: T.Type, at index: Int) throws(PostgresError) -> T {
    guard index >= 0, index < values.count else {
      throw PostgresError.decoding(column: "#\(index)", reason: "the row has \(values.count) columns")
    }
    return try T.decode(from: values[index], typeOID: columns.types[index], column: columns.names[index])
  }

  /// Decodes the leading columns as a tuple: `let (id, name) = try row.decode((Int, String).self)`.
  /// - Parameter types: the tuple of Swift types, one per column from the first.
  public func decode<each T: PostgresDecodable>(_ types: (repeat each T).Type) throws -> (repeat each T) {
    var index = 0
    func next<U: PostgresDecodable>(_ type: U.Type) throws -> U {
      defer { index += 1 }
      return try decode(type, at: index)
    }
    return (repeat try next((each T).self))
  }

  /// Decodes the column named `name`.
  /// - Parameters:
  ///   - type: the Swift type to decode into; use an `Optional` for nullable columns.
  ///   - name: the column's name as the statement returns it.
  public func decode<T: PostgresDecodable>(_ type: T.Type, named name: String) throws(PostgresError) -> T {
    guard let index = columns.names.firstIndex(of: name) else {
      throw PostgresError.decoding(column: name, reason: "no such column in \(columns.names)")
    }
    return try decode(type, at: index)
  }
}

/// Column names and type OIDs, shared by every row of one result.
final class PostgresColumns: Sendable {
  let names: [String]
  let types: [UInt32]

  init(names: [String], types: [UInt32]) {
    self.names = names
    self.types = types
  }
}

/// The outcome of one statement: its rows (if any) and the number of rows it affected.
public struct PostgresResult: Sendable {
  /// The rows, in the order the server sent them.
  public let rows: [PostgresRow]
  /// Rows inserted, updated or deleted (0 for other statements).
  public let affectedRows: Int
  /// The column names.
  public var columnNames: [String] { rows.first?.columns.names ?? [] }

  /// The first row, or nil.
  public var first: PostgresRow? { rows.first }
}
