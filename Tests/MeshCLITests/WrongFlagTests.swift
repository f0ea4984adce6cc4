import Testing

/// Wrong flags and values end with status 64 and one clear line naming the mistake; nothing runs.
@Suite("mesh wrong flags")
struct WrongFlagTests {
  /// A command line with a mistake, and what the error must mention.
  struct Case: CustomStringConvertible, Sendable {
    let arguments: [String]
    let mentions: String
    var description: String { arguments.joined(separator: " ") }
  }

  static let cases: [Case] = [
    Case(arguments: ["up", "--startup-timeout", "soon"], mentions: "soon"),
    Case(arguments: ["up", "--grace", "-1"], mentions: "--grace"),
    Case(arguments: ["serve", "interop", "--port", "abc"], mentions: "abc"),
    Case(arguments: ["chat", "--timeout", "0"], mentions: "--timeout"),
    Case(arguments: ["up", "--database_url", "postgres://x"], mentions: "--database_url"),
    Case(arguments: ["up", "--no-database", "--database-url", "postgres://x"], mentions: "--no-database"),
    Case(arguments: ["gen", "--chek"], mentions: "--chek"),
    Case(arguments: ["db", "start", "--url", "x"], mentions: "--url"),
    Case(arguments: ["db", "frobnicate"], mentions: "frobnicate"),
    Case(arguments: ["nlu", "train", "--data", "x.json"], mentions: "--out"),
    Case(arguments: ["nlu", "train", "--data", "x", "--out", "y", "--epochs", "many"], mentions: "many"),
    Case(arguments: ["nlu", "eval"], mentions: "--fine"),
    Case(arguments: ["pii", "redact", "--mode", "shred"], mentions: "shred"),
    Case(arguments: ["pii", "eval", "--mb", "-1"], mentions: "--mb"),
    Case(arguments: ["check", "a.yaml", "b.yaml"], mentions: "b.yaml"),
    Case(arguments: ["up", "--file"], mentions: "--file"),
    Case(arguments: ["status", "--timeout", "0"], mentions: "--timeout"),
    Case(arguments: ["frobnicate"], mentions: "frobnicate"),
    Case(arguments: ["sessions", "revoke", "U1", "--reason", String(repeating: "r", count: 201)], mentions: "--reason"),
    Case(arguments: ["sessions", "list", "--limit", "0"], mentions: "--limit"),
    Case(arguments: ["sessions", "list", "--target", "nowhere"], mentions: "nowhere"),
    // A boolean is a bare flag: a value given to it is an error (the old `--tls yes` served plaintext).
    Case(arguments: ["up", "--no-database", "yes"], mentions: "'yes'"),
    Case(arguments: ["call", "--plaintext=yes", "127.0.0.1:1", "list"], mentions: "'--plaintext' does not take any value"),
  ]

  @Test("a wrong flag or value exits 64 with a message", arguments: cases)
  func wrong(_ mistake: Case) async throws {
    let result = try await MeshBinary.run(mistake.arguments)
    #expect(result.status == 64, "\(mistake): status \(result.status): \(result.output)")
    #expect(result.output.contains("Error:"), "\(result.output)")
    #expect(result.output.contains(mistake.mentions), "\(mistake): \(result.output)")
  }
}
