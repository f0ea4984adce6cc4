import Foundation

/// SIGINT and SIGTERM, caught from the start of `mesh up` or of a served process (through Dispatch signal sources: other threads
/// exist already, so a per-thread mask could not catch them), so that an interrupt during start-up also
/// stops what was started.
public final class InterruptSignal: @unchecked Sendable {
  private let lock = NSLock()
  private var happened = false
  private var waiters: [CheckedContinuation<Void, Never>] = []
  private var sources: [any DispatchSourceSignal] = []

  /// Starts catching SIGINT and SIGTERM.
  public convenience init() {
    self.init(signals: [SIGINT, SIGTERM])
  }

  /// Starts catching the given signals.
  /// - Parameter signals: the signals that stop the process.
  public init(signals: [Int32]) {
    for number in signals {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { [weak self] in self?.fire() }
      source.resume()
      sources.append(source)
    }
  }

  /// Whether a signal arrived.
  public var isInterrupted: Bool { lock.withLock { happened } }

  /// Returns once a signal arrived.
  public func wait() async {
    await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
      let now = lock.withLock { () -> Bool in
        if happened { return true }
        waiters.append(continuation)
        return false
      }
      if now { continuation.resume() }
    }
  }

  private func fire() {
    let waiting = lock.withLock { () -> [CheckedContinuation<Void, Never>] in
      happened = true
      defer { waiters.removeAll() }
      return waiters
    }
    waiting.forEach { $0.resume() }
  }
}
