// interop-server: grpc.testing.TestService with health and reflection, as gRPC's interop server.
// Usage: interop-server --port N [--use_tls true] [--tls_cert_file F --tls_key_file F]
import Glibc
import MeshCore
import MeshInterop
import MeshStandardServices
import MeshTransport

do {
  let flags = try CommandLineFlags(Array(CommandLine.arguments.dropFirst()),
                                   known: ["port", "use_tls", "tls_cert_file", "tls_key_file", "host"])
  let port = try flags.int("port") ?? 10000
  let configuration = GRPCServer.Configuration(host: flags["host"] ?? "0.0.0.0", port: port)
  let own: [any RegistrableRPCService] = [TestServiceProvider()]
  let services = own + StandardServices.make(for: own)
  let server = GRPCServer(services: services, configuration: configuration)
  let address = try server.start()
  Console.out("interop-server: listening on \(address)")
  while true { try await Task.sleep(for: .seconds(3600)) }
} catch {
  Console.error("interop-server: \(error)")
  exit(2)
}
