public import Foundation

/// Starts `process` and awaits its exit through `terminationHandler`: `waitUntilExit` would hold one of the
/// tests' cooperative threads (two on a two-core machine) while the child runs, and every other test's tasks in
/// the process would wait for a thread meanwhile. Its output must fit a pipe (64 KiB) or go to a file or the
/// null device: nothing reads it before the exit.
/// - Returns: the child's exit status.
public func exitStatus(of process: Process) async throws -> Int32 {
  try await withCheckedThrowingContinuation { continuation in
    process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
    do {
      try process.run()
    } catch {
      process.terminationHandler = nil
      continuation.resume(throwing: error)
    }
  }
}
