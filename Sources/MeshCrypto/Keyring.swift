/// Envelope encryption with AES-256-GCM over a set of named keys: new messages are sealed under the
/// current key, old ones open under whichever key id they name, so keys rotate without re-encrypting.
public final class Keyring: Sendable {
  private let keys: [String: AEADKey]
  private let current: AEADKey

  /// A keyring.
  /// - Parameters:
  ///   - keys: every key that may still be needed to open stored messages; ids must be unique.
  ///   - currentKeyID: the id of the key that seals new messages.
  /// - Throws: `KeyringError.invalidKey` on duplicate ids, `KeyringError.unknownKeyID` when the
  ///   current id is not among `keys`.
  public init(keys: [AEADKey], currentKeyID: String) throws {
    var table: [String: AEADKey] = [:]
    for key in keys {
      guard table.updateValue(key, forKey: key.id) == nil else {
        throw KeyringError.invalidKey("duplicate key id \(key.id)")
      }
    }
    guard let current = table[currentKeyID] else { throw KeyringError.unknownKeyID(currentKeyID) }
    self.keys = table
    self.current = current
  }

  /// The id of the key that seals new messages.
  public var currentKeyID: String { current.id }

  /// Seals `plaintext` under the current key with a fresh random nonce.
  /// - Parameters:
  ///   - plaintext: the bytes to encrypt.
  ///   - associatedData: bytes authenticated but not encrypted (e.g. the row id), needed again to open.
  public func seal(_ plaintext: [UInt8], associatedData: [UInt8]) throws -> SealedMessage {
    // 96-bit random nonces: safe up to about 2^32 messages per key (NIST SP 800-38D, 8.3); rotate before.
    let nonce = SecureRandom.bytes(count: AEADKey.nonceLength)
    let body = try current.seal(plaintext, nonce: nonce, associatedData: associatedData)
    return SealedMessage(keyID: current.id, combined: nonce + body)
  }

  /// Opens a message sealed by this keyring under any of its keys.
  /// - Parameters:
  ///   - sealed: the stored message.
  ///   - associatedData: the same bytes given to `seal`.
  /// - Throws: `KeyringError.unknownKeyID`, `.malformed` (too short) or `.authenticationFailed`
  ///   (wrong key, wrong associated data, or tampered bytes).
  public func open(_ sealed: SealedMessage, associatedData: [UInt8]) throws -> [UInt8] {
    guard let key = keys[sealed.keyID] else { throw KeyringError.unknownKeyID(sealed.keyID) }
    let minimum = AEADKey.nonceLength + AEADKey.tagLength
    guard sealed.combined.count >= minimum else {
      throw KeyringError.malformed("sealed message has \(sealed.combined.count) bytes, needs at least \(minimum)")
    }
    let nonce = sealed.combined.prefix(AEADKey.nonceLength)
    return try key.open(sealed.combined.dropFirst(AEADKey.nonceLength), nonce: nonce, associatedData: associatedData)
  }
}

/// Why a keyring refused to build, seal or open.
public enum KeyringError: Error, Equatable, Sendable {
  /// The message names a key id this keyring does not hold.
  case unknownKeyID(String)
  /// The tag did not verify: wrong key, wrong associated data, or altered bytes.
  case authenticationFailed
  /// The sealed bytes cannot be a GCM message (too short).
  case malformed(String)
  /// Key material or key ids are unusable.
  case invalidKey(String)
  /// OpenSSL refused an operation that should not fail.
  case openSSL(String)
}
