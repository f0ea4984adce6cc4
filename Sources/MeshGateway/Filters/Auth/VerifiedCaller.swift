public import MeshCore
import MeshTransport

/// Who a call was verified to come from, and how; sent upstream as metadata.
public struct VerifiedCaller: Sendable, Equatable {
  /// How the caller proved who it is.
  public enum Method: String, Sendable {
    /// A bearer JWT, verified against the JWKS.
    case jwt
    /// An API key, checked by the auth service.
    case apiKey = "api_key"
  }

  /// The user (or key owner) id.
  public var subject: String
  /// What the caller may do.
  public var scopes: [String]
  /// How it authenticated.
  public var method: Method
  /// When the credential stops being valid, seconds since 1970, if known.
  public var expiresAt: Int64?
  /// For API keys: a digest of the key that names it without revealing it (for per-key rate limits).
  public var keyID: String?
  /// For tokens of a sign-in: its session (`sid`), which a sign-out revokes.
  public var sessionID: String?

  /// Creates a caller.
  /// - Parameters:
  ///   - subject: the user id.
  ///   - scopes: its scopes.
  ///   - method: how it authenticated.
  ///   - expiresAt: the credential's end.
  ///   - keyID: the API key's digest.
  ///   - sessionID: the sign-in session.
  public init(subject: String, scopes: [String], method: Method, expiresAt: Int64? = nil, keyID: String? = nil,
              sessionID: String? = nil) {
    self.subject = subject
    self.scopes = scopes
    self.method = method
    self.expiresAt = expiresAt
    self.keyID = keyID
    self.sessionID = sessionID
  }
}

/// The metadata the gateway sets for upstreams. Every request key with the `x-mesh-` prefix is the
/// gateway's to set, so a client's copies are removed before anything else happens.
public enum IdentityMetadata {
  /// The verified user id.
  public static let userID = "x-mesh-user-id"
  /// The verified scopes, separated by spaces.
  public static let scopes = "x-mesh-scopes"
  /// How the caller authenticated (`jwt`, `api_key`).
  public static let method = "x-mesh-auth-method"
  /// A digest naming the API key used (never the key).
  public static let apiKeyID = "x-mesh-api-key-id"
  /// The sign-in session of the token (its `sid`), so the auth service can sign the caller out.
  public static let sessionID = "x-mesh-session-id"
  /// The prefix of every key reserved to the gateway.
  public static let reservedPrefix = "x-mesh-"

  /// The metadata without any key a client may not set.
  /// - Parameter metadata: the request metadata as received.
  public static func strippingReserved(_ metadata: Metadata) -> Metadata {
    var stripped = Metadata()
    for entry in metadata where !entry.key.hasPrefix(reservedPrefix) { stripped.add(entry) }
    return stripped
  }

  /// Removes, in place, every field a client may not set (`x-mesh-` in any letter case: HTTP/2 allows
  /// only lower-case names, but the check holds whatever a connection let through).
  /// - Parameter fields: a relayed request's fields as received.
  static func stripReserved(from fields: inout RequestHeaderFields) {
    fields.removeAll(where: isReserved)
  }

  /// Whether a field name begins with `reservedPrefix`, ASCII letters in either case: its first seven bytes
  /// read as two overlapping 4-byte words (bytes 0-3 and 3-6), the letters' bytes folded to lower case by
  /// setting their 0x20 bit. Only those of letters: a byte then matches exactly its letter in either case, and
  /// `-` only itself. The relay asks for every field of every call; a byte loop over the prefix cost ~23
  /// instructions a field.
  static func isReserved(_ name: UnsafeRawBufferPointer) -> Bool {
    guard name.count >= 7, let base = name.baseAddress else { return false }
    // `x-me` and `esh-` as little-endian words, and the 0x20 bit of each letter's byte.
    let head = UInt32(littleEndian: base.loadUnaligned(as: UInt32.self)) | 0x2020_0020
    let tail = UInt32(littleEndian: (base + 3).loadUnaligned(as: UInt32.self)) | 0x0020_2020
    return head == 0x656D_2D78 && tail == 0x2D68_7365
  }

  /// The identity fields of a caller, names and values in the order they are sent.
  /// - Parameter caller: the verified caller.
  static func fields(of caller: VerifiedCaller) -> [(name: String, value: String)] {
    var fields = [(userID, caller.subject), (scopes, caller.scopes.joined(separator: " ")),
                  (method, caller.method.rawValue)]
    if let keyID = caller.keyID { fields.append((apiKeyID, keyID)) }
    if let session = caller.sessionID { fields.append((sessionID, session)) }
    return fields
  }

  /// Adds the caller's identity.
  /// - Parameters:
  ///   - caller: the verified caller.
  ///   - metadata: the request metadata, already stripped.
  public static func add(_ caller: VerifiedCaller, to metadata: inout Metadata) {
    for field in fields(of: caller) { metadata.addString(field.value, forKey: field.name) }
  }
}

/// A caller's identity fields (`IdentityMetadata.fields(of:)`) encoded once as bytes, for a relayed call's
/// fields: the verified-token cache keeps them with the token, so a call adds them by copying bytes, where
/// appending them as strings made the scopes' text and retained each value per call (issue 9).
struct IdentityFields: Sendable {
  /// The fields, laid out once: a call appends them in one copy (`RequestHeaderFields.append(contentsOf:)`),
  /// where three appends of a field each cost ~200 instructions per relayed call.
  private let fields: RequestHeaderFields

  /// The fields of `caller`.
  init(_ caller: VerifiedCaller) {
    var fields = RequestHeaderFields()
    for field in IdentityMetadata.fields(of: caller) { fields.append(field.name, field.value) }
    self.fields = fields.compacted()
  }

  /// Appends the fields to a relayed request's (stripped of reserved fields already).
  func add(to fields: inout RequestHeaderFields) {
    fields.append(contentsOf: self.fields)
  }
}
