/// Issues compact JWS tokens (`header.payload.signature`) with one key and algorithm.
public struct JWTSigner: Sendable {
  /// The signing key.
  public let key: JWTKey
  /// The algorithm written into `alg`.
  public let algorithm: JWTAlgorithm

  /// A signer.
  /// - Parameters:
  ///   - key: an HMAC secret or a private key.
  ///   - algorithm: the algorithm; defaults to the key's only one.
  /// - Throws: `JWTError.algorithmNotAllowed` or `.invalidKey` for a public-only key.
  public init(key: JWTKey, algorithm: JWTAlgorithm? = nil) throws {
    let chosen = algorithm ?? key.algorithms.first!
    guard key.algorithms.contains(chosen) else { throw JWTError.algorithmNotAllowed(chosen.rawValue) }
    guard key.canSign else { throw JWTError.invalidKey("a public key cannot sign") }
    self.key = key
    self.algorithm = chosen
  }

  /// Signs claims into a compact token; the header carries `alg`, `typ: JWT` and the key's `kid`.
  /// - Parameters:
  ///   - claims: the payload.
  ///   - extraHeader: more header members (they cannot replace `alg`).
  public func sign(_ claims: JWTClaims, extraHeader: [String: JSONValue] = [:]) throws -> String {
    var header = extraHeader
    header["alg"] = .string(algorithm.rawValue)
    header["typ"] = header["typ"] ?? "JWT"
    if let kid = key.keyID { header["kid"] = .string(kid) }
    return try sign(protectedHeader: JSONValue.serialize(header), payload: JSONValue.serialize(claims.values))
  }

  /// Signs exact header and payload bytes (for published examples whose JSON has its own spacing).
  func sign(protectedHeader: [UInt8], payload: [UInt8]) throws -> String {
    let input = Base64URL.encode(protectedHeader) + "." + Base64URL.encode(payload)
    let signature = try key.signature(for: Array(input.utf8), algorithm: algorithm)
    return input + "." + Base64URL.encode(signature)
  }
}
