public import MeshCore

/// Who is calling: the gateway authenticates the user and passes the id in `x-mesh-user-id`.
public enum CallerIdentity {
  /// The metadata key the gateway (and services calling on a user's behalf) set.
  public static let userIDKey = "x-mesh-user-id"
  /// The key the gateway sets to the sign-in session (`sid`) of the caller's access token.
  public static let sessionIDKey = "x-mesh-session-id"
  /// The key the gateway sets to the caller's scopes, separated by spaces.
  public static let scopesKey = "x-mesh-scopes"

  /// The caller's user id.
  /// - Parameter context: the call.
  /// - Throws: `UNAUTHENTICATED` when the metadata is missing, empty or too long.
  public static func userID(of context: ServerContext) throws -> String {
    guard let id = context.requestMetadata.firstString(forKey: userIDKey), !id.isEmpty, id.utf8.count <= 200 else {
      throw RPCError(code: .unauthenticated, message: "no caller identity (\(userIDKey))")
    }
    return id
  }

  /// Metadata that calls a service on behalf of `userID`.
  /// - Parameter userID: the user.
  public static func metadata(for userID: String) -> Metadata {
    var metadata = Metadata()
    metadata.addString(userID, forKey: userIDKey)
    return metadata
  }
}
