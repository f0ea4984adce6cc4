import Testing

/// Every command answers `--help` and `-h` with its usage and status 0; `mesh help CMD` does the same.
@Suite("mesh --help")
struct CommandHelpTests {
  /// Every command path of the `mesh` tool.
  static let commands: [[String]] = [
    [], ["up"], ["status"], ["chat"], ["serve"], ["check"], ["gen"], ["db"], ["db", "start"], ["db", "stop"], ["db", "status"], ["db", "migrate"],
    ["nlu"], ["nlu", "classify"], ["nlu", "train"], ["nlu", "eval"], ["nlu", "bench"], ["nlu", "prepare"],
    ["pii"], ["pii", "redact"], ["pii", "eval"], ["sessions"], ["sessions", "revoke"], ["sessions", "list"],
  ]

  @Test("--help and -h exit 0 and print the usage", arguments: commands)
  func help(command: [String]) async throws {
    for flag in ["--help", "-h"] {
      let result = try await MeshBinary.run(command + [flag])
      #expect(result.status == 0, "mesh \((command + [flag]).joined(separator: " ")): \(result.output)")
      #expect(result.output.contains("USAGE: mesh"), "\(result.output)")
    }
  }

  @Test("mesh help SUBCOMMAND prints that subcommand's usage")
  func helpSubcommand() async throws {
    let result = try await MeshBinary.run(["help", "db", "migrate"])
    #expect(result.status == 0)
    #expect(result.output.contains("USAGE: mesh db migrate"))
    #expect(result.output.contains("--database-url"))
  }

  @Test("mesh --version prints the version")
  func version() async throws {
    let result = try await MeshBinary.run(["--version"])
    #expect(result.status == 0)
    #expect(result.output.split(separator: ".").count == 3, "\(result.output)")
  }

  @Test("shell completion scripts are generated", arguments: ["bash", "zsh", "fish"])
  func completions(shell: String) async throws {
    let result = try await MeshBinary.run(["--generate-completion-script", shell])
    #expect(result.status == 0)
    #expect(result.output.contains("database-url"), "the script completes flags of subcommands")
  }
}
