import Dispatch

/// Waits up to `seconds` for `semaphore` to be signalled, looking every 5 ms with sleeps between. A test
/// blocked in `DispatchSemaphore.wait` holds one of the tests' cooperative threads, two on a two-core
/// machine: two such waits stall every other test's tasks in the process until a loop thread, itself
/// short of CPU under load, gets round to signalling.
func signalled(_ semaphore: DispatchSemaphore, within seconds: Int = 10) async -> Bool {
  let deadline = ContinuousClock.now + .seconds(seconds)
  while semaphore.wait(timeout: .now()) != .success {
    guard ContinuousClock.now < deadline else { return false }
    try? await Task.sleep(for: .milliseconds(5))
  }
  return true
}
