/// A JSON Web Key Set (RFC 7517 §5): the keys a verifier trusts, found by `kid`.
public struct JWKSet: Sendable {
  /// The usable keys, in document order.
  public let keys: [JWTKey]
  /// How many entries were skipped (unsupported key types or curves, `use` other than `sig`).
  public let skipped: Int

  /// A key set from keys already loaded.
  /// - Parameters:
  ///   - keys: the keys; key ids should be unique.
  public init(keys: [JWTKey]) {
    self.keys = keys
    skipped = 0
  }

  /// Parses a JWKS document `{"keys":[…]}`. Entries this module cannot use are skipped (RFC 7517
  /// §5 says to ignore them), but a key id used twice is an error: selection by `kid` must be unambiguous.
  /// - Parameters:
  ///   - json: the document's UTF-8 bytes.
  public init(json: [UInt8]) throws {
    guard let object = JSONValue.parseObject(json), let entries = object["keys"]?.arrayValue else {
      throw JWTError.invalidKey("a JWKS is an object with a keys array")
    }
    var keys: [JWTKey] = []
    var skipped = 0
    var seen = Set<String>()
    for entry in entries {
      guard let jwk = entry.objectValue, let key = try? JWTKey(jwk: jwk) else {
        skipped += 1
        continue
      }
      if let id = key.keyID, !seen.insert(id).inserted { throw JWTError.invalidKey("duplicate kid \(id)") }
      keys.append(key)
    }
    self.keys = keys
    self.skipped = skipped
  }

  /// The key with this id.
  /// - Parameters:
  ///   - keyID: the `kid` to look for.
  public func key(id keyID: String) -> JWTKey? { keys.first { $0.keyID == keyID } }

  /// Whether a key has this id: `key(id:) != nil` without a copy of the key (a cached token's check asks
  /// it on every call).
  /// - Parameters:
  ///   - keyID: the `kid` to look for.
  public func contains(keyID: String) -> Bool {
    for index in keys.indices where keys[index].keyID == keyID { return true }
    return false
  }

  /// The public JWKS document for these keys (HMAC secrets left out), to serve at a well-known URL.
  public var publicJSON: [UInt8] {
    JSONValue.serialize(["keys": .array(keys.compactMap { $0.publicJWK.map(JSONValue.object) })])
  }
}
