import Foundation
import Testing

/// `mesh pii eval` prints the summary of a labelled file and keeps its errors for `--spans` and `--words`, so a
/// held-out set can be measured without its missed lines being read.
@Suite("mesh pii eval")
struct PIIEvalCommandTests {
  /// A labelled file whose one mark no scanner finds (a table is nobody's name) and one the scanners do find.
  static func labelledFile() throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("pii-eval-\(UUID().uuidString).txt").path
    let text = "the {{name:table}} arrived broken\nwrite to {{email:jo.smith@example.com}} please\n"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test("the summary alone by default; the missed span with --spans, the kept word with --words")
  func errorsOnlyWhenAsked() async throws {
    let path = try Self.labelledFile()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let plain = try await MeshBinary.run(["pii", "eval", "--data", path, "--mb", "0.01"])
    #expect(plain.status == 0, "\(plain.output)")
    #expect(plain.output.contains("all PII"))
    #expect(!plain.output.contains("table"), "\(plain.output)")
    let spans = try await MeshBinary.run(["pii", "eval", "--data", path, "--mb", "0.01", "--spans"])
    #expect(spans.status == 0)
    #expect(spans.output.contains("fn name 'table'"), "\(spans.output)")
    let words = try await MeshBinary.run(["pii", "eval", "--data", path, "--mb", "0.01", "--words"])
    #expect(words.status == 0)
    #expect(words.output.contains("kept name 'table'"), "\(words.output)")
    #expect(!words.output.contains("fn name"), "\(words.output)")
  }
}
