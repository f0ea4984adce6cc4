/// One statement parameter as sent to the server: its bytes (nil for NULL), type OID and format.
public struct PostgresData: Sendable, Equatable {
  /// The encoded value; `nil` is SQL NULL.
  public var bytes: [UInt8]?
  /// The parameter's type OID; 0 lets the server infer it from the statement.
  public var typeOID: UInt32
  /// True for binary format (bytea), false for text format.
  public var isBinary: Bool

  /// Creates a parameter.
  /// - Parameters:
  ///   - bytes: the encoded value, `nil` for NULL.
  ///   - typeOID: the type OID, 0 to let the server infer it.
  ///   - isBinary: whether `bytes` is in binary format.
  public init(bytes: [UInt8]?, typeOID: UInt32 = 0, isBinary: Bool = false) {
    self.bytes = bytes
    self.typeOID = typeOID
    self.isBinary = isBinary
  }

  /// SQL NULL of an inferred type.
  public static let null = PostgresData(bytes: nil)
}

/// Type OIDs the layer names.
enum PostgresOID {
  static let bool: UInt32 = 16
  static let bytea: UInt32 = 17
  static let int8: UInt32 = 20
  static let int4: UInt32 = 23
  static let text: UInt32 = 25
  static let float8: UInt32 = 701
}
