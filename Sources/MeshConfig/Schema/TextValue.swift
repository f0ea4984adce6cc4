/// A value written as one scalar in the mesh file (an address, a duration, a choice among names), parsed
/// from its text; a malformed one is reported with what was expected.
public protocol MeshTextValue: Decodable, Sendable {
  /// Parses the text, or nil when it is malformed.
  init?(meshText: String)
  /// What a well-formed value looks like, for error messages ("host:port, such as 127.0.0.1:8080").
  static var expectedText: String { get }
}

extension MeshTextValue {
  /// Decodes from one scalar (see `init(meshDecoder:)`).
  public init(from decoder: any Decoder) throws {
    try self.init(meshDecoder: decoder)
  }

  /// Decodes from one scalar: through the mesh file's decoder (which records the problem at its line and
  /// column), or through any other decoder as a string. Enums call it from their own `init(from:)`,
  /// which the compiler would otherwise synthesise as a mapping.
  public init(meshDecoder decoder: any Decoder) throws {
    if let decoder = decoder as? NodeDecoder {
      self = try ScalarReading.parse(decoder, expected: Self.expectedText) { Self(meshText: $0) }
      return
    }
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let value = Self(meshText: text) else {
      throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                              debugDescription: "expected \(Self.expectedText), found '\(text)'"))
    }
    self = value
  }
}

/// A choice among fixed names (`round_robin`, `info`): the error lists them.
public protocol MeshChoice: MeshTextValue, CaseIterable, RawRepresentable where RawValue == String {}

extension MeshChoice {
  /// Parses one of the names.
  public init?(meshText: String) { self.init(rawValue: meshText) }
  /// "one of: a, b, c".
  public static var expectedText: String { "one of: " + allCases.map(\.rawValue).joined(separator: ", ") }
}
