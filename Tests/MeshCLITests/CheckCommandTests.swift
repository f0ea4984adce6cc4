import Foundation
import MeshTestSupport
import Testing

/// `mesh check FILE` as a script sees it: problems as FILE:LINE:COLUMN lines, status 65; a valid file 0.
@Suite("mesh check")
struct CheckCommandTests {
  func write(_ text: String) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("mesh-\(UUID().uuidString).yaml").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test("the shipped mesh file is valid: status 0")
  func shipped() async throws {
    let result = try await MeshBinary.run(["check", Repository.root.appendingPathComponent("mesh/mesh.yaml").path])
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output.contains("valid: 16 services (17 processes)"), "\(result.output)")
  }

  @Test("a broken file: every problem as FILE:LINE:COLUMN, then status 65")
  func broken() async throws {
    let path = try write("""
      version: 1
      services:
        - name: chat
          listen: 127.0.0.1:7101
          replica: 2
      gateway:
        listeners:
          - { name: tls, address: "127.0.0.1:7101", tls: { key: k.pem } }
        routes:
          - { match: { prefix: / }, cluster: nowhere }
      """)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = try await MeshBinary.run(["check", path])
    #expect(result.status == 65, "\(result.output)")
    for line in ["\(path):5:5: error: services[0].replica: unknown key 'replica'; did you mean 'replicas'?",
                 "\(path):8:52: error: gateway.listeners[0].tls.certificate: missing key 'certificate'",
                 "\(path):8:29: error: gateway.listeners[0].address: port 7101 is used twice",
                 "\(path):10:40: error: gateway.routes[0].cluster: route to unknown cluster 'nowhere'; no clusters are defined"] {
      #expect(result.output.contains(line), "missing: \(line)\n\(result.output)")
    }
    #expect(result.output.contains("4 problems in \(path)"), "\(result.output)")
  }

  @Test("a file that cannot be read: status 1")
  func unreadable() async throws {
    let result = try await MeshBinary.run(["check", "/nonexistent/mesh.yaml"])
    #expect(result.status == 1, "\(result.output)")
    #expect(result.output.contains("cannot read /nonexistent/mesh.yaml"))
  }

  @Test("mesh up refuses a broken mesh file before starting anything: status 65")
  func upRefusesBrokenFile() async throws {
    let path = try write("version: 1\ndatabase: { embedded: { data: /tmp/never } , url: { env: X } }\n")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = try await MeshBinary.run(["up", "--file", path])
    #expect(result.status == 65, "\(result.output)")
    #expect(result.output.contains("\(path):2:"), "\(result.output)")
    #expect(!result.output.contains("starting the embedded PostgreSQL"), "\(result.output)")
  }
}
