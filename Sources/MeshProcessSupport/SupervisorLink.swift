import Foundation
internal import CLinux
import MeshLogging

/// How a `mesh serve` child knows its supervisor: `mesh up` sets `MESH_SUPERVISOR_PID` and starts the
/// child under `setpriv --pdeathsig TERM`, so the kernel sends it SIGTERM when the supervisor dies (even by
/// SIGKILL). The kernel keeps that setting per thread and a new thread starts without it, so a process that
/// execs from a thread other than its first loses it: `mesh serve gateway` becomes `mesh-gateway` that way (from
/// an async task), and a SIGKILLed `mesh up` left its gateway running. So the child sets it again at start, on
/// its first thread. A supervisor that died before that would be missed, so the child then checks that its
/// parent is still the supervisor.
public enum SupervisorLink {
  /// The environment variable naming the supervisor's pid.
  public static let variable = "MESH_SUPERVISOR_PID"

  /// Sets the parent-death signal (SIGTERM) again, then exits when the process was started by a supervisor that
  /// is gone (its parent changed). Called first thing, on the process's first thread.
  public static func exitIfOrphaned() {
    guard let text = ProcessInfo.processInfo.environment[variable], let supervisor = Int32(text) else { return }
    if mesh_set_parent_death_signal(SIGTERM) != 0 {
      ProcessLines.warning("mesh serve: could not set the parent-death signal (\(String(cString: strerror(errno)))): "
        + "this process may outlive a killed supervisor")
    }
    if getppid() != supervisor {
      ProcessLines.error("mesh serve: the supervisor (pid \(supervisor)) is gone; exiting")
      exit(1)
    }
  }
}
