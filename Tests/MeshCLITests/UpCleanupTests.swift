import Foundation
import Glibc
import MeshPostgres
import Testing

/// A `mesh up` that fails part-way stops what it had started: no PostgreSQL is left behind.
@Suite("mesh up cleanup")
struct UpCleanupTests {
  @Test("a port already in use stops the embedded PostgreSQL it had started")
  func portInUse() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mesh-up-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let busy = try ListeningSocket()
    defer { busy.close() }
    let data = folder + "/postgres"
    let result = try await MeshBinary.run(["up", "--data", data, "--port", String(busy.port)])
    #expect(result.status == 1, "\(result.output)")
    #expect(result.output.contains("starting the embedded PostgreSQL"), "\(result.output)")
    #expect(result.output.contains("stopping PostgreSQL"), "\(result.output)")
    // The cluster was made and started, and is stopped again: pg_ctl sees no server, no postmaster.pid.
    let cluster = try EmbeddedPostgres(dataDirectory: data)
    let status = try await cluster.status()
    #expect(status == .stopped, "\(status)")
    #expect(!FileManager.default.fileExists(atPath: data + "/postmaster.pid"))
  }

  @Test("an unreachable database URL fails with status 1 and starts nothing")
  func unreachableDatabase() async throws {
    let closed = try ListeningSocket()
    let port = closed.port
    closed.close()
    let result = try await MeshBinary.run(["up", "--database-url", "postgresql://mesh@127.0.0.1:\(port)/mesh?connect_timeout=2",
                                           "--port", "0"])
    #expect(result.status == 1, "\(result.output)")
    #expect(result.output.contains("mesh up:"), "\(result.output)")
    #expect(!result.output.contains("serving on"), "\(result.output)")
  }
}

/// A TCP socket listening on an ephemeral loopback port, to make a port busy.
final class ListeningSocket {
  let descriptor: Int32
  let port: Int

  init() throws {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Bool in
        bind(descriptor, pointer, length) == 0 && listen(descriptor, 1) == 0
          && getsockname(descriptor, pointer, &length) == 0
      }
    }
    guard descriptor >= 0, bound else {
      Glibc.close(descriptor)
      throw POSIXError(.EADDRINUSE)
    }
    self.descriptor = descriptor
    port = Int(UInt16(bigEndian: address.sin_port))
  }

  func close() { Glibc.close(descriptor) }
}
