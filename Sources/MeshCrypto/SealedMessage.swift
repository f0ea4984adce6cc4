/// An AES-256-GCM message as stored: the id of the key that sealed it and `nonce || ciphertext || tag`.
public struct SealedMessage: Sendable, Equatable {
  /// The id of the keyring key that sealed this message.
  public let keyID: String
  /// The 12-byte nonce, the ciphertext and the 16-byte tag, concatenated.
  public let combined: [UInt8]

  /// A sealed message as read back from storage.
  /// - Parameters:
  ///   - keyID: the key id stored beside the message.
  ///   - combined: `nonce || ciphertext || tag`.
  public init(keyID: String, combined: [UInt8]) {
    self.keyID = keyID
    self.combined = combined
  }
}
