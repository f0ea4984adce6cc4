// gateway-bench-auth: the auth service's `GetJwks` for mesh/bench/gateway, so the gateway under test
// checks a real ES256 token against a real JWKS fetched over gRPC (as it does from the auth service),
// without PostgreSQL. It makes a fresh P-256 key, prints the port and a token signed with it, and serves
// until killed. Usage: gateway-bench-auth [--port N] [--hours H]
import Foundation
import MeshAuthTestSupport
import MeshCore
import MeshCrypto
import MeshInterop
import MeshProtos
import MeshTransport

do {
  let flags = try CommandLineFlags(Array(CommandLine.arguments.dropFirst()), known: ["port", "hours"])
  let key = try JWTKey.generateP256(keyID: "bench-1")
  let hours = min(max(try flags.int("hours") ?? 2, 1), 24 * 365)
  let token = try JWTSigner(key: key).sign(claims(sub: "bench-user", exp: Int64(hours) * 3600))
  let group = EventLoopGroup(threads: 1)
  let server = GRPCServer(services: [JWKSPublisher(keys: [key])],
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
