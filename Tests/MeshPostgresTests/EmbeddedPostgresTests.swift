import Foundation
import MeshPostgres
import Testing

@Suite struct EmbeddedPostgresTests {
  /// `mesh up` on a fresh clone makes `.mesh/postgres`: folders that do not exist yet, under a checkout
  /// owned by root, while the server runs as `postgres`.
  @Test func startsInAFolderWhoseParentsDoNotExistYet() async throws {
    let root = "/tmp/meshpg-nested-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true,
                                            attributes: [.posixPermissions: 0o755])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let cluster = try EmbeddedPostgres(dataDirectory: root + "/checkout/.mesh/postgres")
    try await cluster.start()
    do {
      #expect(try await cluster.status() != .stopped)
      let made = try FileManager.default.attributesOfItem(atPath: root + "/checkout/.mesh")
      #expect((made[.posixPermissions] as? Int) == 0o755)
      let data = try FileManager.default.attributesOfItem(atPath: root + "/checkout/.mesh/postgres")
      #expect((data[.posixPermissions] as? Int).map { $0 & 0o077 } == 0)
      let connection = try await PostgresConnection.connect(cluster.configuration)
      let row = try await connection.execute("SELECT 40 + $1::int", [2]).first
      #expect(try row?.decode(Int.self, at: 0) == 42)
      connection.close()
    } catch {
      try? await cluster.stop(mode: "immediate")
      throw error
    }
    try await cluster.stop(mode: "immediate")
  }
}
