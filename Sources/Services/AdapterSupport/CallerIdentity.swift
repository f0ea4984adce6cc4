public import MeshCore

/// Who is calling: the user id the gateway (or chat) verified and put in `x-mesh-user-id`.
public enum CallerIdentity {
  /// The metadata key.
  public static let metadataKey = "x-mesh-user-id"

  /// The caller's user id; UNAUTHENTICATED without one, PERMISSION_DENIED when the request names
  /// another user.
  /// - Parameters:
  ///   - context: the call's context.
  ///   - requestUserID: the `user_id` field of the request, empty when unset.
  public static func userID(_ context: ServerContext, requestUserID: String = "") throws -> String {
    guard let caller = context.requestMetadata.firstString(forKey: metadataKey), !caller.isEmpty else {
      throw RPCError(code: .unauthenticated, message: "this call needs the caller's identity (\(metadataKey))")
    }
    guard caller.utf8.count <= 128, caller.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
      throw RPCError(code: .invalidArgument, message: "the caller's identity is malformed")
    }
    if !requestUserID.isEmpty && requestUserID != caller {
      throw RPCError(code: .permissionDenied, message: "a user can only act for themselves")
    }
    return caller
  }
}
