/// A JSON value in the preferences' free-form bag.
public enum PreferenceValue: Sendable, Equatable, Codable {
  /// A string.
  case string(String)
  /// A number.
  case number(Double)
  /// A boolean.
  case bool(Bool)
  /// JSON null.
  case null
  /// An array.
  case array([PreferenceValue])
  /// An object.
  case object([String: PreferenceValue])

  /// Decodes any JSON value.
  /// - Parameter decoder: the decoder.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() { self = .null }
    else if let value = try? container.decode(Bool.self) { self = .bool(value) }
    else if let value = try? container.decode(Double.self) { self = .number(value) }
    else if let value = try? container.decode(String.self) { self = .string(value) }
    else if let value = try? container.decode([PreferenceValue].self) { self = .array(value) }
    else { self = .object(try container.decode([String: PreferenceValue].self)) }
  }

  /// Encodes as plain JSON.
  /// - Parameter encoder: the encoder.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .string(let value): try container.encode(value)
    case .number(let value): try container.encode(value)
    case .bool(let value): try container.encode(value)
    case .null: try container.encodeNil()
    case .array(let value): try container.encode(value)
    case .object(let value): try container.encode(value)
    }
  }
}
