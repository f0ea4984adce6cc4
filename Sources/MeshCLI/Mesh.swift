import ArgumentParser
// mimalloc is this process's malloc: importing its module links it ahead of libc (docs/ARCHITECTURE.md).
import CMimalloc

/// `mesh`: the mesh's command line. Each subcommand lives in its own file; this lists them.
///
/// Exit codes scripts can rely on: 0 success, 1 the command ran and failed, 64 a usage error (unknown
/// flag, missing or malformed value), 65 invalid input data (a mesh file with problems).
@main
struct Mesh: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mesh",
    abstract: "Run, check and operate the swift-mesh service mesh.",
    discussion: """
      Exit codes: 0 success, 1 failure, 64 usage error, 65 invalid input (such as a mesh file with problems).
      Shell completions: mesh --generate-completion-script bash|zsh|fish
      """,
    version: MeshVersion.string,
    subcommands: [UpCommand.self, ServeCommand.self, StatusCommand.self, CallCommand.self, ChatCommand.self, CheckCommand.self, GenCommand.self, DatabaseCommand.self, NLUCommand.self, PIICommand.self,
                  SessionsCommand.self])

  /// Sets mimalloc's options (Sources/CBindings/CMimalloc/shim.h), then parses and runs the command.
  static func main() async {
    CMimalloc_configure()
    await main(nil)
  }
}
