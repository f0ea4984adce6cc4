public import MeshCore
import MeshCrypto
import MeshProtos

/// The gateway's questions to the `auth` service (`mesh.auth.v1.AuthService`): its JWKS, what an API key is
/// worth (exchanged for an access token, which the gateway then verifies like any other), and which sign-in
/// sessions were ended (the revocation feed).
public struct AuthServiceClient: Sendable {
  private let client: Mesh_Auth_V1_AuthService.Client
  private let timeout: Duration

  /// Creates a client.
  /// - Parameters:
  ///   - transport: a cluster or channel to the auth service.
  ///   - timeout: the deadline of each call.
  public init(transport: any ClientTransport, timeout: Duration = .seconds(1)) {
    client = Mesh_Auth_V1_AuthService.Client(wrapping: GRPCClient(transport: transport))
    self.timeout = timeout
  }

  /// The JWKS document.
  /// - Throws: the call's `RPCError`.
  public func fetchJWKS() async throws -> [UInt8] {
    Array(try await client.getJwks(Mesh_Auth_V1_GetJwksRequest(), options: CallOptions(timeout: timeout)).jwksJson.utf8)
  }

  /// An access token for an API key; nil when the service refuses the key.
  /// - Parameter apiKey: the key.
  /// - Throws: the call's `RPCError` when the service cannot answer.
  public func exchange(apiKey: String) async throws -> String? {
    var request = Mesh_Auth_V1_IssueTokenRequest()
    request.grant = .apiKey(apiKey)
    do {
      return try await client.issueToken(request, options: CallOptions(timeout: timeout)).accessToken
    } catch let error as RPCError where [.unauthenticated, .permissionDenied, .invalidArgument].contains(error.code) {
      return nil
    }
  }

  /// The page of the revocation feed after `cursor`.
  /// - Parameter cursor: the cursor of the last page (0 for the start).
  /// - Throws: the call's `RPCError`.
  public func listRevocations(after cursor: Int64) async throws -> RevocationFeed.Page {
    var request = Mesh_Auth_V1_ListRevocationsRequest()
    request.since = cursor
    let response = try await client.listRevocations(request, options: CallOptions(timeout: timeout))
    // A revocation without an end (not what the auth service sends) is kept as long as the longest token lives.
    let fallback = SystemJWTClock().secondsSince1970() + 3600
    return RevocationFeed.Page(revocations: response.revocations.map { ($0.sessionID, $0.expiresAt?.seconds ?? fallback) },
                               cursor: response.cursor, more: response.more)
  }
}
