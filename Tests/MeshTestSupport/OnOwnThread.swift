import Foundation

/// Runs blocking work (child processes waited for, such as `ip netns` set-up) on a thread of its own and
/// awaits its result, so that the tests' cooperative pool (two threads on a two-core machine) stays free for
/// other tests' tasks: a pool thread held for seconds delayed unrelated tests' calls past their deadlines.
public func onOwnThread<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
  try await withCheckedThrowingContinuation { continuation in
    Thread { continuation.resume(with: Result { try work() }) }.start()
  }
}
