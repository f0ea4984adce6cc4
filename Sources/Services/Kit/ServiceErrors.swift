public import MeshCore
import MeshPostgres
import MeshStores

/// Maps what a store throws to the status a caller should see, without leaking internals.
public enum ServiceErrors {
  /// The RPC error for `error`: invalid input is INVALID_ARGUMENT, a lost database UNAVAILABLE.
  /// - Parameter error: what a handler caught.
  public static func rpcError(_ error: any Error) -> RPCError {
    if let error = error as? RPCError { return error }
    if let error = error as? StoreError {
      switch error {
      case .valueTooLarge, .invalidValue: return RPCError(code: .invalidArgument, message: error.description)
      case .leaseLost: return RPCError(code: .aborted, message: error.description)
      case .decryptionFailed: return RPCError(code: .dataLoss, message: "a stored record cannot be read")
      }
    }
    if error is PostgresError { return RPCError(code: .unavailable, message: "the database is unavailable") }
    return RPCError(code: .internal, message: "internal error")
  }

  /// Runs `body`, turning what it throws into an RPC error.
  /// - Parameter body: the handler's work.
  public static func mapping<T>(_ body: () async throws -> T) async throws -> T {
    do { return try await body() } catch { throw rpcError(error) }
  }
}
