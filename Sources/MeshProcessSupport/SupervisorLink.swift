import Foundation
import MeshLogging

/// How a `mesh serve` child knows its supervisor: `mesh up` sets `MESH_SUPERVISOR_PID` and starts the
/// child under `setpriv --pdeathsig TERM`, so the kernel sends it SIGTERM when the supervisor dies (even by
/// SIGKILL). A supervisor that died between the spawn and that setting would be missed, so the child also
/// checks at start that its parent is still the supervisor.
public enum SupervisorLink {
  /// The environment variable naming the supervisor's pid.
  public static let variable = "MESH_SUPERVISOR_PID"

  /// Exits when the process was started by a supervisor that is gone (its parent changed).
  public static func exitIfOrphaned() {
    guard let text = ProcessInfo.processInfo.environment[variable], let supervisor = Int32(text) else { return }
    if getppid() != supervisor {
      ProcessLines.error("mesh serve: the supervisor (pid \(supervisor)) is gone; exiting")
      exit(1)
    }
  }
}
