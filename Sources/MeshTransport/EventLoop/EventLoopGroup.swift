import Synchronization
internal import Glibc

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

  /// The next loop in turn.
  public func next() -> EventLoop {
    loops[counter.wrappingAdd(1, ordering: .relaxed).oldValue % loops.count]
  }

  /// Stops every loop.
  public func shutdown() { loops.forEach { $0.shutdown() } }

  /// The number of cores online.
  public static var coreCount: Int { Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) }
}
