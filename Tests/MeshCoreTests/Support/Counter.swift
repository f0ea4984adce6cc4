import Synchronization

/// What handlers and interceptors saw, so tests can check the server side of a call.
final class CallLog: Sendable {
  private let entries = Mutex<[String]>([])
  let calls = Atomic<Int>(0)
  let cancelledCalls = Atomic<Int>(0)
  let messagesWritten = Atomic<Int>(0)

  func append(_ entry: String) { entries.withLock { $0.append(entry) } }
  var all: [String] { entries.withLock { $0 } }
}

/// Polls `condition` until it holds or about five seconds pass (no timed assertion: it only waits).
func eventually(_ condition: () -> Bool) async -> Bool {
  for _ in 0..<500 {
    if condition() { return true }
    try? await Task.sleep(for: .milliseconds(10))
  }
  return condition()
}
