import ArgumentParser
import Foundation
import MeshGatewayProcess
import MeshLogging

/// `mesh serve gateway [--file mesh/mesh.yaml]`: the edge gateway of the mesh file's `gateway:` part (see
/// `GatewayProcess`). When `mesh-gateway` sits beside this binary (a build of the package makes both), this
/// process becomes it (`execv`: same pid and environment, the same mesh file), so the gateway of `mesh up` and
/// of `mesh serve gateway` runs without the services, libpq and the encoder this binary links: about
/// 27 MiB of RSS at idle instead of 39 (mesh/bench/gateway/README.md). `MESH_GATEWAY_IN_PROCESS=1` (or no
/// `mesh-gateway`) serves it in this process.
extension ServeCommand {
  /// The gateway-only executable, looked for in the folder of this binary.
  static let gatewayExecutableName = "mesh-gateway"
  /// Set (to anything) to serve the gateway in this process even when `mesh-gateway` is there.
  static let gatewayInProcessVariable = "MESH_GATEWAY_IN_PROCESS"

  func runGateway() async throws {
    let path = meshFile.file ?? MeshFileOptions.defaultPath
    if ProcessInfo.processInfo.environment[Self.gatewayInProcessVariable] == nil,
       let binary = Self.gatewayExecutable() {
      Self.exec(binary, arguments: ["--file", path])
    }
    let status = await GatewayProcess.run(path: path)
    if status != 0 { throw ExitCode(status) }
  }

  /// `mesh-gateway` beside this binary when it is there and executable.
  static func gatewayExecutable() -> String? {
    let folder = URL(fileURLWithPath: UpCommand.executablePath).deletingLastPathComponent()
    let path = folder.appendingPathComponent(gatewayExecutableName).path
    return access(path, X_OK) == 0 ? path : nil
  }

  /// Replaces this process with `binary`; returns only when that failed (said as a warning: the caller then
  /// serves the gateway itself).
  static func exec(_ binary: String, arguments: [String]) {
    let argv = ([binary] + arguments).map { strdup($0) } + [nil]
    execv(binary, argv)
    let reason = String(cString: strerror(errno))
    argv.forEach { free($0) }
    ProcessLines.warning("mesh serve: could not run \(binary) (\(reason)); serving the gateway in this process")
  }
}
