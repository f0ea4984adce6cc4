import Foundation
import MeshPostgres
import MeshTestSupport
import Testing

/// TLS is libpq's, chosen by `sslmode`: a cluster listening on TCP with a self-signed certificate
/// proves the wrapper's non-blocking connect drives the TLS handshake and that verification is enforced.
@Suite struct PostgresTLSTests {
  @Test func sslmodeRequireAndVerifyFull() async throws {
    let root = "/tmp/meshpg-tls-\(UUID().uuidString.prefix(6))"
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
    defer { try? FileManager.default.removeItem(atPath: root) }
    try await runOpenSSL(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", root + "/server.key", "-out", root + "/server.crt",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-days", "1"])
    try await runOpenSSL(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", root + "/other.key", "-out", root + "/other.crt",
                    "-subj", "/CN=other", "-days", "1"])
    if geteuid() == 0 {
      // The server runs as `postgres` and insists on owning a 0600 key.
      for file in ["server.key", "server.crt"] {
        try FileManager.default.setAttributes([.ownerAccountName: "postgres"], ofItemAtPath: root + "/" + file)
      }
    }
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: root + "/server.key")
    let port = Int.random(in: 20_000...40_000)
    let cluster = try EmbeddedPostgres(dataDirectory: root + "/data", settings: [
      "fsync": "off", "listen_addresses": "127.0.0.1", "port": "\(port)", "ssl": "on",
      "ssl_cert_file": root + "/server.crt", "ssl_key_file": root + "/server.key",
    ])
    try await cluster.start()
    do {
      let base = "host=127.0.0.1 port=\(port) user=mesh dbname=postgres"
      let required = try await PostgresConnection.connect(PostgresConfiguration(connectionString: base + " sslmode=require"))
      let usesTLS = try await required.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").first?.decode(Bool.self, at: 0)
      #expect(usesTLS == true)
      let verified = try await PostgresConnection.connect(PostgresConfiguration(
        connectionString: "host=localhost port=\(port) user=mesh dbname=postgres sslmode=verify-full sslrootcert=\(root)/server.crt"))
      #expect(try await verified.execute("SELECT 1").first?.decode(Int.self, at: 0) == 1)
      // A certificate from the wrong authority is refused with a typed error.
      do {
        _ = try await PostgresConnection.connect(PostgresConfiguration(connectionString: base + " sslmode=verify-ca sslrootcert=\(root)/other.crt"))
        Issue.record("connected with an untrusted certificate")
      } catch let error as PostgresError {
        guard case .connectFailed = error else { Issue.record("wrong error \(error)"); throw error }
      }
      // The Unix socket still works, and the URL carries the port.
      let local = try await PostgresConnection.connect(cluster.configuration)
      #expect(try await local.execute("SELECT 1").first?.decode(Int.self, at: 0) == 1)
    } catch {
      try? await cluster.stop(mode: "immediate")
      throw error
    }
    try await cluster.stop(mode: "immediate")
  }

  /// Runs openssl and awaits its exit through `terminationHandler`: `waitUntilExit` would hold one of the
  /// tests' cooperative threads (two on a two-core machine) for the whole RSA key generation, seconds
  /// under load, while every other test's tasks wait for a thread.
  private func runOpenSSL(_ arguments: [String]) async throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    let status = try await exitStatus(of: process)
    guard status == 0 else { throw PostgresError.invalidArgument("openssl \(arguments.first ?? "") failed") }
  }
}
