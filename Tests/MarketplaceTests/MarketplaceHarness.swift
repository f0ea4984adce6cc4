import Foundation
import Marketplace
import MeshPostgres
import MeshPostgresTestSupport
import MeshTestSupport
import MeshTransport

/// A marketplace on the suite's cluster, and real HTTP clients to call it.
struct MarketplaceHarness {
  let marketplace: Marketplace
  let pool: PostgresPool
  let group: EventLoopGroup
  var base: String { "http://127.0.0.1:\(marketplace.address.port)" }

  static func start() async throws -> MarketplaceHarness {
    let cluster = try TestCluster.shared
    let group = EventLoopGroup(threads: 2)
    let marketplace = try await Marketplace.start(
      MarketplaceConfiguration(port: 0, database: cluster.configuration, seed: 42), group: group)
    if let took = marketplace.seedingTime {
      print("marketplace: seeded 20000 listings, 5000 users, 50000 orders in \(took)")
    }
    return MarketplaceHarness(marketplace: marketplace, pool: cluster.pool(max: 2), group: group)
  }

  func stop() async {
    await marketplace.stop()
    pool.close()
    group.shutdown()
  }

  /// One request with Python's `requests`.
  func call(_ method: String, _ path: String, json: String? = nil) async throws -> (status: Int, body: [String: Any]) {
    let result = try await Self.peer(["call", base, method, path] + (json.map { [$0] } ?? []))
    return ((result["status"] as? Int) ?? 0, (result["body"] as? [String: Any]) ?? [:])
  }

  /// One request with curl: the status and the body.
  func curl(_ method: String, _ path: String, json: String? = nil) async throws -> (status: Int, body: [String: Any]) {
    // The body goes to a file (a pipe's last bytes may arrive after the process ends); stdout has the status.
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("curl-\(UUID().uuidString).json")
    defer { try? FileManager.default.removeItem(at: file) }
    var arguments = ["-sS", "--max-time", "30", "-X", method, "-o", file.path, "-w", "%{http_code}"]
    if let json { arguments += ["-H", "Content-Type: application/json", "--data-binary", json] }
    let process = try PeerProcess("/usr/bin/curl", arguments + [base + path])
    guard try await process.waitForExit(seconds: 40) == 0 else { throw TestPeerFailure("curl failed: \(process.text)") }
    let status = Int(process.text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    let body = (try? Data(contentsOf: file)) ?? Data()
    return (status, (try? JSONSerialization.jsonObject(with: body) as? [String: Any]) ?? [:])
  }

  static func peer(_ arguments: [String]) async throws -> [String: Any] {
    let script = Repository.root.appendingPathComponent("Tests/MarketplaceTests/Peers/marketplace_peer.py").path
    let process = try PeerProcess(try Repository.python, [script] + arguments)
    let status = try await process.waitForExit(seconds: 300)
    guard status == 0, let line = process.text.split(separator: "\n").last,
          let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    else { throw TestPeerFailure("marketplace peer failed (\(status)): \(process.text)") }
    return object
  }

  /// The first id a query returns.
  func id(_ sql: String, _ parameters: [any PostgresEncodable] = []) async throws -> String {
    guard let row = try await pool.execute(sql, parameters).first else { throw TestPeerFailure("no row for \(sql)") }
    return try row.decode(String.self, at: 0)
  }
}

extension Dictionary where Key == String, Value == Any {
  /// The `error.code` of an error body.
  var errorCode: String? { (self["error"] as? [String: Any])?["code"] as? String }
}
