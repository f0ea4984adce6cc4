internal import COpenSSL

/// A key that signs or verifies tokens: an HMAC secret, an RSA key (2048 bits or more), an EC P-256
/// key or an Ed25519 key, with an optional key id and the algorithms it may be used with.
///
/// Each key type admits exactly one algorithm, so a token's `alg` can never make a verifier use a
/// key in a way it was not made for (the RSA-public-key-as-HMAC-secret confusion).
public struct JWTKey: Sendable {
  enum Material: Sendable {
    case hmac([UInt8])
    case rsa(EVPKey)
    case ecP256(EVPKey)
    case ed25519(EVPKey)
  }

  let material: Material
  /// The `kid` this key is published and selected under, if any.
  public let keyID: String?
  /// The algorithms this key may be used with (the allow-list checked against a token's `alg`).
  public let algorithms: Set<JWTAlgorithm>

  init(material: Material, keyID: String?, algorithms: Set<JWTAlgorithm>? = nil) throws {
    let natural = Self.naturalAlgorithm(of: material)
    let allowed = algorithms ?? [natural]
    guard !allowed.isEmpty, allowed == [natural] else {
      throw JWTError.invalidKey("a \(Self.typeName(of: material)) key only allows \(natural.rawValue)")
    }
    self.material = material
    self.keyID = keyID
    self.algorithms = allowed
  }

  /// The one algorithm a key type can be used with.
  static func naturalAlgorithm(of material: Material) -> JWTAlgorithm {
    switch material {
    case .hmac: .hs256
    case .rsa: .rs256
    case .ecP256: .es256
    case .ed25519: .edDSA
    }
  }

  static func typeName(of material: Material) -> String {
    switch material {
    case .hmac: "HMAC"
    case .rsa: "RSA"
    case .ecP256: "EC P-256"
    case .ed25519: "Ed25519"
    }
  }

  /// Whether this key can sign (an HMAC secret or a private key).
  public var canSign: Bool {
    switch material {
    case .hmac: true
    case .rsa(let k), .ecP256(let k), .ed25519(let k): k.isPrivate
    }
  }

  /// An HMAC-SHA-256 secret for HS256.
  /// - Parameters:
  ///   - secret: at least 32 bytes (RFC 7518 §3.2: a key as long as the hash output).
  ///   - keyID: the `kid`, if any.
  public static func hmac(secret: [UInt8], keyID: String? = nil) throws -> JWTKey {
    guard secret.count >= 32 else { throw JWTError.invalidKey("HS256 secrets need at least 32 bytes") }
    return try JWTKey(material: .hmac(secret), keyID: keyID)
  }

  /// A key from PEM: a private key (PKCS#8 or traditional) or a public key (SubjectPublicKeyInfo).
  /// - Parameters:
  ///   - pem: the PEM text.
  ///   - keyID: the `kid`, if any.
  public init(pem: String, keyID: String? = nil) throws {
    let bytes = Array(pem.utf8)
    func read(_ reader: (OpaquePointer) -> OpaquePointer?) -> OpaquePointer? {
      guard let bio = BIO_new_mem_buf(bytes, Int32(bytes.count)) else { return nil }
      defer { BIO_free(bio) }
      return reader(bio)
    }
    let key: EVPKey
    if let p = read({ PEM_read_bio_PrivateKey($0, nil, nil, nil) }) {
      key = EVPKey(taking: p, isPrivate: true)
    } else if let p = read({ PEM_read_bio_PUBKEY($0, nil, nil, nil) }) {
      key = EVPKey(taking: p, isPrivate: false)
    } else {
      ERR_clear_error()
      throw JWTError.invalidKey("not a PEM public or private key")
    }
    try self.init(material: Self.classify(key), keyID: keyID)
  }

  /// Sorts an OpenSSL key into the types JOSE uses here, refusing weak or unsupported ones.
  static func classify(_ key: EVPKey) throws -> Material {
    switch key.baseID {
    case EVP_PKEY_RSA:
      guard key.bits >= 2048 else { throw JWTError.invalidKey("RSA keys need at least 2048 bits, got \(key.bits)") }
      return .rsa(key)
    case EVP_PKEY_EC:
      var name = [CChar](repeating: 0, count: 64)
      var length = 0
      guard EVP_PKEY_get_group_name(key.pointer, &name, name.count, &length) == 1,
            String(decoding: name.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self) == "prime256v1"
      else { throw JWTError.invalidKey("EC keys must be on P-256") }
      return .ecP256(key)
    case EVP_PKEY_ED25519:
      return .ed25519(key)
    default:
      throw JWTError.invalidKey("unsupported key type")
    }
  }

  /// A new RSA key pair for RS256.
  /// - Parameters:
  ///   - bits: the modulus size (at least 2048).
  ///   - keyID: the `kid`, if any.
  public static func generateRSA(bits: Int = 2048, keyID: String? = nil) throws -> JWTKey {
    guard bits >= 2048 else { throw JWTError.invalidKey("RSA keys need at least 2048 bits") }
    let key = try generate("RSA") { EVP_PKEY_CTX_set_rsa_keygen_bits($0, Int32(bits)) == 1 }
    return try JWTKey(material: .rsa(key), keyID: keyID)
  }

  /// A new P-256 key pair for ES256.
  /// - Parameters:
  ///   - keyID: the `kid`, if any.
  public static func generateP256(keyID: String? = nil) throws -> JWTKey {
    let key = try generate("EC") { EVP_PKEY_CTX_set_group_name($0, "P-256") == 1 }
    return try JWTKey(material: .ecP256(key), keyID: keyID)
  }

  /// A new Ed25519 key pair for EdDSA.
  /// - Parameters:
  ///   - keyID: the `kid`, if any.
  public static func generateEd25519(keyID: String? = nil) throws -> JWTKey {
    let key = try generate("ED25519") { _ in true }
    return try JWTKey(material: .ed25519(key), keyID: keyID)
  }

  private static func generate(_ type: String, configure: (OpaquePointer) -> Bool) throws -> EVPKey {
    guard let ctx = EVP_PKEY_CTX_new_from_name(nil, type, nil) else {
      throw JWTError.invalidKey("no \(type) support in OpenSSL")
    }
    defer { EVP_PKEY_CTX_free(ctx) }
    var key: OpaquePointer?
    guard EVP_PKEY_keygen_init(ctx) == 1, configure(ctx), EVP_PKEY_generate(ctx, &key) == 1, let key else {
      throw JWTError.invalidKey("\(type) key generation failed")
    }
    return EVPKey(taking: key, isPrivate: true)
  }

  /// The public half as PEM (SubjectPublicKeyInfo); nil for HMAC secrets.
  public var publicKeyPEM: String? {
    switch material {
    case .hmac: nil
    case .rsa(let k), .ecP256(let k), .ed25519(let k): k.pem(private: false)
    }
  }

  /// The same key without its private half (for handing to verifiers); nil for HMAC secrets.
  public var publicKey: JWTKey? {
    guard let pem = publicKeyPEM else { return nil }
    return try? JWTKey(pem: pem, keyID: keyID)
  }
}
