import Glibc
import MeshInterop

/// `mesh gen [--check]`: regenerates everything made from Protos/ by running mesh/scripts/generate.sh
/// from the repository's root (the current folder).
enum GenCommand {
  static func run(_ arguments: [String]) async -> Int32 {
    let script = "mesh/scripts/generate.sh"
    guard access(script, X_OK) == 0 else {
      Console.error("mesh gen: run it from the repository's root (\(script) not found)")
      return 2
    }
    var argv: [UnsafeMutablePointer<CChar>?] = ([script] + arguments).map { strdup($0) } + [nil]
    // Replace this process: the script's output and status are the command's.
    execv(script, &argv)
    Console.error("mesh gen: cannot run \(script): \(String(cString: strerror(errno)))")
    return 1
  }
}
