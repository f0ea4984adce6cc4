import Foundation
public import MeshCore

/// The idempotency key of a change the adapters ask the marketplace for. A caller that may retry a whole
/// operation (the processor retrying a turn after a crash) names it in `idempotency-key` metadata, so
/// every try of that operation carries the same key; without one, each RPC gets a fresh key, which
/// still makes the adapter's own HTTP retries of that RPC safe.
public enum IdempotencyKeys {
  /// The gRPC metadata key.
  public static let metadataKey = "idempotency-key"
  /// The longest key accepted (the marketplace's limit).
  public static let maxBytes = 255

  /// The key for this call: the caller's, or a new random one.
  /// - Parameter context: the call.
  /// - Throws: INVALID_ARGUMENT when the caller's key is empty, too long or not printable ASCII.
  public static func key(of context: ServerContext) throws -> String {
    guard let given = context.requestMetadata.firstString(forKey: metadataKey) else { return UUID().uuidString.lowercased() }
    guard !given.isEmpty, given.utf8.count <= maxBytes, given.utf8.allSatisfy({ $0 >= 0x21 && $0 <= 0x7e }) else {
      throw RPCError(code: .invalidArgument, message: "\(metadataKey) must be 1-\(maxBytes) printable ASCII characters")
    }
    return given
  }
}
