internal import COpenSSL

/// Owns one OpenSSL `EVP_PKEY`. Read-only after creation, which OpenSSL allows from many threads.
final class EVPKey: @unchecked Sendable {
  let pointer: OpaquePointer
  /// Whether the key holds private material (a signing key).
  let isPrivate: Bool

  init(taking pointer: OpaquePointer, isPrivate: Bool) {
    self.pointer = pointer
    self.isPrivate = isPrivate
  }
  deinit { EVP_PKEY_free(pointer) }

  var bits: Int { Int(EVP_PKEY_get_bits(pointer)) }
  var baseID: Int32 { EVP_PKEY_get_base_id(pointer) }

  /// Builds a key from provider parameters (`EVP_PKEY_fromdata`). The builder keeps pointers to the
  /// names, numbers and buffers it is given until `OSSL_PARAM_BLD_to_param`, so they live in an arena.
  static func fromData(type: String, private isPrivate: Bool,
                       build: (OpaquePointer, ParamArena) -> Bool) throws -> EVPKey {
    guard let builder = OSSL_PARAM_BLD_new() else { throw JWTError.invalidKey("OSSL_PARAM_BLD_new failed") }
    defer { OSSL_PARAM_BLD_free(builder) }
    let arena = ParamArena()
    guard build(builder, arena), let params = OSSL_PARAM_BLD_to_param(builder) else {
      throw JWTError.invalidKey("cannot build \(type) key parameters")
    }
    defer { OSSL_PARAM_free(params) }
    guard let ctx = EVP_PKEY_CTX_new_from_name(nil, type, nil) else {
      throw JWTError.invalidKey("no \(type) key support in OpenSSL")
    }
    defer { EVP_PKEY_CTX_free(ctx) }
    var key: OpaquePointer?
    let selection = isPrivate ? mesh_evp_pkey_selection_keypair() : mesh_evp_pkey_selection_public()
    guard EVP_PKEY_fromdata_init(ctx) == 1, EVP_PKEY_fromdata(ctx, &key, selection, params) == 1,
          let key else {
      ERR_clear_error()
      throw JWTError.invalidKey("OpenSSL rejected the \(type) key parameters")
    }
    return EVPKey(taking: key, isPrivate: isPrivate)
  }

  /// A big-endian unsigned integer parameter of the key, as bytes (`EVP_PKEY_get_bn_param`).
  func bigNumParam(_ name: String, width: Int? = nil) -> [UInt8]? {
    var bn: OpaquePointer?
    guard EVP_PKEY_get_bn_param(pointer, name, &bn) == 1, let bn else { return nil }
    defer { BN_free(bn) }
    let size = width ?? (Int(BN_num_bits(bn)) + 7) / 8
    var out = [UInt8](repeating: 0, count: size)
    guard BN_bn2binpad(bn, &out, Int32(size)) == Int32(size) else { return nil }
    return out
  }

  /// Signs `message` with the digest JOSE names for this key type (none for Ed25519).
  func sign(_ message: [UInt8], digest: OpaquePointer?) throws -> [UInt8] {
    guard let ctx = EVP_MD_CTX_new() else { throw JWTError.signingFailed("EVP_MD_CTX_new") }
    defer { EVP_MD_CTX_free(ctx) }
    guard EVP_DigestSignInit(ctx, nil, digest, nil, pointer) == 1 else {
      throw JWTError.signingFailed("EVP_DigestSignInit (is this a private key?)")
    }
    var length = 0
    guard EVP_DigestSign(ctx, nil, &length, message, message.count) == 1 else {
      throw JWTError.signingFailed("EVP_DigestSign (size)")
    }
    var signature = [UInt8](repeating: 0, count: length)
    guard EVP_DigestSign(ctx, &signature, &length, message, message.count) == 1 else {
      throw JWTError.signingFailed("EVP_DigestSign")
    }
    return Array(signature.prefix(length))
  }

  /// Verifies `signature` over `message`; false for any mismatch.
  func verify(_ signature: [UInt8], message: [UInt8], digest: OpaquePointer?) -> Bool {
    guard let ctx = EVP_MD_CTX_new() else { return false }
    defer { EVP_MD_CTX_free(ctx) }
    guard EVP_DigestVerifyInit(ctx, nil, digest, nil, pointer) == 1 else { return false }
    let ok = EVP_DigestVerify(ctx, signature, signature.count, message, message.count) == 1
    // A failed verification leaves errors on OpenSSL's per-thread queue; drop them.
    ERR_clear_error()
    return ok
  }

  /// The key as PEM (SubjectPublicKeyInfo, or PKCS#8 for private keys).
  func pem(private wantPrivate: Bool) -> String? {
    guard let bio = BIO_new(BIO_s_mem()) else { return nil }
    defer { BIO_free(bio) }
    let ok = wantPrivate
      ? PEM_write_bio_PrivateKey(bio, pointer, nil, nil, 0, nil, nil)
      : PEM_write_bio_PUBKEY(bio, pointer)
    guard ok == 1 else { return nil }
    var data: UnsafeMutablePointer<CChar>?
    let length = BIO_ctrl(bio, BIO_CTRL_INFO, 0, &data)
    guard length > 0, let data else { return nil }
    return String(decoding: UnsafeRawBufferPointer(start: data, count: length), as: UTF8.self)
  }
}
