import Foundation
import Marketplace
import MeshConfig
import MeshTestSupport
import Testing

/// The marketplace's idempotency-key retention as an operator sets it: `mesh serve marketplace
/// --idempotency-retention`, or `idempotency_retention:` on the marketplace in the mesh file (which `mesh up`
/// passes on as the flag). Shorter than 2h is refused before anything starts; so is the setting on
/// another service.
@Suite("idempotency-key retention")
struct IdempotencyRetentionTests {
  func write(_ text: String) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("mesh-\(UUID().uuidString).yaml").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test("the mesh file's check and the marketplace refuse below the same minimum (the config module cannot import the marketplace's)")
  func bothMinimumsAgree() {
    #expect(Duration.milliseconds(ServiceSpec.minimumIdempotencyRetention.milliseconds) == IdempotencyKeyRetention.minimum)
  }

  @Test("mesh serve marketplace refuses a retention under 2h or not a duration, before it touches the database")
  func serveRefusesBadValues() async throws {
    let data = FileManager.default.temporaryDirectory.appendingPathComponent("mesh-retention-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: data) }
    let short = try await MeshBinary.run(["serve", "marketplace", "--data", data, "--idempotency-retention", "119m"])
    #expect(short.status == 64, "\(short.output)")
    #expect(short.output.contains("--idempotency-retention 119m is shorter than the minimum 2h"), "\(short.output)")
    #expect(!FileManager.default.fileExists(atPath: data), "the embedded cluster was started")
    let garbled = try await MeshBinary.run(["serve", "marketplace", "--data", data, "--idempotency-retention", "a day"])
    #expect(garbled.status == 64, "\(garbled.output)")
    #expect(garbled.output.contains("--idempotency-retention takes a duration such as 250ms, 5s, 2m or 1h, not 'a day'"), "\(garbled.output)")
    let elsewhere = try await MeshBinary.run(["serve", "chat", "--idempotency-retention", "24h"])
    #expect(elsewhere.status == 64, "\(elsewhere.output)")
    #expect(elsewhere.output.contains("--idempotency-retention is the marketplace's"), "\(elsewhere.output)")
  }

  @Test("mesh serve --help documents the flag")
  func documented() async throws {
    let help = try await MeshBinary.run(["serve", "marketplace", "--help"])
    #expect(help.status == 0, "\(help.output)")
    // The help wraps its lines: compare with the spaces collapsed.
    let words = help.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(words.contains("--idempotency-retention <duration>") && words.contains("at least 2h"), "\(help.output)")
  }

  @Test("mesh check accepts 2h on the marketplace, refuses 1h there and the key on another service")
  func meshFileSetting() async throws {
    let good = try write("""
      version: 1
      services:
        - { name: marketplace, listen: "127.0.0.1:7131", idempotency_retention: 2h }
      """)
    defer { try? FileManager.default.removeItem(atPath: good) }
    let accepted = try await MeshBinary.run(["check", good])
    #expect(accepted.status == 0, "\(accepted.output)")
    let bad = try write("""
      version: 1
      services:
        - { name: marketplace, listen: "127.0.0.1:7131", idempotency_retention: 1h }
        - { name: chat, listen: "127.0.0.1:7101", idempotency_retention: 24h }
      """)
    defer { try? FileManager.default.removeItem(atPath: bad) }
    let refused = try await MeshBinary.run(["check", bad])
    #expect(refused.status == 65, "\(refused.output)")
    #expect(refused.output.contains("services[0].idempotency_retention: must be at least 2h, not 1h"), "\(refused.output)")
    #expect(refused.output.contains("services[1].idempotency_retention: only the marketplace keeps idempotency keys"), "\(refused.output)")
  }
}
