// gateway-bench-auth: the auth service's `GetJwks` for mesh/bench/gateway, so the gateway under test
// checks a real ES256 token against a real JWKS fetched over gRPC (as it does from the auth service),
// without PostgreSQL. It makes a fresh P-256 key, prints the port and a token signed with it, and serves
// until killed. Usage: gateway-bench-auth [--port N] [--hours H]
import Foundation
import MeshCore
import MeshCrypto
import MeshInterop
import MeshProtos
import MeshTransport

/// Publishes one key set; the other methods of the auth service are not this peer's job.
final class JWKSOnlyAuthService: Mesh_Auth_V1_AuthService.ServiceProtocol {
  let document: String

  init(document: String) { self.document = document }

  func getJwks(request: Mesh_Auth_V1_GetJwksRequest, context: ServerContext) async throws -> Mesh_Auth_V1_GetJwksResponse {
    var response = Mesh_Auth_V1_GetJwksResponse()
    response.jwksJson = document
    return response
  }
  func issueToken(request: Mesh_Auth_V1_IssueTokenRequest, context: ServerContext) async throws -> Mesh_Auth_V1_IssueTokenResponse {
    throw RPCError(code: .unimplemented, message: "JWKS only")
  }
  func verifyToken(request: Mesh_Auth_V1_VerifyTokenRequest, context: ServerContext) async throws -> Mesh_Auth_V1_VerifyTokenResponse {
    throw RPCError(code: .unimplemented, message: "JWKS only")
  }
  func createApiKey(request: Mesh_Auth_V1_CreateApiKeyRequest, context: ServerContext) async throws -> Mesh_Auth_V1_CreateApiKeyResponse {
    throw RPCError(code: .unimplemented, message: "JWKS only")
  }
  func revokeApiKey(request: Mesh_Auth_V1_RevokeApiKeyRequest, context: ServerContext) async throws -> Mesh_Auth_V1_RevokeApiKeyResponse {
    throw RPCError(code: .unimplemented, message: "JWKS only")
  }
  func listApiKeys(request: Mesh_Auth_V1_ListApiKeysRequest, context: ServerContext) async throws -> Mesh_Auth_V1_ListApiKeysResponse {
    throw RPCError(code: .unimplemented, message: "JWKS only")
  }
}

do {
  let flags = try CommandLineFlags(Array(CommandLine.arguments.dropFirst()), known: ["port", "hours"])
  let key = try JWTKey.generateP256(keyID: "bench-1")
  let now = Int64(Date().timeIntervalSince1970)
  let lifetime = Int64(try flags.int("hours") ?? 2) * 3600
  let claims = JWTClaims(["sub": .string("bench-user"), "scope": .string("chat"), "iss": .string("mesh-auth"),
                          "aud": .string("mesh"), "iat": .number(Double(now)), "exp": .number(Double(now + lifetime))])
  let token = try JWTSigner(key: key).sign(claims)
  let document = String(decoding: JWKSet(keys: [key]).publicJSON, as: UTF8.self)
  let group = EventLoopGroup(threads: 1)
  let server = GRPCServer(services: [JWKSOnlyAuthService(document: document)],
                          configuration: GRPCServer.Configuration(host: "127.0.0.1", port: try flags.int("port") ?? 0),
                          group: group)
  let address = try server.start()
  Console.out("port \(address.port)")
  Console.out("token \(token)")
  while true { try await Task.sleep(for: .seconds(3600)) }
} catch {
  Console.error("gateway-bench-auth: \(error)")
  exit(2)
}
