import Synchronization
internal import Glibc
internal import CLinux

/// A fixed set of event loops, one thread each; connections are spread over them in turn.
public final class EventLoopGroup: Sendable {
  /// The loops.
  public let loops: [EventLoop]
  private let counter = Atomic<Int>(0)

  /// Creates a group.
  /// - Parameter threads: how many loops; by default one per core.
  public init(threads: Int = EventLoopGroup.coreCount) {
    loops = (0..<max(1, threads)).map { EventLoop(name: "loop-\($0)") }
  }

  /// A group over loops that already run, such as one loop of a server's group, so that a client's
  /// connections live on the thread that serves the calls they carry (a gateway's upstream connection
  /// on its downstream connection's loop). `shutdown` stops those loops too: only their owner calls it.
  /// - Parameter loops: the loops; at least one.
  public init(loops: [EventLoop]) {
    precondition(!loops.isEmpty, "an event loop group needs a loop")
    self.loops = loops
  }

  /// The loop the caller runs on; nil when it runs on none of the group's threads.
  public var current: EventLoop? { loops.first { $0.inLoop } }

  /// The next loop in turn.
  public func next() -> EventLoop {
    loops[counter.wrappingAdd(1, ordering: .relaxed).oldValue % loops.count]
  }

  /// Stops every loop.
  public func shutdown() { loops.forEach { $0.shutdown() } }

  /// Stops every loop and waits until each has closed its connections: what a command does before the
  /// process exits, so that no loop thread still uses OpenSSL while its exit handlers run.
  /// - Parameter timeout: the longest wait per loop.
  public func shutdownAndWait(timeout: Duration = .seconds(5)) {
    shutdown()
    loops.forEach { $0.waitUntilStopped(timeout: timeout) }
  }

  /// The number of cores this process may use: its CPU affinity (`taskset`, a container's cpuset), else
  /// the cores online, and no more than its cgroup's CPU quota allows (a container's `--cpus`, a
  /// Kubernetes CPU limit), as SwiftNIO sizes its group. More loops than cores only adds context
  /// switches between them, and a loop throttled by the quota holds its connections' calls meanwhile.
  public static var coreCount: Int {
    let online = max(Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), 1)
    let allowed = Int(mesh_allowed_cpu_count())
    let cores = allowed > 0 ? min(allowed, online) : online
    return max(1, min(cores, CPUQuota.cores() ?? cores))
  }
}
