/// What the server stores for an API key: its public id and a keyed digest of the whole key, never
/// the key itself.
public struct APIKeyRecord: Sendable, Equatable, Codable {
  /// The key id, also embedded in the key, used to find this record.
  public let id: String
  /// HMAC-SHA-256 of the full key under the server's pepper.
  public let digest: [UInt8]

  /// A record as read back from storage.
  /// - Parameters:
  ///   - id: the key id.
  ///   - digest: the stored 32-byte digest.
  public init(id: String, digest: [UInt8]) {
    self.id = id
    self.digest = digest
  }
}
