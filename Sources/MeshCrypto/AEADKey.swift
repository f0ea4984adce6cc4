internal import COpenSSL

/// A 256-bit AES-GCM key with the id under which sealed messages name it.
public struct AEADKey: Sendable {
  /// The key id stored beside every message sealed under this key.
  public let id: String
  /// The raw key; never leaves the module.
  let bytes: [UInt8]

  static let keyLength = 32
  static let nonceLength = 12
  static let tagLength = 16

  /// A key from its raw bytes.
  /// - Parameters:
  ///   - id: the key id written into sealed messages; must not be empty.
  ///   - bytes: exactly 32 bytes of key material.
  /// - Throws: `KeyringError.invalidKey` when the id is empty or the length is not 32.
  public init(id: String, bytes: [UInt8]) throws {
    guard !id.isEmpty else { throw KeyringError.invalidKey("empty key id") }
    guard bytes.count == Self.keyLength else {
      throw KeyringError.invalidKey("AES-256 needs 32 key bytes, got \(bytes.count)")
    }
    self.id = id
    self.bytes = bytes
  }

  /// A fresh key from OpenSSL's CSPRNG.
  /// - Parameters:
  ///   - id: the key id written into sealed messages.
  public static func random(id: String) -> AEADKey {
    // The id is the caller's constant; an empty one is a programming error.
    precondition(!id.isEmpty, "AEADKey.random needs a non-empty id")
    return try! AEADKey(id: id, bytes: SecureRandom.bytes(count: keyLength))
  }

  /// AES-256-GCM with a caller-chosen nonce: `ciphertext || tag`. Internal so that only the keyring
  /// (random nonces) and the known-answer tests (published nonces) choose nonces.
  func seal(_ plaintext: [UInt8], nonce: [UInt8], associatedData: [UInt8]) throws -> [UInt8] {
    precondition(nonce.count == Self.nonceLength, "GCM nonce must be 12 bytes")
    guard let ctx = EVP_CIPHER_CTX_new() else { throw KeyringError.openSSL("EVP_CIPHER_CTX_new") }
    defer { EVP_CIPHER_CTX_free(ctx) }
    guard EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nil, bytes, nonce) == 1 else {
      throw KeyringError.openSSL("EVP_EncryptInit_ex")
    }
    var length: Int32 = 0
    if !associatedData.isEmpty {
      guard EVP_EncryptUpdate(ctx, nil, &length, associatedData, Int32(associatedData.count)) == 1 else {
        throw KeyringError.openSSL("EVP_EncryptUpdate(aad)")
      }
    }
    // One spare block: GCM is a stream mode, but Final is given room to write nothing into.
    var out = [UInt8](repeating: 0, count: plaintext.count + Self.tagLength + 16)
    var written = 0
    let ok = out.withUnsafeMutableBufferPointer { o -> Bool in
      if !plaintext.isEmpty {
        guard EVP_EncryptUpdate(ctx, o.baseAddress, &length, plaintext, Int32(plaintext.count)) == 1 else {
          return false
        }
        written = Int(length)
      }
      guard EVP_EncryptFinal_ex(ctx, o.baseAddress! + written, &length) == 1 else { return false }
      written += Int(length)
      return EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, Int32(Self.tagLength),
                                 o.baseAddress! + written) == 1
    }
    guard ok else { throw KeyringError.openSSL("AES-256-GCM encryption") }
    return Array(out.prefix(written + Self.tagLength))
  }

  /// Opens `ciphertext || tag` sealed under `nonce`.
  func open(_ sealed: ArraySlice<UInt8>, nonce: ArraySlice<UInt8>, associatedData: [UInt8]) throws -> [UInt8] {
    guard nonce.count == Self.nonceLength, sealed.count >= Self.tagLength else {
      throw KeyringError.malformed("sealed message too short")
    }
    let ciphertext = Array(sealed.dropLast(Self.tagLength))
    var tag = Array(sealed.suffix(Self.tagLength))
    guard let ctx = EVP_CIPHER_CTX_new() else { throw KeyringError.openSSL("EVP_CIPHER_CTX_new") }
    defer { EVP_CIPHER_CTX_free(ctx) }
    guard EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nil, bytes, Array(nonce)) == 1 else {
      throw KeyringError.openSSL("EVP_DecryptInit_ex")
    }
    var length: Int32 = 0
    if !associatedData.isEmpty {
      guard EVP_DecryptUpdate(ctx, nil, &length, associatedData, Int32(associatedData.count)) == 1 else {
        throw KeyringError.openSSL("EVP_DecryptUpdate(aad)")
      }
    }
    var out = [UInt8](repeating: 0, count: ciphertext.count + 16)
    var written = 0
    let authentic = out.withUnsafeMutableBufferPointer { o -> Bool in
      if !ciphertext.isEmpty {
        guard EVP_DecryptUpdate(ctx, o.baseAddress, &length, ciphertext, Int32(ciphertext.count)) == 1 else {
          return false
        }
        written = Int(length)
      }
      guard EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, Int32(Self.tagLength), &tag) == 1 else {
        return false
      }
      // Final is where GCM compares tags: a mismatch returns 0 and the plaintext must be dropped.
      guard EVP_DecryptFinal_ex(ctx, o.baseAddress! + written, &length) == 1 else { return false }
      written += Int(length)
      return true
    }
    guard authentic else {
      out.withUnsafeMutableBytes { OPENSSL_cleanse($0.baseAddress, $0.count) }
      throw KeyringError.authenticationFailed
    }
    return Array(out.prefix(written))
  }
}
