import Foundation
import MeshCore
import MeshInterop
import MeshStandardServices
import MeshTransport

/// `mesh up [--port N] [--host H] [--tls true]`: runs the mesh's RPC server on this machine until it is
/// interrupted. Today it serves grpc.testing.TestService with health and reflection; the reference
/// application's services join it as they are built.
enum UpCommand {
  static func run(_ arguments: [String]) async -> Int32 {
    do {
      let flags = try CommandLineFlags(arguments, known: ["port", "host", "tls"])
      var configuration = GRPCServer.Configuration(host: flags["host"] ?? "127.0.0.1", port: try flags.int("port") ?? 50051)
      if flags.bool("tls") {
        configuration.tls = .server(certificateChain: .pem(TestCertificates.serverCertificatePEM),
                                    privateKey: .pem(TestCertificates.serverKeyPEM))
      }
      let own: [any RegistrableRPCService] = [TestServiceProvider()]
      let health = HealthStatusStore()
      let server = GRPCServer(services: own + StandardServices.make(for: own, health: health), configuration: configuration)
      let address = try server.start()
      let scheme = configuration.tls == nil ? "h2c" : "TLS (test certificate for *.test.google.fr)"
      Console.out("""
        mesh: serving on \(address) over \(scheme)
          services: grpc.testing.TestService, grpc.health.v1.Health, grpc.reflection.v1(alpha).ServerReflection
          try it:   swift run interop-client --server_port \(address.port) --test_case all
                    grpcurl -plaintext \(address) list            (reflection)
                    grpcurl -plaintext \(address) grpc.health.v1.Health/Check
          stop:     Ctrl-C (in-flight calls finish: graceful drain)
        """)
      await waitForInterrupt()
      Console.out("mesh: draining")
      health.enterShutdown()
      await server.shutdown(gracePeriod: .seconds(10))
      return 0
    } catch {
      Console.error("mesh up: \(error)")
      return 1
    }
  }

  /// Waits for SIGINT or SIGTERM (through Dispatch signal sources: the loops' threads exist already,
  /// so a per-thread signal mask could not catch them).
  static func waitForInterrupt() async {
    await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
      let resumed = NSLock()
      var done = false
      var sources: [any DispatchSourceSignal] = []
      for number in [SIGINT, SIGTERM] {
        signal(number, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
        source.setEventHandler {
          resumed.lock()
          defer { resumed.unlock() }
          guard !done else { return }
          done = true
          continuation.resume()
        }
        source.resume()
        sources.append(source)
      }
      // The sources must outlive this scope: they are kept until the process exits.
      UpCommand.signalSources = sources
    }
  }

  nonisolated(unsafe) static var signalSources: [any DispatchSourceSignal] = []
}
