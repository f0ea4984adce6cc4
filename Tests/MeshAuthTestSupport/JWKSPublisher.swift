public import MeshCore
public import MeshCrypto
public import MeshProtos
import Synchronization

/// A real gRPC server's auth service that publishes a JWKS through `GetJwks`, as the auth service does,
/// without PostgreSQL: for the gateway's tests and its benchmark. Its key set can change (a rotation); its
/// revocation feed is empty (it signs no one in); the other methods are not its job.
public final class JWKSPublisher: Mesh_Auth_V1_AuthService.ServiceProtocol {
  private let document = Mutex<String>("{\"keys\":[]}")
  private let calls = Atomic<Int>(0)

  /// Creates a publisher of `keys` (none by default).
  /// - Parameter keys: the keys whose public halves are published.
  public init(keys: [JWTKey] = []) {
    if !keys.isEmpty { publish(keys) }
  }

  /// Publishes `keys` (their public halves) from now on.
  /// - Parameter keys: the key set.
  public func publish(_ keys: [JWTKey]) {
    document.withLock { $0 = String(decoding: JWKSet(keys: keys).publicJSON, as: UTF8.self) }
  }

  /// How many times the key set was fetched.
  public var fetches: Int { calls.load(ordering: .relaxed) }

  /// The published key set.
  public func getJwks(request: Mesh_Auth_V1_GetJwksRequest, context: ServerContext) async throws -> Mesh_Auth_V1_GetJwksResponse {
    calls.add(1, ordering: .relaxed)
    var response = Mesh_Auth_V1_GetJwksResponse()
    response.jwksJson = document.withLock { $0 }
    return response
  }
  /// Not this server's job: UNIMPLEMENTED.
  public func issueToken(request: Mesh_Auth_V1_IssueTokenRequest, context: ServerContext) async throws -> Mesh_Auth_V1_IssueTokenResponse {
    throw RPCError(code: .unimplemented, message: "JWKS only")
  }
  /// Not this server's job: UNIMPLEMENTED.
  public func verifyToken(request: Mesh_Auth_V1_VerifyTokenRequest, context: ServerContext) async throws -> Mesh_Auth_V1_VerifyTokenResponse {
    throw RPCError(code: .unimplemented, message: "JWKS only")
  }
  /// Not this server's job: UNIMPLEMENTED.
  public func createApiKey(request: Mesh_Auth_V1_CreateApiKeyRequest, context: ServerContext) async throws -> Mesh_Auth_V1_CreateApiKeyResponse {
    throw RPCError(code: .unimplemented, message: "JWKS only")
  }
  /// Not this server's job: UNIMPLEMENTED.
  public func revokeApiKey(request: Mesh_Auth_V1_RevokeApiKeyRequest, context: ServerContext) async throws -> Mesh_Auth_V1_RevokeApiKeyResponse {
    throw RPCError(code: .unimplemented, message: "JWKS only")
  }
  /// Not this server's job: UNIMPLEMENTED.
  public func listApiKeys(request: Mesh_Auth_V1_ListApiKeysRequest, context: ServerContext) async throws -> Mesh_Auth_V1_ListApiKeysResponse {
    throw RPCError(code: .unimplemented, message: "JWKS only")
  }
  /// Not this server's job: UNIMPLEMENTED.
  public func signOut(request: Mesh_Auth_V1_SignOutRequest, context: ServerContext) async throws -> Mesh_Auth_V1_SignOutResponse {
    throw RPCError(code: .unimplemented, message: "JWKS only")
  }
  /// Not this server's job: UNIMPLEMENTED.
  public func revokeSessions(request: Mesh_Auth_V1_RevokeSessionsRequest, context: ServerContext) async throws
    -> Mesh_Auth_V1_RevokeSessionsResponse
  {
    throw RPCError(code: .unimplemented, message: "JWKS only")
  }
  /// No session was ever signed in here, so none was revoked: an empty feed.
  public func listRevocations(request: Mesh_Auth_V1_ListRevocationsRequest, context: ServerContext) async throws
    -> Mesh_Auth_V1_ListRevocationsResponse
  {
    Mesh_Auth_V1_ListRevocationsResponse()
  }
}
