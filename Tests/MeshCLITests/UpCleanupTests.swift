import Foundation
import Glibc
import MeshPostgres
import MeshTestSupport
import Testing

/// A `mesh up` whose database cannot be reached starts nothing (the supervisor's other failures:
/// `UpSupervisorTests`).
@Suite("mesh up cleanup")
struct UpCleanupTests {
  @Test("an unreachable database URL fails with status 1 and starts nothing")
  func unreachableDatabase() async throws {
    let closed = try ListeningSocket()
    let port = closed.port
    closed.close()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mesh-up-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data("version: 1\nservices:\n  - { name: session, listen: \"127.0.0.1:0\" }\n".utf8)
      .write(to: URL(fileURLWithPath: folder + "/mesh.yaml"))
    let result = try await MeshBinary.run(["up", "--file", folder + "/mesh.yaml", "--state", folder + "/state",
                                           "--database-url", "postgresql://mesh@127.0.0.1:\(port)/mesh?connect_timeout=2"])
    #expect(result.status == 1, "\(result.output)")
    #expect(result.output.contains("mesh up:"), "\(result.output)")
    #expect(!result.output.contains("mesh: started"), "\(result.output)")
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
