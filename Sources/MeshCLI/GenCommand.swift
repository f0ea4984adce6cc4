import ArgumentParser
import Glibc
import MeshInterop

/// `mesh gen [--check]`: regenerates everything made from Protos/ by running mesh/scripts/generate.sh
/// from the repository's root (the current folder).
struct GenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gen",
    abstract: "Regenerate the stubs from Protos/ (run from the repository's root).")

  @Flag(help: "Regenerate into a temporary folder and fail if the committed output differs.")
  var check = false

  func run() throws {
    let script = "mesh/scripts/generate.sh"
    guard access(script, X_OK) == 0 else {
      Console.error("mesh gen: run it from the repository's root (\(script) not found)")
      throw ExitCode.failure
    }
    let arguments: [String] = check ? [script, "--check"] : [script]
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    // Replace this process: the script's output and status are the command's.
    execv(script, &argv)
    Console.error("mesh gen: cannot run \(script): \(String(cString: strerror(errno)))")
    throw ExitCode.failure
  }
}
