import Foundation

/// A task executor with a thread of its own that holds a task's later jobs for a while once its first job
/// has ended (the task suspended): a caller's task kept from running in the middle of a call, as a
/// cooperative pool taken by other work keeps it. `firstJobEnded` is signalled when that first job ends.
final class HeldExecutor: TaskExecutor, @unchecked Sendable {
  private let condition = NSCondition()
  private var jobs: [UnownedJob] = []
  private var heldUntil: ContinuousClock.Instant?
  private var stopped = false
  private let hold: Duration
  /// Signalled once, when the first job has run and its task suspended.
  let firstJobEnded = DispatchSemaphore(value: 0)

  /// Starts the executor's thread.
  /// - Parameter hold: how long jobs after the first wait before they run.
  init(hold: Duration) {
    self.hold = hold
    Thread.detachNewThread { [self] in run() }
  }

  func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    condition.withLock {
      jobs.append(job)
      condition.signal()
    }
  }

  /// Lets the thread end once its jobs have run.
  func stop() {
    condition.withLock {
      stopped = true
      condition.signal()
    }
  }

  private func run() {
    while let job = next() {
      job.runSynchronously(on: asUnownedTaskExecutor())
      let first = condition.withLock { () -> Bool in
        guard heldUntil == nil else { return false }
        heldUntil = .now + hold
        return true
      }
      if first { firstJobEnded.signal() }
    }
  }

  /// The next job once it may run; nil when stopped with nothing left.
  private func next() -> UnownedJob? {
    condition.withLock {
      while true {
        if let until = heldUntil, ContinuousClock.now < until {
          let left = until - .now
          let seconds = Double(left.components.seconds) + Double(left.components.attoseconds) / 1e18
          _ = condition.wait(until: Date(timeIntervalSinceNow: seconds))
          continue
        }
        if !jobs.isEmpty { return jobs.removeFirst() }
        if stopped { return nil }
        condition.wait()
      }
    }
  }
}
