import Foundation
public import MeshCrypto

/// The AES-256-GCM keyring chat bodies are sealed with, shared by the chat service and the processor.
///
/// `MESH_CHAT_KEYS` (or the setting `chat_keys`) lists `id:base64url-32-bytes` pairs separated by
/// commas, the first being the one new messages use. Without it a fixed development key is used, and
/// `isDevelopmentKey` says so (the bodies are still ciphertext in the table, but anyone with this
/// source can open them).
public enum ChatKeyring {
  /// The keyring from the settings or the environment.
  /// - Parameter settings: the service's settings.
  public static func load(_ settings: [String: String]) throws -> (keyring: Keyring, isDevelopmentKey: Bool) {
    guard let spec = settings["chat_keys"] ?? ProcessInfo.processInfo.environment["MESH_CHAT_KEYS"], !spec.isEmpty else {
      let bytes = HMAC.sha256(key: Array("mesh-development-chat-key".utf8), message: Array("v1".utf8))
      return (try Keyring(keys: [try AEADKey(id: "dev1", bytes: bytes)], currentKeyID: "dev1"), true)
    }
    var keys: [AEADKey] = []
    for pair in spec.split(separator: ",") {
      let parts = pair.split(separator: ":", maxSplits: 1)
      guard parts.count == 2, let bytes = Base64URL.decode(parts[1]) else {
        throw ServiceSetupError("chat keys must be id:base64url pairs separated by commas")
      }
      keys.append(try AEADKey(id: String(parts[0]), bytes: bytes))
    }
    guard let first = keys.first else { throw ServiceSetupError("no chat key given") }
    return (try Keyring(keys: keys, currentKeyID: first.id), false)
  }
}
