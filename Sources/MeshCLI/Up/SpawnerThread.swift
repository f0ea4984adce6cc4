import Foundation

/// The one thread every child of `mesh up` is spawned from. A child's parent-death signal fires when the
/// *thread* that spawned it ends, and pool threads end when idle, so spawning from them would kill
/// healthy children at random; this thread lives as long as the process.
final class SpawnerThread: @unchecked Sendable {
  /// The process's spawner.
  static let shared = SpawnerThread()

  private let condition = NSCondition()
  private var jobs: [() -> Void] = []

  private init() {
    let thread = Thread { [unowned self] in loop() }
    thread.name = "mesh-spawner"
    thread.start()
  }

  /// Runs `body` on the spawner thread and returns its result (posix_spawn is quick: blocking is fine).
  func run<T>(_ body: @escaping () -> T) -> T {
    let done = DispatchSemaphore(value: 0)
    nonisolated(unsafe) var result: T?
    condition.lock()
    jobs.append {
      result = body()
      done.signal()
    }
    condition.signal()
    condition.unlock()
    done.wait()
    guard let result else { fatalError("the spawner ran no job") }  // unreachable: the job always sets it
    return result
  }

  private func loop() {
    while true {
      condition.lock()
      while jobs.isEmpty { condition.wait() }
      let job = jobs.removeFirst()
      condition.unlock()
      job()
    }
  }
}
