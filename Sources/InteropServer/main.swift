// interop-server: grpc.testing.TestService with health and reflection, as gRPC's interop server.
// Usage: interop-server --port N [--use_tls true] [--tls_cert_file F --tls_key_file F] [--host H]
import Glibc
// mimalloc is this process's malloc: importing its module links it ahead of libc (docs/ARCHITECTURE.md).
import CMimalloc
import MeshCore
import MeshInterop
import MeshStandardServices
import MeshTransport

// mimalloc's options before the process allocates much (Sources/CBindings/CMimalloc/shim.h).
CMimalloc_configure()

do {
  let flags = try CommandLineFlags(Array(CommandLine.arguments.dropFirst()),
                                   known: ["port", "use_tls", "tls_cert_file", "tls_key_file", "host"])
  let port = try flags.int("port") ?? 10000
  var configuration = GRPCServer.Configuration(host: flags["host"] ?? "0.0.0.0", port: port)
  if flags.bool("use_tls") {
    // Without files, the bundled test credentials (a certificate for *.test.google.fr and localhost).
    configuration.tls = .server(
      certificateChain: flags["tls_cert_file"].map { .file(path: $0) } ?? .pem(TestCertificates.serverCertificatePEM),
      privateKey: flags["tls_key_file"].map { .file(path: $0) } ?? .pem(TestCertificates.serverKeyPEM))
  }
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
