/// The command line of `mesh-gateway`: `[--file PATH]` (also `-f PATH`, `--file=PATH`), the mesh file whose
/// `gateway:` part it serves, `mesh/mesh.yaml` by default, as `mesh serve gateway`.
public enum GatewayArguments: Equatable, Sendable {
  /// Serve the gateway of this mesh file.
  case serve(file: String)
  /// Print the usage and exit.
  case help
  /// A command line that is not understood, with why.
  case invalid(String)

  /// The mesh file when none is given, as `mesh serve gateway`.
  public static let defaultFile = "mesh/mesh.yaml"

  /// What `mesh-gateway --help` prints.
  public static let usage = """
    usage: mesh-gateway [--file FILE]
    Serves the edge gateway of the mesh file's 'gateway:' section until SIGINT/SIGTERM (then it drains);
    SIGHUP reloads the file. What `mesh serve gateway` and `mesh up` run when it sits beside `mesh`.
      -f, --file FILE   the mesh file (default: mesh/mesh.yaml)
      -h, --help        this text
    """

  /// Reads the arguments after the program's name.
  public static func parse(_ arguments: [String]) -> GatewayArguments {
    var file: String?
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      switch argument {
      case "-h", "--help":
        return .help
      case "-f", "--file":
        guard index + 1 < arguments.count else { return .invalid("\(argument) needs a file") }
        file = arguments[index + 1]
        index += 1
      default:
        guard argument.hasPrefix("--file=") else { return .invalid("unexpected argument '\(argument)'") }
        file = String(argument.dropFirst("--file=".count))
      }
      index += 1
    }
    return .serve(file: file ?? defaultFile)
  }
}
