/// The claims of a token: the registered ones typed, every other one as JSON.
public struct JWTClaims: Sendable, Equatable {
  /// All claims as they appear in the payload.
  public var values: [String: JSONValue]

  /// Claims from a JSON object.
  /// - Parameters:
  ///   - values: claim names and values.
  public init(_ values: [String: JSONValue] = [:]) { self.values = values }

  /// A claim by name.
  /// - Parameters:
  ///   - name: the claim name.
  public subscript(name: String) -> JSONValue? {
    get { values[name] }
    set { values[name] = newValue }
  }

  /// `iss`, the issuer.
  public var issuer: String? {
    get { values["iss"]?.stringValue }
    set { values["iss"] = newValue.map(JSONValue.string) }
  }
  /// `sub`, the subject.
  public var subject: String? {
    get { values["sub"]?.stringValue }
    set { values["sub"] = newValue.map(JSONValue.string) }
  }
  /// `aud`, the audiences (a string or an array of strings in the payload).
  public var audience: [String] {
    get {
      switch values["aud"] {
      case .string(let s): [s]
      case .array(let a): a.compactMap(\.stringValue)
      default: []
      }
    }
    set { values["aud"] = newValue.count == 1 ? .string(newValue[0]) : .array(newValue.map(JSONValue.string)) }
  }
  /// `exp`, seconds since 1970.
  public var expiresAt: Int64? {
    get { values["exp"]?.numberValue.map(Self.seconds) }
    set { values["exp"] = newValue.map { .number(Double($0)) } }
  }
  /// `nbf`, seconds since 1970.
  public var notBefore: Int64? {
    get { values["nbf"]?.numberValue.map(Self.seconds) }
    set { values["nbf"] = newValue.map { .number(Double($0)) } }
  }
  /// `iat`, seconds since 1970.
  public var issuedAt: Int64? {
    get { values["iat"]?.numberValue.map(Self.seconds) }
    set { values["iat"] = newValue.map { .number(Double($0)) } }
  }

  /// Whole seconds from a JSON number, saturating: a hostile `1e300` must not trap.
  static func seconds(_ value: Double) -> Int64 {
    if value >= 9.2e18 { return .max }
    if value <= -9.2e18 { return .min }
    return Int64(value.rounded(.down))
  }
}
