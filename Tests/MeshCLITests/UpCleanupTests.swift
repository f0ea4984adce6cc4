import Foundation
import Glibc
import MeshPostgres
import MeshTestSupport
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

  @Test("mesh up --file serves what the file says, with /metrics that promtool accepts; SIGTERM stops PostgreSQL")
  func fromMeshFile() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mesh-up-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let data = folder + "/postgres"
    let file = folder + "/mesh.yaml"
    try Data("""
      version: 1
      services:
        - { name: interop, listen: "127.0.0.1:0", admin: "127.0.0.1:0" }
        - { name: chat, replicas: 2, listen: "127.0.0.1:0" }
      database:
        embedded: { data: \(data) }
        max_connections: 2
      """.utf8).write(to: URL(fileURLWithPath: file))
    let up = try PeerProcess(Repository.product("mesh"), ["up", "--file", file])
    defer { up.stop() }
    let serving = try await up.waitForLine(startingWith: "mesh: serving on 127.0.0.1:", seconds: 120)
    #expect(try PeerProcess.port(of: serving.split(separator: " ").prefix(4).joined(separator: " ")) > 0)
    _ = try await up.waitForLine(startingWith: "not run by mesh up yet: chat ×2", seconds: 10)
    let admin = try await up.waitForLine(startingWith: "mesh: admin on", seconds: 10)
    let adminPort = try PeerProcess.port(of: String(admin.split(separator: ":").dropLast().joined(separator: ":")))
    let grpcPort = try PeerProcess.port(of: serving.split(separator: " ").prefix(4).joined(separator: " "))
    // A real call, then the process's /metrics through promtool.
    let client = try PeerProcess(Repository.product("interop-client"),
                                 ["--server_port", String(grpcPort), "--test_case", "large_unary"])
    #expect(try await client.waitForExit(seconds: 60) == 0, "\(client.text)")
    // The access log: a JSON line for the call, on mesh up's standard error.
    let logged = try await up.waitForLine(startingWith: #""grpc_method":"/grpc.testing.TestService/UnaryCall""#, seconds: 10)
    #expect(logged.hasPrefix("{") && logged.contains(#""grpc_code":"OK""#) && logged.contains(#""trace_id":""#), "\(logged)")
    let scrape = try PeerProcess("/bin/sh", ["-c", "curl -sf http://127.0.0.1:$0/metrics > \"$1\" && grep -q "
      + "'grpc_server_handled_total{grpc_type=\"unary\",grpc_service=\"grpc.testing.TestService\",grpc_method=\"UnaryCall\",grpc_code=\"OK\"} 1' \"$1\" "
      + "&& promtool check metrics < \"$1\" && curl -sf http://127.0.0.1:$0/readyz", String(adminPort), folder + "/metrics.txt"])
    #expect(try await scrape.waitForExit(seconds: 60) == 0, "\(scrape.text)")
    #expect(scrape.text.contains("ready"), "\(scrape.text)")
    let cluster = try EmbeddedPostgres(dataDirectory: data)
    guard case .running = try await cluster.status() else {
      Issue.record("the embedded PostgreSQL of the mesh file does not run: \(up.text)")
      return
    }
    up.stop()  // SIGTERM (PeerProcess stops collecting output here: the exit status and the cluster tell)
    let status = try await up.waitForExit(seconds: 60)
    #expect(status == 0, "\(up.text)")
    #expect(try await cluster.status() == .stopped)
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
