import Foundation
import MeshCore
import MeshCrypto
import MeshGateway
import MeshProtos
import MeshTransport
import Synchronization

/// A real gRPC server that publishes a JWKS through `GetJwks`, as the auth service does, whose key set the
/// test can change (a key rotation); the other methods are not this server's job.
final class JWKSPublisher: Mesh_Auth_V1_AuthService.ServiceProtocol {
  private let document = Mutex<String>("{\"keys\":[]}")
  private let calls = Atomic<Int>(0)

  func publish(_ keys: [JWTKey]) { document.withLock { $0 = String(decoding: JWKSet(keys: keys).publicJSON, as: UTF8.self) } }
  var fetches: Int { calls.load(ordering: .relaxed) }

  func getJwks(request: Mesh_Auth_V1_GetJwksRequest, context: ServerContext) async throws -> Mesh_Auth_V1_GetJwksResponse {
    calls.add(1, ordering: .relaxed)
    var response = Mesh_Auth_V1_GetJwksResponse()
    response.jwksJson = document.withLock { $0 }
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

/// Runs `body` with a channel to a started server of `services` (behind `interceptors`); stops both afterwards,
/// also on failure.
func withServer(_ services: [any RegistrableRPCService], interceptors: [any ServerInterceptor] = [],
                _ body: (GRPCChannel, GRPCServer, SocketAddress) async throws -> Void) async throws {
  let group = EventLoopGroup(threads: 1)
  let server = GRPCServer(services: services, interceptors: interceptors, configuration: .init(host: "127.0.0.1", port: 0),
                          group: group)
  let address: SocketAddress
  do { address = try server.start() } catch {
    group.shutdown()
    throw error
  }
  let channel: GRPCChannel
  do { channel = try GRPCChannel(host: address.host, port: address.port, group: group) } catch {
    await server.shutdown(gracePeriod: .zero)
    group.shutdown()
    throw error
  }
  do {
    try await body(channel, server, address)
  } catch {
    channel.close()
    await server.shutdown(gracePeriod: .zero)
    group.shutdown()
    throw error
  }
  channel.close()
  await server.shutdown(gracePeriod: .zero)
  group.shutdown()
}

/// Runs `body` with a channel to a loopback port where nothing listens (a service that is down).
func withDeadChannel(_ body: (GRPCChannel) async throws -> Void) async throws {
  let group = EventLoopGroup(threads: 1)
  defer { group.shutdown() }
  // Bind a port, then free it: nothing listens there afterwards.
  let probe = GRPCServer(services: [], configuration: .init(host: "127.0.0.1", port: 0), group: group)
  let port = try probe.start().port
  await probe.shutdown(gracePeriod: .zero)
  let channel = try GRPCChannel(host: "127.0.0.1", port: port, group: group)
  defer { channel.close() }
  try await body(channel)
}

/// Claims for a token: the mesh's issuer and audience, valid for a minute, unless overridden.
func claims(sub: String = "u-ann", scope: String = "chat", iss: String = "mesh-auth", aud: String = "mesh",
            exp: Int64 = 60, nbf: Int64? = nil) -> JWTClaims {
  let now = Int64(Date().timeIntervalSince1970)
  var values: [String: JSONValue] = ["sub": .string(sub), "scope": .string(scope), "iss": .string(iss), "aud": .string(aud),
                                     "iat": .number(Double(now)), "exp": .number(Double(now + exp))]
  if let nbf { values["nbf"] = .number(Double(now + nbf)) }
  return JWTClaims(values)
}

/// Bearer metadata for a token, plus more entries.
func bearer(_ token: String, _ more: [(String, String)] = []) -> Metadata {
  var metadata = Metadata()
  metadata.addString("Bearer " + token, forKey: "authorization")
  for (key, value) in more { metadata.addString(value, forKey: key) }
  return metadata
}
